/**
 * Makes a card's PNG small: Chromium's screenshot is 24-bit RGB with fast compression (~100 KB
 * even on the card's flat background); the card has few colours (a flat background, four text
 * colours and their anti-aliasing), so a 256-colour palette image looks the same at a third of
 * the size or less. upng-js quantises and encodes (pure JavaScript, no browser).
 */
import UPNG from 'upng-js';

/** Upper bound for one card file, so a pasted link previews fast (checked by tests/e2e). */
export const CARD_MAX_BYTES = 60 * 1024;

/** Colours in the palette of a compressed card. */
export const CARD_COLOURS = 256;

/**
 * Re-encodes a PNG as a palette PNG of at most `colours` colours, the same size in pixels.
 *
 * @example
 * const small = compressPng(await page.screenshot({ type: 'png' })); // ~30 KB instead of ~100 KB
 */
export function compressPng(png: Uint8Array, colours = CARD_COLOURS): Uint8Array {
  const copy = png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
  const image = UPNG.decode(copy);
  const [rgba] = UPNG.toRGBA8(image);
  if (!rgba) throw new Error('Vorschaubild: PNG ohne Bilddaten.');
  return new Uint8Array(UPNG.encode([rgba], image.width, image.height, colours));
}
