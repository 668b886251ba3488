import { describe, expect, it } from 'vitest';
import { hintText } from '../../../src/components/diagram/scroll-focus.ts';

describe('hintText', () => {
  it('says that a wide diagram scrolls', () => {
    expect(hintText(false, 288, 814)).toBe('↔ Seitlich verschiebbar');
  });
  it('says when the whole diagram is shown smaller than its readable width', () => {
    expect(hintText(true, 288, 814)).toBe('Ganz gezeigt – Beschriftung verkleinert');
    expect(hintText(true, 600, 500)).toBe('');
  });
});
