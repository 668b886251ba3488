// Screenshots of slides for docs/screenshots/slide-*.png (README, reviews): the lecture mode in
// fullscreen at 1280×720, light and dark. A title slide, a list, a figure, a table, each lab on its
// slide (caching after seven steps, load balancing after 2.5 s of play), an answer opened on its
// question's slide, and a model answer on a slide of its own.
//
// Each PNG is then compressed losslessly with optipng, as in lab-screenshots.mjs.
//
//   npx astro build && node scripts/slide-screenshots.mjs [dist-dir] [name]
import { compress } from './compress-png.mjs';
import { chromium } from 'playwright';
import { serveBuild } from '../bench/static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';
import { OUT_DIR } from '../src/config/deploy.ts';
import { LABS } from '../src/lib/labs.ts';

const OUT = 'docs/screenshots';

/** How each lab is shown: its picture's name and what is pressed before (caching: seven steps). */
const LAB_SHOTS = {
  caching: { name: 'labor', press: { button: 'Schritt', times: 7 } },
  // Paused after 2.5 s of play, so the figures under the bars show the same moment as the bars.
  'load-balancing': {
    name: 'labor-lastverteilung',
    press: { button: 'Abspielen', times: 1, wait: 2500, then: 'Pause' },
  },
  'message-queue': { name: 'labor-pizzaladen' },
  partitioning: { name: 'labor-partitionierung' },
};
const CACHING = '/vortrag/systemdesign/caching/';

/**
 * What to show: a deck and a slide (an id, or a function that finds one in the page), and what to
 * do on it before the picture.
 */
const SHOTS = [
  { name: 'titel', deck: CACHING, slide: 'titel' },
  { name: 'liste', deck: '/vortrag/einfuehrung/', slide: 'eigenschaften' },
  { name: 'abbildung', deck: CACHING, slide: 'hierarchisches-caching' },
  { name: 'tabelle', deck: '/vortrag/systemdesign/load-balancing/', slide: 'algorithmen' },
  // Each lab on its slide (src/lib/labs.ts), with the name its picture has had since session 6.
  ...LABS.map((lab) => ({
    name: LAB_SHOTS[lab.id]?.name ?? `labor-${lab.id}`,
    deck: `/vortrag${lab.page}`,
    slide: lab.anchor,
    press: LAB_SHOTS[lab.id]?.press,
  })),
  // The first answer that stays on its question's slide (an experiment's „Auflösung“ or a short
  // model answer), opened as in the lecture.
  {
    name: 'antwort',
    deck: CACHING,
    slide: () =>
      document.querySelector('[data-slide]:has(details.slide-answer, details.lab-experiment-explanation)')
        ?.id,
    open: ':is(details.slide-answer, details.lab-experiment-explanation)',
  },
  // The first model answer too long for its question's slide: on slides of its own.
  {
    name: 'musterantwort',
    deck: CACHING,
    slide: () =>
      [...document.querySelectorAll('[data-slide]')].find((s) =>
        /Musterantwort/.test(s.getAttribute('aria-label') ?? ''),
      )?.id,
  },
];

const only = process.argv[3];

const { server, origin } = await serveBuild(process.argv[2] ?? OUT_DIR);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

async function shoot(shot, theme) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: theme });
  await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  const page = await context.newPage();
  await page.goto(`${origin}${shot.deck}`);
  await page.waitForSelector('[data-deck][data-deck-ready]');
  const id = typeof shot.slide === 'string' ? shot.slide : await page.evaluate(shot.slide);
  if (!id) throw new Error(`${shot.name}: keine passende Folie in ${shot.deck}`);
  await page.evaluate((hash) => (location.hash = hash), id);
  const current = page.locator('[data-deck] [data-slide].is-current');
  // The id names the slide or something on it (a table, a figure): the runtime opens that slide.
  await page.locator(`[data-deck] [data-slide].is-current:is([id="${id}"], :has([id="${id}"]))`).waitFor();
  await page.locator('[data-deck]').focus();
  await page.keyboard.press('f');
  if (shot.open) await current.locator(`${shot.open} > summary`).first().click();
  if (shot.press) {
    await current.locator('.lab-frame[data-hydrated]').waitFor({ timeout: 60_000 });
    const button = current.getByRole('button', { name: shot.press.button }).first();
    await page.waitForFunction((element) => !element.disabled, await button.elementHandle(), {
      timeout: 120_000,
    });
    for (let n = 0; n < shot.press.times; n += 1) await button.click();
    await page.waitForTimeout(shot.press.wait ?? 500);
    if (shot.press.then) {
      await current.getByRole('button', { name: shot.press.then }).first().click();
      await page.waitForTimeout(500);
    }
  } else {
    // A lab slide waits for its island.
    const lab = current.locator('.lab-frame');
    if ((await lab.count()) > 0)
      await current.locator('.lab-frame[data-hydrated]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(800);
  }
  const file = `${OUT}/slide-${shot.name}-${theme}.png`;
  await page.screenshot({ path: file });
  await context.close();
  return compress(file);
}

try {
  for (const shot of SHOTS.filter((entry) => !only || entry.name === only)) {
    for (const theme of ['light', 'dark']) console.log(await shoot(shot, theme));
  }
} finally {
  await browser.close();
  server.close();
}
