import UPNG from 'upng-js';
import { describe, expect, it } from 'vitest';
import { CARD_COLOURS, compressPng } from '../../src/lib/og/compress.ts';

const W = 1200;
const H = 630;

/** A card-like picture as a lossless RGB PNG: a flat background and soft-edged bars of four colours. */
function cardLike(): { png: Uint8Array; rgba: Uint8Array } {
  const rgba = new Uint8Array(W * H * 4);
  const bg = [27, 32, 59];
  const inks = [
    [255, 255, 255],
    [200, 208, 230],
    [130, 160, 255],
    [60, 110, 255],
    [90, 200, 160],
  ];
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const ink = inks[Math.floor(y / 126)] ?? inks[0]!;
      // Anti-aliasing in 96 steps along each bar's edge, as text edges have.
      const coverage = Math.max(0, Math.min(1, Math.sin((x * 7 + y * 3) / 37) * 1.5));
      const at = (y * W + x) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[at + c] = Math.round(bg[c]! + ((ink[c]! - bg[c]!) * Math.round(coverage * 63)) / 63);
      }
      rgba[at + 3] = 255;
    }
  }
  return { png: new Uint8Array(UPNG.encode([rgba.buffer], W, H, 0)), rgba };
}

function decode(png: Uint8Array) {
  const image = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  return { image, rgba: new Uint8Array(UPNG.toRGBA8(image)[0]!) };
}

function colours(rgba: Uint8Array): number {
  const seen = new Set<number>();
  for (let i = 0; i < rgba.length; i += 4) seen.add((rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!);
  return seen.size;
}

describe('compressPng', () => {
  it('keeps the size in pixels, writes a palette PNG and makes the file smaller', () => {
    const { png, rgba } = cardLike();
    expect(colours(rgba)).toBeGreaterThan(CARD_COLOURS);
    const small = compressPng(png);
    const { image, rgba: out } = decode(small);
    expect([image.width, image.height]).toEqual([W, H]);
    expect(image.ctype, 'Farbtyp 3: Palette').toBe(3);
    expect(colours(out)).toBeLessThanOrEqual(CARD_COLOURS);
    expect(small.byteLength).toBeLessThan(png.byteLength / 2);
  });

  it('changes no colour by more than a few steps', () => {
    const { png, rgba } = cardLike();
    const { rgba: out } = decode(compressPng(png));
    let worst = 0;
    for (let i = 0; i < rgba.length; i++) worst = Math.max(worst, Math.abs(rgba[i]! - out[i]!));
    expect(worst).toBeLessThanOrEqual(12);
  });

  it('is lossless for a picture with few colours', () => {
    const rgba = new Uint8Array(64 * 32 * 4).map((_, i) => (i % 4 === 3 ? 255 : ((i * 37) % 8) << 5));
    const png = new Uint8Array(UPNG.encode([rgba.buffer], 64, 32, 0));
    expect(decode(compressPng(png)).rgba).toEqual(rgba);
  });
});
