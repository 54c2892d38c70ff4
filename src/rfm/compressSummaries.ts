import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import { readSummaryTable } from "./_internal/readSummaryTable.ts";
import type { SummaryColumnsWithoutId, SummaryRowWithoutIdInput } from "./parseSummaryTable.ts";

/**
 * Customer summaries compressed to their distinct `(frequency, recency, T)` triples, each with the number
 * of customers who share it, in columns: entry `k` of every array is one triple. The frequency/recency
 * models' likelihoods are sums over customers, so fitting the weighted triples gives the same fit with
 * one term per triple instead of one per customer.
 *
 * @example
 * ```ts
 * import type { CompressedSummaries } from "clientele/rfm";
 * const c: CompressedSummaries = { frequency: [0, 1], recency: [0, 2], T: [38, 38], count: [1411, 3], customers: 1414 };
 * ```
 * @category RFM
 */
export interface CompressedSummaries {
  /** x of each triple. */
  readonly frequency: readonly number[];
  /** t_x of each triple. */
  readonly recency: readonly number[];
  /** T of each triple. */
  readonly T: readonly number[];
  /** Customers with that triple (integers ≥ 1). */
  readonly count: readonly number[];
  /** Σ count: the number of customers summarised. */
  readonly customers: number;
}

/**
 * Groups customer summaries by identical `(frequency, recency, T)` and counts each group, so that models
 * can be fitted on the weighted form. With calendar-day data and a fixed calibration end, customers who
 * joined on the same day with the same history share a triple; how much that saves depends on the data:
 * the CDNOW sample's 2,357 customers make 1,016 triples, the synthetic T1's 99,974 make 79,509. Bases
 * with many one-time buyers and few cohort days compress most.
 *
 * @remarks
 * Values are compared exactly (no rounding: rows from {@link summarizeTransactions} are exact multiples
 * of 1/7 week, so equal day counts give equal numbers). Triples come sorted by frequency, then recency,
 * then T. Input is validated as {@link parseSummaries} validates it, except that `customerId` may be left
 * out of every row (the triples do not need it; ids that are given must be distinct); other fields
 * (`monetaryValue`, holdout) are ignored. Runs in O(n log n). Never mutates its input.
 *
 * @param summaries - Rows or {@link SummaryColumns}, with or without customer ids.
 * @returns The distinct triples with their counts.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row or column (as {@link parseSummaries}),
 *   or a repeated customer id.
 * @throws {@link ClienteleDomainError} `domain_error` for impossible rows (recency > T);
 *   `insufficient_data` for no rows.
 * @example
 * ```ts
 * import { compressSummaries } from "clientele/rfm";
 * compressSummaries([
 *   { customerId: "a", frequency: 0, recency: 0, T: 38 },
 *   { customerId: "b", frequency: 2, recency: 10, T: 38 },
 *   { customerId: "c", frequency: 0, recency: 0, T: 38 },
 * ]);
 * // => { frequency: [0, 2], recency: [0, 10], T: [38, 38], count: [2, 1], customers: 3 }
 * ```
 * @category RFM
 */
export function compressSummaries(
  summaries: readonly SummaryRowWithoutIdInput[] | SummaryColumnsWithoutId,
): CompressedSummaries {
  const fn = "compressSummaries";
  const table = readSummaryTable(fn, summaries, "summaries", { idsOptional: true });
  const n = table.length;
  if (n === 0) throw new ClienteleDomainError("insufficient_data", `${fn}: no summaries`);
  const { frequency: x, recency: r, T } = table;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => x[a]! - x[b]! || r[a]! - r[b]! || T[a]! - T[b]!);
  const frequency: number[] = [];
  const recency: number[] = [];
  const times: number[] = [];
  const count: number[] = [];
  let last = -1;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (last >= 0 && x[i] === x[last] && r[i] === r[last] && T[i] === T[last]) {
      count[count.length - 1]!++;
    } else {
      frequency.push(x[i]!);
      recency.push(r[i]!);
      times.push(T[i]!);
      count.push(1);
    }
    last = i;
  }
  return { frequency, recency, T: times, count, customers: n };
}
