import { describe, expect, it } from 'vitest';
import { intParam, writeUrlState } from '../../../src/components/lab/urlState.ts';

const specs = { n: intParam(1, 32) };
const defaults = { n: 4 };

/** A window's location and history: replaceState records the URL, or throws like a strict browser. */
function browser(href: string, refuse = false) {
  const url = new URL(href);
  const written: string[] = [];
  const history = {
    state: { kept: true },
    replaceState(state: unknown, _title: string, next: string) {
      if (refuse) throw new DOMException('opaque origin', 'SecurityError');
      expect(state).toEqual({ kept: true });
      written.push(next);
    },
  } as unknown as History;
  return { window: { location: url as unknown as Location, history }, written };
}

describe('writing lab state to the address', () => {
  it('replaces the query, keeping path, other parameters and hash', () => {
    const { window, written } = browser('https://x.org/embed/caching/?theme=dark#labor');
    writeUrlState('x-', specs, { n: 8 }, defaults, window);
    expect(written).toEqual(['/embed/caching/?theme=dark&x-n=8#labor']);
  });

  it('writes nothing when the address already says it', () => {
    const { window, written } = browser('https://x.org/?x-n=8');
    writeUrlState('x-', specs, { n: 8 }, defaults, window);
    expect(written).toEqual([]);
  });

  it('does not throw where the browser refuses (sandboxed iframe, opaque origin)', () => {
    const { window } = browser('https://x.org/embed/caching/', true);
    expect(() => writeUrlState('x-', specs, { n: 8 }, defaults, window)).not.toThrow();
  });
});
