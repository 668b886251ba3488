/**
 * A horizontal bar for a share in a table cell: an SVG with attributes only (no inline style, so a
 * strict Content-Security-Policy has nothing to block), hidden from screen readers because the cell
 * beside it says the number.
 *
 * @example
 * <Meter value={0.25} max={0.5} /> // a bar half as wide as the cell
 */
export function Meter({ value, max, moved = false }: { value: number; max: number; moved?: boolean }) {
  const width = max > 0 && Number.isFinite(value) ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <svg class="p-meter" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
      <rect class={moved ? 'lab-fill-2' : 'lab-fill-1'} x="0" y="0" width={width} height="8" />
    </svg>
  );
}
