// Without JavaScript the system colour scheme decides: the page says data-theme="auto", and every
// light or dark rule has an `auto` twin under the matching prefers-color-scheme query.
import { describe, expect, it } from 'vitest';
import { autoThemeSelector, withAutoTheme } from '../../../src/lib/theme/auto-theme.ts';

describe('auto theme selectors', () => {
  it('rewrites the selectors that ask for the scheme, in every quoting', () => {
    expect(autoThemeSelector(":root[data-theme='light'], [data-theme='light'] ::backdrop", 'light')).toBe(
      ":root[data-theme='auto'], [data-theme='auto'] ::backdrop",
    );
    expect(autoThemeSelector('[data-theme=dark] .dark\\:sl-hidden', 'dark')).toBe(
      "[data-theme='auto'] .dark\\:sl-hidden",
    );
    expect(autoThemeSelector('html[data-theme="light"]', 'light')).toBe("html[data-theme='auto']");
  });

  it('leaves other selectors and the other scheme alone', () => {
    expect(autoThemeSelector(':root[data-theme] .x', 'light')).toBeNull();
    expect(autoThemeSelector(":root[data-theme='light'] .x", 'dark')).toBeNull();
    expect(autoThemeSelector(":root[data-theme='dark'] .a, .b", 'dark')).toBe(":root[data-theme='auto'] .a");
    expect(autoThemeSelector(":is([data-theme='light'], [data-theme='dark']) .a", 'light')).toBeNull();
  });
});

describe('built pages', () => {
  it('say auto on <html> only, and give each diagram its dark colours under prefers-color-scheme', () => {
    const page =
      '<html lang="de" dir="ltr" data-theme="dark" data-has-toc><body><div data-theme="dark"></div>' +
      '<svg id="m-1"><style>#m-1{--mmd-0:#fff}@media screen{:root[data-theme=dark] #m-1{--mmd-0:#000;--mmd-1:#111}}</style></svg>';
    const out = withAutoTheme(page);
    expect(out).toContain('<html lang="de" dir="ltr" data-theme="auto" data-has-toc>');
    expect(out).toContain('<div data-theme="dark">');
    expect(out).toContain(
      '@media screen{:root[data-theme=dark] #m-1{--mmd-0:#000;--mmd-1:#111}}@media screen and (prefers-color-scheme: dark){:root[data-theme=auto] #m-1{--mmd-0:#000;--mmd-1:#111}}',
    );
  });
});
