// Every guided experiment of every lab, as a student meets it: the experiment's link in the box
// under the lab loads its whole scenario, "Bis zum Ende" runs it, and each claim of its explanation
// holds in the figures the page shows (data-series/data-metric/data-value on the table cells).
// The same claims are checked against the engine in tests/unit/lab/experiments.test.ts.
import { at, expect, test } from './fixtures.ts';
import { claimHolds, experimentId, LABS, type LabFigure } from '../../src/lib/labs.ts';

const key = ({ series, metric }: LabFigure) => `${series}/${metric}`;

for (const lab of LABS) {
  const experiments = lab.experiments.flatMap((experiment, index) =>
    experiment.claims ? [{ ...experiment, claims: experiment.claims, number: index + 1 }] : [],
  );
  if (experiments.length === 0) continue;
  // One visit per lab: each experiment's link is followed from the page the previous one left.
  test(`${lab.title}: jeder Versuchs-Link lädt sein Szenario, jede Aussage stimmt`, async ({ page }) => {
    test.setTimeout(30_000 * experiments.length);
    await page.goto(at(lab.page));
    let previous = '';
    for (const { setup, claims, number } of experiments) {
      const item = page.locator(`#${experimentId(lab, number)}`);
      await item.getByRole('link', { name: `Versuch ${number} laden` }).click();
      await expect(page).toHaveURL(
        new RegExp(`${setup.replaceAll('.', '\\.').replace('?', '\\?')}#${lab.anchor}$`),
      );
      const live = page.locator(`.lab-frame[data-lab="${lab.id}"] .lab-live:not(.lab-pending)`);
      // The link scrolls to the lab (#labor), which hydrates when visible; 2 busy cores may be slow.
      await expect(live, `Versuch ${number}`).toBeVisible({ timeout: 15_000 });
      const toEnd = live.getByRole('button', { name: 'Bis zum Ende' });
      // The message-queue lab computes the whole run at once and shows its end right away ("Bis
      // zum Ende" is disabled, "Abspielen" replays); the others play to the end on the click.
      // A link to the scenario the page already shows (two experiments read one run) only scrolls
      // to the lab, which keeps its finished run.
      if (lab.id === 'message-queue') {
        await expect(live.getByTestId('lab-summary')).toContainText('Ergebnis nach');
      } else if (setup !== previous) await toEnd.click();
      previous = setup;
      await expect(toEnd, `Versuch ${number}`).toBeDisabled();
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
          `Versuch ${number}: ${JSON.stringify(claim)} mit ${JSON.stringify([...values])}`,
        ).toBe(true);
      }
    }
  });
}
