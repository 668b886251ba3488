// Every guided experiment of every lab, as a student meets it: the experiment's link in the box
// under the lab loads its whole scenario, "Bis zum Ende" runs it, and each claim of its explanation
// holds in the figures the page shows (data-series/data-metric/data-value on the table cells).
// The same claims are checked against the engine in tests/unit/lab/experiments.test.ts.
import { at, expect, test } from './fixtures.ts';
import { claimHolds, experimentId, LABS, type LabFigure } from '../../src/lib/labs.ts';

const key = ({ series, metric }: LabFigure) => `${series}/${metric}`;

for (const lab of LABS) {
  lab.experiments.forEach((experiment, index) => {
    const claims = experiment.claims;
    if (!claims) return;
    test(`${lab.title}, Experiment ${index + 1}: der Link lädt das Szenario, die Aussage stimmt`, async ({
      page,
    }) => {
      await page.goto(at(lab.page));
      const item = page.locator(`#${experimentId(lab, index + 1)}`);
      await item.getByRole('link', { name: `Versuch ${index + 1} laden` }).click();
      await expect(page).toHaveURL(
        new RegExp(`${experiment.setup.replaceAll('.', '\\.').replace('?', '\\?')}#${lab.anchor}$`),
      );
      const live = page.locator(`.lab-frame[data-lab="${lab.id}"] .lab-live:not(.lab-pending)`);
      // The link scrolls to the lab (#labor), which hydrates when visible; 2 busy cores may be slow.
      await expect(live).toBeVisible({ timeout: 15_000 });
      const toEnd = live.getByRole('button', { name: 'Bis zum Ende' });
      // The message-queue lab computes the whole run at once and shows its end right away ("Bis
      // zum Ende" is disabled, "Abspielen" replays); the others play to the end on the click.
      if (lab.id === 'message-queue') {
        await expect(live.getByTestId('lab-summary')).toContainText('Ergebnis nach');
      } else await toEnd.click();
      await expect(toEnd).toBeDisabled();
      const figures = claims.flatMap((claim) =>
        typeof claim.than === 'number' ? [claim.figure] : [claim.figure, claim.than],
      );
      const values = new Map<string, number>();
      for (const figure of figures) {
        const cell = live.locator(`[data-series="${figure.series}"][data-metric="${figure.metric}"]`);
        values.set(key(figure), Number(await cell.getAttribute('data-value')));
      }
      for (const claim of claims) {
        expect(
          claimHolds(claim, (figure) => values.get(key(figure))!),
          `${JSON.stringify(claim)} mit ${JSON.stringify([...values])}`,
        ).toBe(true);
      }
    });
  });
}
