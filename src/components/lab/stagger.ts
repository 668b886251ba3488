/**
 * Work in turns, one turn per browser task: a lab shows its controls first and its pictures, charts
 * and long loops in later tasks, so the page can answer a tap between them. On a phone (4× CPU
 * throttle) a whole lab rendered in one task blocks for 150–200 ms; turns keep each task short.
 */

/** Runs `run` in a later task. */
export type Schedule = (run: () => void) => void;

/**
 * The browser's way to start a new task: `scheduler.postTask` where there is one (Chromium), else
 * a message to our own channel (no 4 ms clamp of nested timers), else setTimeout.
 *
 * @example
 * nextTask(() => render()); // runs after the current task, input in between may go first
 */
export const nextTask: Schedule = (() => {
  const scheduler = (globalThis as { scheduler?: { postTask?: (run: () => void) => Promise<unknown> } })
    .scheduler;
  if (typeof scheduler?.postTask === 'function') {
    return (run) => void scheduler.postTask!(run);
  }
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    const waiting: Array<() => void> = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return (run) => {
      waiting.push(run);
      channel.port2.postMessage(null);
    };
  }
  return (run) => setTimeout(run, 0);
})();

/**
 * A line of turns: each `take(turn)` waits for its place and runs in a task of its own, in the
 * order taken; the returned function gives up a turn that has not run yet.
 *
 * @example
 * const take = createTurns(nextTask);
 * take(() => showCharts()); // next task
 * take(() => showTable()); // the task after
 */
export function createTurns(schedule: Schedule) {
  const waiting: Array<() => void> = [];
  let scheduled = false;
  const pump = () => {
    scheduled = false;
    waiting.shift()?.();
    if (waiting.length > 0) {
      scheduled = true;
      schedule(pump);
    }
  };
  return function take(turn: () => void): () => void {
    waiting.push(turn);
    if (!scheduled) {
      scheduled = true;
      schedule(pump);
    }
    return () => {
      const at = waiting.indexOf(turn);
      if (at !== -1) waiting.splice(at, 1);
    };
  };
}

/**
 * Runs `step` again and again, in turns of about `sliceMs` each, until it returns false; between
 * the turns the page stays responsive. `onTurn` hears after each turn (to redraw a progress note).
 * The returned function stops it.
 *
 * @example
 * const stop = runInSlices(() => sim.step(), { take, onTurn: () => redraw(), onDone: () => redraw() });
 */
export function runInSlices(
  step: () => boolean,
  options: {
    take: (turn: () => void) => () => void;
    onDone: () => void;
    onTurn?: () => void;
    sliceMs?: number;
    now?: () => number;
  },
): () => void {
  const { take, onDone, onTurn = () => {}, sliceMs = 8, now = () => performance.now() } = options;
  let stopped = false;
  let giveUp = () => {};
  const turn = () => {
    if (stopped) return;
    const deadline = now() + sliceMs;
    let more = true;
    // Check the clock every 64 steps only: a step is a fraction of a microsecond.
    while (more) {
      for (let k = 0; k < 64 && more; k++) more = step();
      if (now() >= deadline) break;
    }
    if (!more) {
      stopped = true;
      onDone();
      return;
    }
    onTurn();
    giveUp = take(turn);
  };
  giveUp = take(turn);
  return () => {
    stopped = true;
    giveUp();
  };
}

/**
 * The labs' one line of turns: every lab on a page waits in it (pictures and charts by Later.tsx,
 * long loops by runInSlices), so their tasks never pile up into one.
 */
export const takeTurn = createTurns(nextTask);
