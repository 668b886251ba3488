// The labs' turns (src/components/lab/stagger.ts): work handed out one piece per task, in order,
// and long loops cut into slices, with a scheduler and a clock the test drives by hand.
import { describe, expect, it, vi } from 'vitest';
import { createTurns, runInSlices } from '../../../src/components/lab/stagger.ts';

/** A scheduler whose tasks run only when the test says so, one per `tick()`. */
function manualTasks() {
  const tasks: Array<() => void> = [];
  return {
    schedule: (run: () => void) => void tasks.push(run),
    tick: () => tasks.shift()?.(),
    get pending() {
      return tasks.length;
    },
  };
}

describe('createTurns', () => {
  it('runs one turn per task, in the order the turns were taken', () => {
    const tasks = manualTasks();
    const take = createTurns(tasks.schedule);
    const ran: string[] = [];
    take(() => ran.push('controls'));
    take(() => ran.push('picture'));
    take(() => ran.push('chart'));
    expect(ran).toEqual([]);
    expect(tasks.pending).toBe(1);
    tasks.tick();
    expect(ran).toEqual(['controls']);
    tasks.tick();
    expect(ran).toEqual(['controls', 'picture']);
    tasks.tick();
    expect(ran).toEqual(['controls', 'picture', 'chart']);
    expect(tasks.pending).toBe(0);
  });

  it('a turn given up before it ran never runs; the others keep their order', () => {
    const tasks = manualTasks();
    const take = createTurns(tasks.schedule);
    const ran: number[] = [];
    take(() => ran.push(1));
    const giveUp = take(() => ran.push(2));
    take(() => ran.push(3));
    giveUp();
    while (tasks.pending > 0) tasks.tick();
    expect(ran).toEqual([1, 3]);
  });

  it('a turn taken while the line is empty again gets a new task', () => {
    const tasks = manualTasks();
    const take = createTurns(tasks.schedule);
    const ran: number[] = [];
    take(() => ran.push(1));
    tasks.tick();
    expect(tasks.pending).toBe(0);
    take(() => ran.push(2));
    expect(tasks.pending).toBe(1);
    tasks.tick();
    expect(ran).toEqual([1, 2]);
  });
});

describe('runInSlices', () => {
  it('does the same steps as one loop, a slice per task, each slice ending once its time is up', () => {
    const tasks = manualTasks();
    const take = createTurns(tasks.schedule);
    let clock = 0;
    let left = 1000;
    const perTask: number[] = [];
    let inThisTask = 0;
    const done = vi.fn();
    runInSlices(
      () => {
        clock += 0.05; // 160 steps fill an 8 ms slice
        inThisTask += 1;
        return --left > 0;
      },
      { take, now: () => clock, onTurn: () => perTask.push(inThisTask), onDone: done },
    );
    expect(left).toBe(1000); // nothing before the first task
    while (tasks.pending > 0) {
      inThisTask = 0;
      tasks.tick();
    }
    expect(left).toBe(0);
    expect(done).toHaveBeenCalledTimes(1);
    // Slices of 192 steps (the clock is read every 64 steps), the rest in the last one.
    expect(perTask).toEqual([192, 192, 192, 192, 192]);
  });

  it('stopped between slices, it does no further step and never reports done', () => {
    const tasks = manualTasks();
    const take = createTurns(tasks.schedule);
    let clock = 0;
    let steps = 0;
    const done = vi.fn();
    const stop = runInSlices(
      () => {
        clock += 1;
        steps += 1;
        return true;
      },
      { take, now: () => clock, onDone: done },
    );
    tasks.tick();
    const afterOne = steps;
    expect(afterOne).toBeGreaterThan(0);
    stop();
    while (tasks.pending > 0) tasks.tick();
    expect(steps).toBe(afterOne);
    expect(done).not.toHaveBeenCalled();
  });
});
