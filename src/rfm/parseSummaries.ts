import { readSummaryTable } from "./_internal/readSummaryTable.ts";
import type { SummaryColumns } from "./SummaryColumns.ts";
import type { SummaryRow, SummaryRowInput } from "./SummaryRowSchema.ts";

/**
 * Validates customer summaries prepared elsewhere (a warehouse, a spreadsheet, another library), given
 * as plain rows or as {@link SummaryColumns}, and returns them as fresh {@link SummaryRow}s: the same
 * checks the model fits apply to their input.
 *
 * @remarks
 * Each row is checked as {@link SummaryRowSchema} checks it (`customerId`; integer `frequency` ≥ 0;
 * finite `recency`, `T` ≥ 0; optional `monetaryValue` and holdout fields), then across fields:
 * `recency ≤ T`, and `recency = 0` when `frequency = 0`. Remember that `recency` here is the time from
 * the first to the last purchase (the models' t_x), not the time since the last purchase. Rows keep
 * their order. Never mutates its input. Runs in O(n).
 *
 * @param summaries - Rows, or columns of equal length.
 * @returns One validated row per customer (numeric ids become strings; absent optional fields stay absent).
 * @throws {@link ClienteleInputError} `invalid_input` listing every bad field by path (`summaries[3].T`,
 *   or `summaries.T[3]` for columns), unknown keys and columns of the wrong length.
 * @throws {@link ClienteleDomainError} `domain_error` listing every row whose recency exceeds T, or is
 *   positive with frequency 0.
 * @example
 * ```ts
 * import { parseSummaries } from "clientele/rfm";
 * parseSummaries({ customerId: [1, 2], frequency: [2, 0], recency: [30.43, 0], T: [38.86, 38.86] });
 * // => [{ customerId: "1", frequency: 2, recency: 30.43, T: 38.86 },
 * //     { customerId: "2", frequency: 0, recency: 0, T: 38.86 }]
 * // parseSummaries([{ customerId: "a", frequency: 1, recency: 40, T: 38 }]) throws domain_error:
 * //   ✖ recency 40 exceeds T 38 (the last purchase cannot come after the end of calibration) → at summaries[0].recency
 * ```
 * @category RFM
 */
export function parseSummaries(summaries: readonly SummaryRowInput[] | SummaryColumns): SummaryRow[] {
  const table = readSummaryTable("parseSummaries", summaries, "summaries");
  const out: SummaryRow[] = new Array(table.length);
  for (let i = 0; i < table.length; i++) {
    const row: { -readonly [K in keyof SummaryRow]: SummaryRow[K] } = {
      customerId: table.customerId[i]!,
      frequency: table.frequency[i]!,
      recency: table.recency[i]!,
      T: table.T[i]!,
    };
    const m = table.monetaryValue?.[i];
    if (m !== undefined && !Number.isNaN(m)) row.monetaryValue = m;
    const hf = table.holdoutFrequency?.[i];
    if (hf !== undefined && !Number.isNaN(hf)) row.holdoutFrequency = hf;
    const hm = table.holdoutMonetaryValue?.[i];
    if (hm !== undefined && !Number.isNaN(hm)) row.holdoutMonetaryValue = hm;
    const hd = table.holdoutDuration?.[i];
    if (hd !== undefined && !Number.isNaN(hd)) row.holdoutDuration = hd;
    out[i] = row;
  }
  return out;
}
