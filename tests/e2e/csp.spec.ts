import { test as base } from '@playwright/test';
import { at, describeViolation, expect, recordCspViolations, test } from './fixtures.ts';

test('jede Antwort trägt die strikte CSP und die Sicherheits-Header, jede Seite die <meta>-Kopie', async ({
  page,
}) => {
  const response = await page.goto(at('/'));
  const headers = response?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
  for (const directive of [
    "object-src 'none'",
    "base-uri 'none'",
    "connect-src 'self'",
    "frame-ancestors 'self' https:",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("object-src 'none'");
  // frame-ancestors only works as a header; in a <meta> the browser would complain about it.
  expect(meta).not.toContain('frame-ancestors');
});

// The base test: this one expects a violation (and the console error the browser logs for it).
base('ein in eine gebaute Seite eingeschleustes Inline-Skript wird blockiert', async ({ context, page }) => {
  const violations: string[] = [];
  await recordCspViolations(context, (violation) => violations.push(describeViolation(violation)));
  // A copy of the built page with one extra inline script, served with the real response's headers.
  await page.route(at('/quellen/'), async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '</body>',
      '<script>window.__injected = true;</script></body>',
    );
    await route.fulfill({ response, body });
  });
  await page.goto(at('/quellen/'));
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined();
  expect(violations[0]).toMatch(
    /^script-src-elem blockiert inline in http:\/\/127\.0\.0\.1:\d+\/.*quellen\/:\d+/,
  );
  // Everything the page itself brings still runs: the theme script set the theme.
  await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
});
