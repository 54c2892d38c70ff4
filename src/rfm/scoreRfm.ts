import * as z from "zod/mini";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { parseInput } from "../schema/parseInput.ts";
import { readSummaryTable } from "./_internal/readSummaryTable.ts";
import { defaultRfmSegments, type RfmSegment, RfmSegmentSchema } from "./defaultRfmSegments.ts";
import type { SummaryColumns } from "./SummaryColumns.ts";
import type { SummaryRowInput } from "./SummaryRowSchema.ts";

/**
 * Options of {@link scoreRfm}.
 *
 * @example
 * ```ts
 * import { defaultRfmSegments, type ScoreRfmOptions } from "clientele/rfm";
 * const options: ScoreRfmOptions = { segments: [{ name: "vip", recency: [5, 5], frequency: [5, 5] }, ...defaultRfmSegments] };
 * ```
 * @category RFM
 */
export interface ScoreRfmOptions {
  /** Segment table, first match wins (default {@link defaultRfmSegments}). Names must be unique. */
  readonly segments?: readonly RfmSegment[] | undefined;
}

/**
 * One customer's RFM scores (see {@link scoreRfm}).
 *
 * @example
 * ```ts
 * import type { RfmScore } from "clientele/rfm";
 * const s: Pick<RfmScore, "code" | "segment"> = { code: "545", segment: "champions" };
 * ```
 * @category RFM
 */
export interface RfmScore {
  /** The customer's id. */
  readonly customerId: string;
  /** RFM's "R": time since the last purchase, `T - recency`, in the summary's unit (smaller is better). Not the models' `recency`. */
  readonly timeSinceLastPurchase: number;
  /** RFM's "F": repeat purchases (the summary's `frequency`). */
  readonly frequency: number;
  /** RFM's "M": mean repeat-purchase value (the summary's `monetaryValue`; 0 for one-time buyers). */
  readonly monetaryValue: number;
  /** 1–5; 5 = most recent buyers. */
  readonly recencyScore: number;
  /** 1–5; 5 = most repeat purchases. */
  readonly frequencyScore: number;
  /** 1–5; 5 = highest mean repeat value. */
  readonly monetaryScore: number;
  /** The three scores as a string, e.g. `"545"`. */
  readonly code: string;
  /** Name of the first matching segment, or `undefined` when no segment of the table matches. */
  readonly segment: string | undefined;
}

/**
 * Customers per segment, in table order (segments with no customer included).
 *
 * @example
 * ```ts
 * import type { RfmSegmentCount } from "clientele/rfm";
 * const c: RfmSegmentCount = { segment: "champions", customers: 312 };
 * ```
 * @category RFM
 */
export interface RfmSegmentCount {
  /** Segment name. */
  readonly segment: string;
  /** Customers assigned to it. */
  readonly customers: number;
}

/**
 * Result of {@link scoreRfm}.
 *
 * @example
 * ```ts
 * import type { RfmScoring } from "clientele/rfm";
 * const r: Pick<RfmScoring, "unsegmented"> = { unsegmented: 0 };
 * ```
 * @category RFM
 */
export interface RfmScoring {
  /** One score row per customer, in input order. */
  readonly rows: readonly RfmScore[];
  /** Customers per segment, in table order. */
  readonly segments: readonly RfmSegmentCount[];
  /** Customers no segment matched (0 with the default table, which covers every R×F cell). */
  readonly unsegmented: number;
}

const SegmentsSchema = /* @__PURE__ */ z.object({
  options: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      segments: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(RfmSegmentSchema)),
    }),
  ),
});

/** Relative width under which two values are the same value (absorbs the rounding of T − recency). */
const TIE = 1e-9;

/**
 * Classic RFM scoring of customer summaries: quantile scores 1–5 for recency (time since the last
 * purchase), frequency and monetary value, a named segment per customer from an editable table, and the
 * number of customers per segment.
 *
 * @remarks
 * - **Two recencies.** RFM's R is the time *since* the last purchase, `T - recency` in the summary's unit,
 *   returned as `timeSinceLastPurchase`; a smaller value scores higher. The summary's `recency` is the
 *   models' t_x, the time from the first to the last purchase, where larger is better. They are never mixed.
 * - F is `frequency` (repeat purchases), M is `monetaryValue` (mean repeat value, so 0 for one-time buyers,
 *   the Gamma-Gamma convention of {@link summarizeTransactions}); every row needs a `monetaryValue`.
 * - **Quantile scores with ties.** A customer's score is `1 + ⌊5·b/n⌋`, where `b` counts the customers
 *   with a strictly worse value and `n` all customers. Equal values therefore always share a score, so
 *   input order never matters, and a score may be skipped when many customers tie (if 60 % have
 *   frequency 0 they all score 1, and frequency 1 scores 4). Values within 1e-9 of each other, relative to
 *   their size or to the median size of the non-zero values, whichever is larger, count as equal: that
 *   absorbs rounding in `T - recency`, and one outlier (a monetary value of 1e12 among 1…1000) does not
 *   make every other value equal.
 * - **Segments**: the first segment in `options.segments` (default {@link defaultRfmSegments}) whose ranges
 *   contain the customer's scores; `undefined` if none, counted in `unsegmented` (never dropped).
 *
 * Runs in O(n log n). Never mutates its input.
 *
 * @param summaries - Rows or {@link SummaryColumns} with `monetaryValue`, e.g. `summarizeTransactions(…).rows`.
 * @param options - `segments` table.
 * @returns Scores per customer (input order), counts per segment, and the unsegmented count.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row (as {@link parseSummaries}), a row without
 *   `monetaryValue`, or a bad segment table (bad range, duplicate name).
 * @throws {@link ClienteleDomainError} `insufficient_data` for no rows; `domain_error` for impossible rows.
 * @example
 * ```ts
 * import { scoreRfm } from "clientele/rfm";
 * const { rows, segments } = scoreRfm([
 *   { customerId: "a", frequency: 6, recency: 37, T: 38, monetaryValue: 40 },
 *   { customerId: "b", frequency: 0, recency: 0, T: 30, monetaryValue: 0 },
 *   { customerId: "c", frequency: 2, recency: 10, T: 38, monetaryValue: 25 },
 *   { customerId: "d", frequency: 1, recency: 2, T: 38, monetaryValue: 15 },
 *   { customerId: "e", frequency: 4, recency: 30, T: 31, monetaryValue: 30 },
 * ]);
 * rows[0]; // => { customerId: "a", timeSinceLastPurchase: 1, frequency: 6, monetaryValue: 40,
 *          //      recencyScore: 4, frequencyScore: 5, monetaryScore: 5, code: "455", segment: "loyal" }
 * rows[1]?.segment; // => "hibernating"
 * segments.find((s) => s.segment === "loyal"); // => { segment: "loyal", customers: 2 }
 * ```
 * @see {@link defaultRfmSegments}
 * @category RFM
 */
export function scoreRfm(
  summaries: readonly SummaryRowInput[] | SummaryColumns,
  options?: ScoreRfmOptions | undefined,
): RfmScoring {
  const fn = "scoreRfm";
  const parsed = parseInput(fn, SegmentsSchema, { options });
  const table = parsed.options?.segments ?? defaultRfmSegments;
  const names = new Set<string>();
  const duplicates: ClienteleIssue[] = [];
  table.forEach((segment, i) => {
    if (names.has(segment.name)) {
      duplicates.push({
        code: "duplicate_name",
        path: ["options", "segments", i, "name"],
        message: `duplicate segment name ${JSON.stringify(segment.name)}`,
        expected: "unique segment names",
        received: JSON.stringify(segment.name),
      });
    }
    names.add(segment.name);
  });
  if (duplicates.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues: duplicates });

  const data = readSummaryTable(fn, summaries, "summaries");
  const n = data.length;
  if (n === 0) throw new ClienteleDomainError("insufficient_data", `${fn}: no summaries`);
  const monetary = data.monetaryValue;
  const missing: ClienteleIssue[] = [];
  for (let i = 0; i < n; i++) {
    if (monetary === undefined || Number.isNaN(monetary[i]!)) {
      missing.push({
        code: "invalid_type",
        path: Array.isArray(summaries) ? ["summaries", i, "monetaryValue"] : ["summaries", "monetaryValue", i],
        message: "missing required field (expected number)",
        expected: "number",
        received: "undefined",
      });
    }
  }
  if (missing.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues: missing });

  const since = new Float64Array(n);
  for (let i = 0; i < n; i++) since[i] = Math.max(0, data.T[i]! - data.recency[i]!);
  const r = quantileScores(since, true);
  const f = quantileScores(data.frequency, false);
  const m = quantileScores(monetary!, false);
  const counts = new Array<number>(table.length).fill(0);
  let unsegmented = 0;
  const rows: RfmScore[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const rs = r[i]!;
    const fs = f[i]!;
    const ms = m[i]!;
    const k = table.findIndex(
      (s) =>
        rs >= s.recency[0] &&
        rs <= s.recency[1] &&
        fs >= s.frequency[0] &&
        fs <= s.frequency[1] &&
        (s.monetary === undefined || (ms >= s.monetary[0] && ms <= s.monetary[1])),
    );
    if (k < 0) unsegmented++;
    else counts[k]!++;
    rows[i] = {
      customerId: data.customerId[i]!,
      timeSinceLastPurchase: since[i]!,
      frequency: data.frequency[i]!,
      monetaryValue: monetary![i]!,
      recencyScore: rs,
      frequencyScore: fs,
      monetaryScore: ms,
      code: `${rs}${fs}${ms}`,
      segment: k < 0 ? undefined : table[k]!.name,
    };
  }
  return {
    rows,
    segments: table.map((s, k) => ({ segment: s.name, customers: counts[k]! })),
    unsegmented,
  };
}

/**
 * Scores 1–5: `1 + ⌊5·b/n⌋` with `b` the number of strictly worse values (smaller ones, or larger ones
 * when `lowerIsBetter`). Sorted values within TIE·max(|first|, |v|, m) of a group's first value are one
 * group, where m is the median magnitude of the non-zero values: a rounding-sized difference is a tie,
 * and one huge value (an outlier) widens only its own comparisons, not everyone's.
 */
function quantileScores(values: Float64Array, lowerIsBetter: boolean): Uint8Array {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[a]! - values[b]!);
  const typical = medianMagnitude(values);
  const scores = new Uint8Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const first = values[order[start]!]!;
    const firstScale = Math.max(Math.abs(first), typical);
    while (end < n) {
      const v = values[order[end]!]!;
      if (v - first > TIE * Math.max(firstScale, Math.abs(v))) break;
      end++;
    }
    // Group [start, end): `start` values are smaller, `n - end` are larger.
    const worse = lowerIsBetter ? n - end : start;
    const score = 1 + Math.floor((5 * worse) / n);
    for (let k = start; k < end; k++) scores[order[k]!] = score;
    start = end;
  }
  return scores;
}

/** The median of |v| over the non-zero values (0 when all are zero). */
function medianMagnitude(values: Float64Array): number {
  const magnitudes = new Float64Array(values.length);
  let k = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== 0) magnitudes[k++] = Math.abs(values[i]!);
  return k === 0 ? 0 : magnitudes.subarray(0, k).sort()[k >> 1]!;
}
