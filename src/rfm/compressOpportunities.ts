import { readBgBbData } from "../_lib/readBgBbData.ts";
import type { BgBbPattern, BgBbPatternColumns } from "./BgBbData.ts";
import type { OpportunitySummary } from "./summarizeOpportunities.ts";

/**
 * One distinct (x, t_x, n) pattern with the number of customers who share it: a {@link BgBbPattern}
 * whose `count` is always present.
 *
 * @example
 * ```ts
 * import type { OpportunityPattern } from "clientele/rfm";
 * const p: OpportunityPattern = { frequency: 0, recency: 0, opportunities: 6, count: 3464 };
 * ```
 * @category RFM
 */
export interface OpportunityPattern {
  /** x: opportunities with a transaction. */
  readonly frequency: number;
  /** t_x: the last such opportunity (0 when x = 0). */
  readonly recency: number;
  /** n: opportunities observed. */
  readonly opportunities: number;
  /** Customers with this pattern, an integer ≥ 1. */
  readonly count: number;
}

/**
 * Groups per-customer opportunity rows (from {@link summarizeOpportunities}, or any {@link BgBbPattern}
 * rows or columns) by identical `(frequency, recency, opportunities)` and counts each group: the
 * pattern table of the BG/BB model, which `fitBgBb` accepts as is.
 *
 * @remarks
 * Rows are validated as `fitBgBb` validates them (integers with x ≤ t_x ≤ n and t_x = 0 exactly when
 * x = 0); a row's own `count` (default 1) is added to its pattern, rows with `count: 0` are dropped;
 * other fields (`customerId`, `holdoutFrequency`) are ignored. Patterns come sorted by frequency, then
 * recency, then opportunities; the counts sum to the number of customers. Never mutates its input.
 *
 * @param rows - {@link OpportunitySummary} rows, {@link BgBbPattern} rows or {@link BgBbPatternColumns}.
 * @returns The distinct patterns with their counts.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row (paths `rows[2].recency`,
 *   `columns.frequency[2]`).
 * @throws {@link ClienteleDomainError} `insufficient_data` for no rows (or only zero counts).
 * @example
 * ```ts
 * import { compressOpportunities } from "clientele/rfm";
 * compressOpportunities([
 *   { customerId: "a", frequency: 2, recency: 3, opportunities: 6, holdoutFrequency: 1 },
 *   { customerId: "b", frequency: 0, recency: 0, opportunities: 6, holdoutFrequency: 0 },
 *   { customerId: "c", frequency: 2, recency: 3, opportunities: 6, holdoutFrequency: 0 },
 * ]);
 * // => [{ frequency: 0, recency: 0, opportunities: 6, count: 1 },
 * //     { frequency: 2, recency: 3, opportunities: 6, count: 2 }]
 * ```
 * @category RFM
 */
export function compressOpportunities(
  rows: readonly (OpportunitySummary | BgBbPattern)[] | BgBbPatternColumns,
): OpportunityPattern[] {
  const data = readBgBbData("compressOpportunities", rows);
  const { frequency: x, recency: r, opportunities: n, weight } = data;
  const patterns = weight.map(
    (count, k): OpportunityPattern => ({ frequency: x[k]!, recency: r[k]!, opportunities: n[k]!, count }),
  );
  return patterns.sort(
    (a, b) => a.frequency - b.frequency || a.recency - b.recency || a.opportunities - b.opportunities,
  );
}
