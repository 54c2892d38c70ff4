/**
 * Customer summaries made by a simulator ({@link simulateBgNbd}, …): {@link SummaryColumns} with typed
 * arrays, ready for the fits (`fitBgNbd(simulated, { unit })`) and the prediction functions. Customer `i`
 * has id `i`.
 *
 * @example
 * ```ts
 * import { simulateBgNbd, type SimulatedSummaries } from "clientele/clv";
 * const sim: SimulatedSummaries = simulateBgNbd({
 *   params: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 },
 *   customers: 3,
 *   T: 52,
 *   seed: 42,
 * });
 * [...sim.frequency]; // => [0, 1, 1]
 * ```
 * @category Fits
 */
export interface SimulatedSummaries {
  /** Customer index 0, 1, …, n − 1 (the entity index of the generator). */
  readonly customerId: Uint32Array;
  /** x: repeat purchases in (0, T]. */
  readonly frequency: Float64Array;
  /** t_x: time of the last repeat purchase after the first (0 when x = 0). */
  readonly recency: Float64Array;
  /** T: observation length of each customer. */
  readonly T: Float64Array;
}
