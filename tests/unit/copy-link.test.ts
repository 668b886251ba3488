import { describe, expect, it } from 'vitest';
import {
  canUseClipboardApi,
  copyLinkLabel,
  copyText,
  copyWording,
  isLink,
  linkTargetId,
  manualCopyMessage,
  sectionUrl,
} from '../../src/components/copy/copy-link.ts';

describe('sectionUrl', () => {
  const location = 'http://127.0.0.1:4403/einfuehrung/?lb-algo=roundRobin#ueberblick';

  it('takes the canonical URL, not the address the page was opened under', () => {
    expect(
      sectionUrl('definition', { canonical: 'https://example.org/se/kapitel-2/einfuehrung/', location }),
    ).toBe('https://example.org/se/kapitel-2/einfuehrung/#definition');
  });

  it('replaces a hash the canonical URL carries', () => {
    expect(sectionUrl('definition', { canonical: 'https://example.org/einfuehrung/#x', location })).toBe(
      'https://example.org/einfuehrung/#definition',
    );
  });

  it('resolves a relative canonical URL against the page', () => {
    expect(sectionUrl('definition', { canonical: '/se/einfuehrung/', location })).toBe(
      'http://127.0.0.1:4403/se/einfuehrung/#definition',
    );
  });

  it('falls back to the address without query and hash when there is no canonical URL', () => {
    for (const canonical of [null, undefined, '', '   ']) {
      expect(sectionUrl('definition', { canonical, location })).toBe(
        'http://127.0.0.1:4403/einfuehrung/#definition',
      );
    }
  });

  it('ignores a canonical URL that is not http(s) or not a URL at all', () => {
    for (const canonical of ['javascript:alert(1)', 'mailto:a@b.de', 'http://[::1']) {
      expect(sectionUrl('definition', { canonical, location })).toBe(
        'http://127.0.0.1:4403/einfuehrung/#definition',
      );
    }
  });

  it('keeps the base path and the trailing slash', () => {
    expect(
      sectionUrl('frage-3', {
        canonical: 'http://127.0.0.1:4321/se/kapitel-2/verstaendnisfragen/',
        location: 'http://127.0.0.1:4403/se/kapitel-2/verstaendnisfragen/',
      }),
    ).toBe('http://127.0.0.1:4321/se/kapitel-2/verstaendnisfragen/#frage-3');
  });

  it('percent-encodes characters a fragment cannot hold', () => {
    expect(sectionUrl('a b', { canonical: 'https://example.org/', location })).toBe(
      'https://example.org/#a%20b',
    );
  });
});

describe('linkTargetId', () => {
  it('links a heading to the section it labels', () => {
    expect(linkTargetId('frage-3-titel', { id: 'frage-3', labelledBy: 'frage-3-titel' })).toBe('frage-3');
    expect(linkTargetId('t', { id: 's', labelledBy: 'nr t' })).toBe('s');
  });

  it('links any other heading to itself', () => {
    expect(linkTargetId('definition', null)).toBe('definition');
    expect(linkTargetId('definition', undefined)).toBe('definition');
    expect(linkTargetId('definition', { id: 'teil', labelledBy: 'teil-titel' })).toBe('definition');
    expect(linkTargetId('definition', { id: 'teil', labelledBy: null })).toBe('definition');
    expect(linkTargetId('definition', { id: '', labelledBy: 'definition' })).toBe('definition');
  });
});

describe('copyLinkLabel', () => {
  it('names the heading in German quotes, with whitespace collapsed', () => {
    expect(copyLinkLabel('Definition')).toBe('Link zu „Definition“ kopieren');
    expect(copyLinkLabel('\n  Frage 1:\n  Was sind verteilte Systeme?  ')).toBe(
      'Link zu „Frage 1: Was sind verteilte Systeme?“ kopieren',
    );
  });

  it('still says what the button does for an empty heading', () => {
    expect(copyLinkLabel('  ')).toBe('Link zu diesem Abschnitt kopieren');
  });
});

describe('copyWording and isLink', () => {
  it('words a single http(s) URL as a link', () => {
    expect(isLink(' https://example.org/caching/#labor ')).toBe(true);
    expect(copyWording('http://127.0.0.1:4321/')).toEqual({ tooltip: 'Link kopieren', done: 'Link kopiert' });
  });

  it('words anything else as text', () => {
    for (const text of [
      '<iframe src="https://example.org/"></iframe>',
      'https://a.de https://b.de',
      'ftp://x',
    ]) {
      expect(isLink(text)).toBe(false);
      expect(copyWording(text)).toEqual({ tooltip: 'Kopieren', done: 'Kopiert' });
    }
  });

  it('asks in German to copy by hand, naming what', () => {
    expect(manualCopyMessage('https://example.org/')).toMatch(
      /^Automatisches Kopieren .*den Link von Hand.*Strg\+C/,
    );
    expect(manualCopyMessage('<iframe></iframe>')).toContain('den Text von Hand');
  });
});

describe('canUseClipboardApi', () => {
  const writeText = () => Promise.resolve();

  it('tries the Clipboard API only in a secure context that offers writeText', () => {
    expect(canUseClipboardApi({ isSecureContext: true, writeText })).toBe(true);
    expect(canUseClipboardApi({ isSecureContext: false, writeText })).toBe(false);
    expect(canUseClipboardApi({ isSecureContext: true, writeText: undefined })).toBe(false);
    expect(canUseClipboardApi({ isSecureContext: true, writeText: 'no function' })).toBe(false);
  });
});

describe('copyText', () => {
  /** A writer that records what it was asked to copy and answers as told. */
  function recorder<T>(answer: () => T) {
    const calls: string[] = [];
    return { calls, write: (text: string) => (calls.push(text), answer()) };
  }

  it('uses the Clipboard API when it works, and nothing else', async () => {
    const api = recorder(() => Promise.resolve());
    const exec = recorder(() => true);
    expect(await copyText('u', { clipboardApi: api.write, execCommand: exec.write })).toBe('clipboardApi');
    expect(api.calls).toEqual(['u']);
    expect(exec.calls).toEqual([]);
  });

  it('falls back to execCommand when the Clipboard API rejects', async () => {
    const exec = recorder(() => true);
    const outcome = await copyText('u', {
      clipboardApi: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
      execCommand: exec.write,
    });
    expect(outcome).toBe('execCommand');
    expect(exec.calls).toEqual(['u']);
  });

  it('falls back to execCommand when the Clipboard API throws synchronously or is missing', async () => {
    const throwing = () => {
      throw new TypeError('clipboard is undefined');
    };
    expect(await copyText('u', { clipboardApi: throwing, execCommand: () => true })).toBe('execCommand');
    expect(await copyText('u', { execCommand: () => true })).toBe('execCommand');
  });

  it('asks for copying by hand when execCommand refuses, throws or is missing', async () => {
    const reject = () => Promise.reject(new Error('denied'));
    expect(await copyText('u', { clipboardApi: reject, execCommand: () => false })).toBe('manual');
    expect(
      await copyText('u', {
        clipboardApi: reject,
        execCommand: () => {
          throw new Error('SecurityError');
        },
      }),
    ).toBe('manual');
    expect(await copyText('u', {})).toBe('manual');
  });
});
