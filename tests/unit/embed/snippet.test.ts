import { describe, expect, it } from 'vitest';
import {
  EMBED_FALLBACK_HEIGHT,
  EMBED_HEIGHT_MESSAGE,
  EMBED_HOST_SCRIPT,
  embedIframe,
  embedSnippet,
} from '../../../src/lib/embed.ts';
import { LABS } from '../../../src/lib/labs.ts';

const lab = (id: string) => LABS.find((entry) => entry.id === id)!;

const attributes = (html: string) =>
  Object.fromEntries([...html.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));

describe('the iframe lecturers paste', () => {
  it('names the lab, has a fixed fallback height and a sandbox that lets the chapter link open', () => {
    const html = embedIframe(lab('load-balancing'), 'https://example.org/se/embed/load-balancing/');
    expect(attributes(html)).toEqual({
      'data-vss-lab': 'load-balancing',
      src: 'https://example.org/se/embed/load-balancing/',
      title: 'Load-Balancing-Labor',
      width: '100%',
      height: String(EMBED_FALLBACK_HEIGHT),
      style: `width: 100%; height: ${EMBED_FALLBACK_HEIGHT}px; border: 0`,
      loading: 'lazy',
      sandbox: 'allow-scripts allow-popups allow-popups-to-escape-sandbox',
    });
    expect(html).toMatch(/^<iframe [^>]*><\/iframe>$/);
  });

  it('escapes quotes and ampersands in the address', () => {
    const html = embedIframe(
      { id: 'caching', title: 'Caching-Labor' },
      'https://x.org/embed/caching/?a=1&b="2"',
    );
    expect(attributes(html).src).toBe('https://x.org/embed/caching/?a=1&amp;b=&quot;2&quot;');
  });

  it('comes with the host script, which listens for the height message', () => {
    const snippet = embedSnippet(lab('caching'), 'https://example.org/embed/caching/');
    expect(snippet).toContain(`<script>\n${EMBED_HOST_SCRIPT}\n</script>`);
    expect(EMBED_HOST_SCRIPT).toContain(`'${EMBED_HEIGHT_MESSAGE}'`);
    expect(EMBED_HOST_SCRIPT).toContain('event.source !== frame.contentWindow');
  });
});
