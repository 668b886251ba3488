// Every guided experiment in src/lib/labs.ts loads its scenario from its own query string, runs the
// lab's engine on it and checks each claim its explanation makes, so text and engine cannot drift
// apart. A lab whose experiments state claims adds a reader of its figures to FIGURES (the last
// test insists); one whose answers compare several runs checks them in its own unit test.
import { describe, expect, it } from 'vitest';
import { claimHolds, experimentHref, experimentsFor, LABS, type LabFigure } from '../../../src/lib/labs.ts';
import { getChapter } from '../../../src/lib/chapter/index.ts';
import { questionKey } from '../../../src/lib/chapter/question-key.ts';
import { readLbState, toScenario } from '../../../src/components/loadbalancing/labState.ts';
import { METRIC_ROWS } from '../../../src/components/loadbalancing/figures.ts';
import { Simulation } from '../../../src/sim/loadbalancing/index.ts';
import { policiesOf, readCacheState, toRunScenario } from '../../../src/components/caching/labState.ts';
import { runTrace, simulate, stepTrace } from '../../../src/sim/caching/index.ts';
import { readQueueState, toScenario as toQueueScenario } from '../../../src/components/queue/labState.ts';
import { figureOf, RUN_SERIES } from '../../../src/components/queue/figures.ts';
import { simulateQueue } from '../../../src/sim/queue/index.ts';

type Figures = (figure: LabFigure) => number;

/** The figures a lab's table shows after the whole run, computed from the engine for a query. */
const FIGURES: Record<string, (setup: string) => Figures> = {
  'message-queue': (setup) => {
    const { state, errors } = readQueueState(setup);
    expect(errors).toEqual([]);
    const result = simulateQueue(toQueueScenario(state).scenario!);
    return ({ series, metric }) => {
      if (series !== RUN_SERIES) throw new Error(`${series} is not shown`);
      return figureOf(result, metric);
    };
  },
  'load-balancing': (setup) => {
    const { state, errors } = readLbState(setup);
    expect(errors).toEqual([]);
    const ids = state.cmp === 'none' ? [state.algo] : [state.algo, state.cmp];
    const results = new Map(
      ids.map((id) => {
        const sim = new Simulation(toScenario(state, id).scenario!);
        sim.run();
        return [id as string, sim.result()];
      }),
    );
    return ({ series, metric }) => {
      const row = METRIC_ROWS.find((r) => r.metric === metric);
      const result = results.get(series);
      if (!row || !result) throw new Error(`no figure ${series}/${metric}`);
      return row.value(result);
    };
  },
  caching: (setup) => {
    const { state, errors } = readCacheState(setup);
    expect(errors).toEqual([]);
    if (state.mode === 'step') {
      const trace = Int32Array.from(state.trace);
      const settings = { seed: state.seed, ttl: state.sttl };
      return ({ series, metric }) => {
        if (!policiesOf(state).includes(series as never)) throw new Error(`${series} is not shown`);
        const frames = metric === 'misses' ? state.frames : Number(metric.replace('misses-', ''));
        if (metric === 'misses') return stepTrace(series as never, frames, trace, settings).misses;
        return runTrace(series as never, frames, trace, settings, 1).misses;
      };
    }
    const runs = simulate(toRunScenario(state).scenario!).runs;
    return ({ series, metric }) => {
      const run = runs.find((r) => r.policy === series);
      if (!run) throw new Error(`${series} is not shown`);
      if (metric === 'ratio') return run.hitRatio;
      throw new Error(`no figure ${metric}`);
    };
  },
};

for (const lab of LABS) {
  describe(`the ${lab.id} lab’s guided experiments`, () => {
    it('has at least four, each predict → run → explain', () => {
      expect(lab.experiments.length).toBeGreaterThanOrEqual(4);
      for (const experiment of lab.experiments) {
        expect(experiment.question).toMatch(/\?$/);
        expect(experiment.setup).toMatch(/^\?/);
        expect(experiment.explanation.length).toBeGreaterThan(40);
        if (experiment.claims) expect(experiment.claims.length).toBeGreaterThan(0);
      }
    });

    lab.experiments.forEach((experiment, index) => {
      const claims = experiment.claims;
      if (!claims) return;
      it(`experiment ${index + 1} (${experiment.setup}): its claims hold in the engine`, () => {
        const read = FIGURES[lab.id]!(experiment.setup);
        for (const claim of claims) expect(claimHolds(claim, read), JSON.stringify(claim)).toBe(true);
      });
    });
  });
}

describe('claims', () => {
  it('compare a figure with a number or another figure, with a factor', () => {
    const read = ({ series }: LabFigure) => (series === 'a' ? 10 : 20);
    const a = { series: 'a', metric: 'm' };
    const b = { series: 'b', metric: 'm' };
    expect(claimHolds({ figure: a, is: 'less', than: b }, read)).toBe(true);
    expect(claimHolds({ figure: a, is: 'less', than: b, times: 0.5 }, read)).toBe(false);
    expect(claimHolds({ figure: a, is: 'greater', than: 9 }, read)).toBe(true);
    expect(claimHolds({ figure: a, is: 'equal', than: 10 }, read)).toBe(true);
    expect(claimHolds({ figure: a, is: 'equal', than: NaN }, read)).toBe(false);
  });

  it('every lab whose experiments state claims has a reader of its figures here', () => {
    const claiming = LABS.filter((lab) => lab.experiments.some((experiment) => experiment.claims));
    expect(Object.keys(FIGURES).sort()).toEqual(claiming.map((lab) => lab.id).sort());
  });
});

describe('self-check questions link to the experiment that answers them', () => {
  it('finds the experiments by question number', () => {
    const found = experimentsFor(43);
    expect(found.map(({ lab, n }) => `${lab.id}/${n}`)).toEqual(['load-balancing/1']);
    expect(experimentsFor(1)).toEqual([]);
  });

  it('links the questions whose answer a run on the same page shows (S7-5), and not Frage 44 (S7-6)', () => {
    const linked = (nr: number) => experimentsFor(nr).map(({ lab, n }) => `${lab.id}/${n}`);
    expect(linked(31)).toEqual(['message-queue/5']); // point-to-point vs publish-subscribe
    expect(linked(32)).toEqual(['message-queue/3']); // crash before the ack, idempotent bakers
    expect(linked(41)).toEqual(['partitioning/4']); // read-your-writes
    expect(linked(42)).toEqual(['partitioning/1']); // hash mod N moves most keys
    // Several independent load balancers (herd effect): the lab runs one, so no link.
    expect(linked(44)).toEqual([]);
  });

  it('every self-check’s experiment link opens an existing experiment of a lab on its own page', () => {
    const checks = getChapter().selfChecks;
    let links = 0;
    for (const check of checks) {
      // The key SelfCheck.astro looks its experiments up by ('26', or '26a' for a sub-question).
      for (const { lab, n, experiment } of experimentsFor(questionKey(check))) {
        links += 1;
        expect(lab.experiments[n - 1], `Frage ${check.nr}`).toBe(experiment);
        expect(experimentHref(lab, experiment), `Frage ${check.nr}`).toMatch(
          new RegExp(`^/${check.slug}/\\?[^#]+#${lab.anchor}$`),
        );
      }
    }
    // One per answered question: none is lost because its number is missing from the chapter.
    expect(links).toBe(LABS.flatMap((lab) => lab.experiments.flatMap((e) => e.answers ?? [])).length);
  });

  it('every answered question stands on its lab’s page', () => {
    const checks = getChapter().selfChecks;
    for (const lab of LABS) {
      for (const nr of lab.experiments.flatMap((experiment) => experiment.answers ?? [])) {
        const check = checks.find((entry) => entry.nr === nr);
        expect(check, `Frage ${nr}`).toBeDefined();
        expect(`/${check!.slug}/`).toBe(lab.page);
      }
    }
  });
});
