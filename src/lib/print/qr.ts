/**
 * QR codes as inline SVG, made at build time with qrcode-generator (no external service): one
 * path of unit squares, so the code prints as crisp vector art at any size.
 */
import qrcode from 'qrcode-generator';

/**
 * The SVG path data of a QR code for `text` (error correction M), in module units, with its size.
 *
 * @example
 * qrPath('https://example.org/').size // 25 (21 modules and a 2-module quiet zone on each side)
 */
export function qrPath(text: string, quiet = 2): { d: string; size: number } {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.isDark(row, col)) parts.push(`M${col + quiet} ${row + quiet}h1v1h-1z`);
    }
  }
  return { d: parts.join(''), size: count + 2 * quiet };
}

/**
 * A complete `<svg>` element for `text`, labelled for screen readers.
 *
 * @example
 * qrSvg('https://example.org/', 'QR-Code zur Online-Fassung') // '<svg … role="img" …>…</svg>'
 */
export function qrSvg(text: string, label: string): string {
  const { d, size } = qrPath(text);
  const escape = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return (
    `<svg class="qr-code" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" ` +
    `role="img" aria-label="${escape(label)}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`
  );
}
