import type { CountData } from "./buildCountData.ts";

/**
 * Weighted totals of compressed count data, for the models' default start values: Σ x (repeat
 * purchases) and Σ T (observation time), each customer counted by its weight.
 *
 * @param data - Compressed (x, t_x, T) triples with weights.
 * @returns `{ purchases: Σ x, time: Σ T }`.
 * @internal
 */
export function countDataTotals(data: CountData): { readonly purchases: number; readonly time: number } {
  let purchases = 0;
  let time = 0;
  for (let k = 0; k < data.size; k++) {
    purchases += data.weight[k]! * data.frequency[k]!;
    time += data.weight[k]! * data.T[k]!;
  }
  return { purchases, time };
}
