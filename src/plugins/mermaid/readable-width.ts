// How wide a diagram must be drawn for its smallest text to be readable on a phone. Mermaid sets
// every label's size in the SVG (in its <style>, in style or font-size attributes); the drawing is
// scaled as a whole, so the smallest declared size decides.

/** The smallest rendered text size the site allows on a 320 px phone (CSS px). */
export const MIN_LABEL_PX = 12;

/** Mermaid's own text size, for an SVG that declares none. */
const DEFAULT_FONT_PX = 16;

/**
 * The smallest font size (px) declared anywhere in an SVG: `font-size:14px` in CSS or a style
 * attribute, `font-size="14"` as an attribute; `em`/`rem` count from 16 px. Sizes of 0 or less and
 * values in other units are ignored.
 *
 * @example
 * smallestFontSize('<svg><style>#a{font-size:16px}</style><text font-size="12.5">x</text></svg>') // 12.5
 * smallestFontSize('<svg><text>x</text></svg>') // 16
 */
export function smallestFontSize(svg: string): number {
  const sizes = [...svg.matchAll(/font-size\s*(?::|=\s*["'])\s*([\d.]+)(px|r?em)?/gi)]
    .map(([, value = '', unit = 'px']) => Number(value) * (unit.toLowerCase() === 'px' ? 1 : DEFAULT_FONT_PX))
    .filter((size) => Number.isFinite(size) && size > 0);
  return sizes.length === 0 ? DEFAULT_FONT_PX : Math.min(...sizes);
}

/**
 * The width (CSS px, rounded up) at which an SVG of natural width `width` shows its smallest text at
 * MIN_LABEL_PX. A phone scrolls a diagram sideways at this width rather than shrink it further.
 *
 * @example
 * readableWidth(1084.4, '<svg><style>#a{font-size:16px}</style></svg>') // 814 (12/16 of 1084.4)
 */
export function readableWidth(width: number, svg: string): number {
  return Math.ceil((width * MIN_LABEL_PX) / smallestFontSize(svg));
}
