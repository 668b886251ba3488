/**
 * Summary statistics shared by the simulation engines: quantiles by selection (O(n), no full
 * sort) and Jain's fairness index.
 */

/**
 * Quantiles by the nearest-rank method (the value at rank ⌈q·n⌉ of the sorted values), found with
 * quickselect in O(n). Reorders `values[0..length)` in place; returns 0 for each q when empty.
 *
 * @example
 * quantilesInPlace(Float64Array.of(5, 1, 4, 2, 3), 5, [0.5, 1]); // [3, 5]
 */
export function quantilesInPlace(values: Float64Array, length: number, qs: readonly number[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (const q of qs) {
    if (length === 0) {
      out.push(0);
      continue;
    }
    const rank = Math.min(length, Math.max(1, Math.ceil(q * length))) - 1;
    // After selecting rank k, everything right of k is >= values[k]: later (larger) q search there.
    if (rank >= from) {
      select(values, from, length - 1, rank);
      from = rank;
    }
    out.push(values[rank]);
  }
  return out;
}

function select(a: Float64Array, left: number, right: number, k: number): void {
  while (right > left) {
    const mid = (left + right) >> 1;
    // Median of three as pivot keeps sorted or constant input from degrading to O(n²).
    if (a[mid] < a[left]) swap(a, mid, left);
    if (a[right] < a[left]) swap(a, right, left);
    if (a[right] < a[mid]) swap(a, right, mid);
    const pivot = a[mid];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * Jain's fairness index (Jain, Chiu, Hawe 1984): (Σx)² / (n·Σx²). It is 1 when all n shares are
 * equal and 1/n when one gets everything. All-zero input counts as equal (1).
 *
 * @example
 * jainIndex([3, 3, 3]); // 1
 * jainIndex([9, 0, 0]); // 0.3333333333333333
 */
export function jainIndex(values: ArrayLike<number>): number {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i];
    squares += values[i] * values[i];
  }
  if (values.length === 0 || squares === 0) return 1;
  return (sum * sum) / (values.length * squares);
}
