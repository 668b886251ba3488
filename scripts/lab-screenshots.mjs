// Screenshots of every lab for docs/screenshots/ (README, reviews): at 320, 768 and 1280 px, light
// and dark, a moment after "Abspielen" with the playback bar at the top of the screen; and at 320 px
// without JavaScript, the static figure a phone shows before the lab loads (…-static.png).
//
// Each PNG is then compressed losslessly with optipng (`apt-get install optipng`), as the committed
// ones are; without optipng the script says so once and keeps Chromium's larger PNGs.
//
//   npx astro build && node scripts/lab-screenshots.mjs [dist-dir] [lab-id]
import { compress } from './compress-png.mjs';
import { chromium } from 'playwright';
import { serveBuild } from '../bench/static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';
import { OUT_DIR } from '../src/config/deploy.ts';
import { LABS } from '../src/lib/labs.ts';

/** The scenario each lab is shown with: one that shows what the lab teaches. */
const SHOWN = {
  'message-queue': '',
  partitioning: '',
  'load-balancing': '?lb-preset=heterogen',
  caching: '?c.preset=scanlauf',
};
const WIDTHS = [320, 768, 1280];
const OUT = 'docs/screenshots';

const only = process.argv[3];

const { server, origin } = await serveBuild(process.argv[2] ?? OUT_DIR);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

/** Opens the lab, waits for its island and, where it plays, presses "Abspielen". */
async function shootLive(lab, width, theme) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: theme });
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  await page.goto(`${origin}${lab.page}${SHOWN[lab.id] ?? ''}`);
  const frame = page.locator(`.lab-frame[data-lab="${lab.id}"]`);
  await frame.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.waitForSelector(`.lab-frame[data-lab="${lab.id}"][data-hydrated]`, { timeout: 30_000 });
  const play = frame.getByRole('button', { name: 'Abspielen' }).first();
  if ((await play.count()) > 0) {
    await page.waitForFunction((button) => !button.disabled, await play.elementHandle(), {
      timeout: 120_000,
    });
    await play.evaluate((button) => button.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -70));
    await play.click();
    await page.waitForTimeout(2000);
  }
  const file = `${OUT}/lab-${lab.id}-${width}${theme === 'dark' ? '-dark' : ''}.png`;
  await page.screenshot({ path: file });
  await page.close();
  return compress(file);
}

/** Without JavaScript at 320 px: the static figure from its top. */
async function shootStatic(lab, theme) {
  const context = await browser.newContext({
    viewport: { width: 320, height: 800 },
    colorScheme: theme,
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(`${origin}${lab.page}`);
  await page.locator(`.lab-frame[data-lab="${lab.id}"] .lab-static`).evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -70);
  });
  const file = `${OUT}/lab-${lab.id}-320-static${theme === 'dark' ? '-dark' : ''}.png`;
  await page.screenshot({ path: file });
  await context.close();
  return compress(file);
}

try {
  for (const lab of LABS.filter((entry) => !only || entry.id === only)) {
    for (const theme of ['light', 'dark']) {
      for (const width of WIDTHS) console.log(await shootLive(lab, width, theme));
      console.log(await shootStatic(lab, theme));
    }
  }
} finally {
  await browser.close();
  server.close();
}
