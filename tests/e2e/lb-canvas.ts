// What the load-balancing picture's canvas shows, read from its pixels (the moving parts are drawn
// on a canvas over the SVG: ServerView.tsx). Regions are found from the SVG the reader sees.
import type { Locator } from '@playwright/test';

/**
 * Painted pixels in the flight area of one server picture (`.lb-view-box`): between the balancer's
 * box and the server names, where only requests in flight are drawn.
 */
export function flightInk(view: Locator): Promise<number> {
  return view.evaluate((box) => {
    const canvas = box.querySelector('canvas')!;
    const ctx = canvas.getContext('2d')!;
    const c = canvas.getBoundingClientRect();
    const balancer = box.querySelector('.lb-box')!.getBoundingClientRect();
    const names = [...box.querySelectorAll('.lb-server > text')].map((t) => t.getBoundingClientRect().left);
    const sx = canvas.width / c.width;
    const sy = canvas.height / c.height;
    const x0 = Math.ceil((balancer.right + 2 - c.left) * sx);
    const x1 = Math.floor((Math.min(...names) - 2 - c.left) * sx);
    const data = ctx.getImageData(x0, 0, Math.max(1, x1 - x0), Math.floor(c.height * sy)).data;
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
    return ink;
  });
}

/**
 * For each server of one picture: the painted share of its worker bar (across the bar's middle
 * row) and the status text beside it ("2/4 · 3 wartend").
 */
export function workerFills(view: Locator): Promise<{ fill: number; status: string }[]> {
  return view.evaluate((box) => {
    const canvas = box.querySelector('canvas')!;
    const ctx = canvas.getContext('2d')!;
    const c = canvas.getBoundingClientRect();
    const sx = canvas.width / c.width;
    const sy = canvas.height / c.height;
    const statuses = [...box.querySelectorAll('.lb-status')].map((t) => t.textContent ?? '');
    return [...box.querySelectorAll('.lb-workers')].map((slot, i) => {
      const r = slot.getBoundingClientRect();
      const x0 = Math.round((r.left - c.left) * sx);
      const width = Math.round(r.width * sx);
      const y = Math.round((r.top + r.height / 2 - c.top) * sy);
      const row = ctx.getImageData(x0, y, width, 1).data;
      let painted = 0;
      for (let k = 3; k < row.length; k += 4) if (row[k] > 128) painted++;
      return { fill: painted / width, status: statuses[i] };
    });
  });
}
