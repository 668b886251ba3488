// "Abspielen" brings the lab's picture into view under the playback bar (src/components/lab/stage.ts):
// how far it scrolls for a picture below, above, or already in view, with and without a sticky bar.
import { describe, expect, it } from 'vitest';
import { stageScroll } from '../../../src/components/lab/stage.ts';

const sticky = { viewport: 800, stickyTop: 60, sticky: true };
const flowing = { viewport: 800, stickyTop: 56, sticky: false };
const bar = { top: 400, bottom: 460 };

describe('stageScroll', () => {
  it('leaves a picture alone that is fully in view under the bar', () => {
    expect(stageScroll({ top: 470, bottom: 780 }, bar, sticky)).toBe(0);
  });

  it('puts a picture below the fold right under the stuck bar', () => {
    // 60 (bar sticks at) + 60 (bar height) + 8 (gap) = 128
    expect(stageScroll({ top: 900, bottom: 1200 }, bar, sticky)).toBe(900 - 128);
  });

  it('scrolls back up to a picture hidden behind the stuck bar', () => {
    expect(stageScroll({ top: 20, bottom: 400 }, { top: 60, bottom: 120 }, sticky)).toBe(20 - 128);
  });

  it('keeps a tall picture that starts in the upper half where it is', () => {
    expect(stageScroll({ top: 300, bottom: 1400 }, { top: 200, bottom: 260 }, sticky)).toBe(0);
  });

  it('without a sticky bar, brings bar and picture together when both fit', () => {
    // The bar goes under the nav (56 + 8); the picture then starts at 800 - 336 = 464 ≤ 0.6 × 800.
    expect(stageScroll({ top: 800, bottom: 1000 }, bar, flowing)).toBe(400 - 64);
  });

  it('without a sticky bar, shows the picture first when the bar is far above it', () => {
    expect(stageScroll({ top: 1500, bottom: 1800 }, bar, flowing)).toBe(1500 - 64);
  });
});
