import fc from 'fast-check';
import { at, expect, test } from './fixtures.ts';

// A lean fuzz run in the browser; the property test over the URL readers
// (tests/unit/lab/url-readers-fuzz.test.ts) covers the value space, this proves the lab shows what
// they return: German notes, the defaults, no NaN, and no markup from the address in the page.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '\u202eevil',
  '😀'.repeat(30),
  'x'.repeat(3000),
  '__proto__',
  '-1e309',
];

const LABS = [
  { page: '/systemdesign/load-balancing/', prefix: 'lb-', keys: ['n', 'rate', 'algo', 'w', 'down', 'upat'] },
  { page: '/systemdesign/caching/', prefix: 'c.', keys: ['policy', 'frames', 'trace', 'cmp', 'len', 'mode'] },
];

for (const lab of LABS) {
  test(`${lab.page}: feindselige Adressen geben deutsche Hinweise, Standardwerte und kein eingeschleustes Markup`, async ({
    page,
  }) => {
    // Seeded, so a failure can be replayed; two URLs per lab, each carrying several hostile values.
    const queries = fc.sample(
      fc.array(fc.tuple(fc.constantFrom(...lab.keys), fc.constantFrom(...PAYLOADS)), {
        minLength: 3,
        maxLength: 5,
      }),
      { seed: 19, numRuns: 2 },
    );
    for (const pairs of queries) {
      const search = pairs
        .map(([key, value]) => `${lab.prefix}${key}=${encodeURIComponent(value)}`)
        .join('&');
      await page.goto(at(`${lab.page}?${search}&${lab.prefix.toUpperCase()}ZZ=1`));
      await page.locator('#labor').scrollIntoViewIfNeeded();
      const errors = page.getByTestId('lab-url-errors');
      await expect(errors).toBeVisible();
      await expect(errors).toContainText('URL-Parameter');
      await expect(errors).toContainText('ist unbekannt und bleibt unbeachtet');
      const text = (await errors.textContent()) ?? '';
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      const frame = page.locator('.lab-frame').first();
      await expect(frame).not.toContainText('NaN');
      await expect(frame).not.toContainText('undefined');
      // The page's own scripts are there; none carries the payload, and no payload element exists.
      const injected = await page.evaluate(
        () =>
          document.querySelectorAll('img[src="x"], [onerror]').length +
          [...document.scripts].filter((script) => script.text.includes('__pwned')).length,
      );
      expect(injected).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    }
  });
}
