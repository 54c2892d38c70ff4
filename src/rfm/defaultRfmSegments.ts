import * as z from "zod/mini";

const ScoreRangeSchema = /* @__PURE__ */ z
  .tuple([
    /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(5)),
    /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(5)),
  ])
  .check(
    /* @__PURE__ */ z.refine((range: [number, number]) => range[0] <= range[1], {
      params: { expected: "[min, max] with min ≤ max" },
    }),
  );

/**
 * Schema of one {@link RfmSegment}: a non-empty `name` and inclusive score ranges `[min, max]` (integers
 * 1–5, min ≤ max) for `recency` and `frequency`, and optionally `monetary`. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { RfmSegmentSchema } from "clientele/rfm";
 * parseInput("f", RfmSegmentSchema, { name: "vip", recency: [5, 5], frequency: [5, 5], monetary: [5, 5] }).name;
 * // => "vip"
 * ```
 * @category RFM
 */
export const RfmSegmentSchema = /* @__PURE__ */ z.strictObject({
  /** Segment name, non-empty. */
  name: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  /** Inclusive range of recency scores. */
  recency: ScoreRangeSchema,
  /** Inclusive range of frequency scores. */
  frequency: ScoreRangeSchema,
  /** Inclusive range of monetary scores (optional). */
  monetary: /* @__PURE__ */ z.optional(ScoreRangeSchema),
});

/**
 * One named cell region of the RFM score grid: a customer belongs to it when each score lies in the
 * inclusive range given (a missing `monetary` range matches any monetary score). In a segment table the
 * first matching segment wins.
 *
 * @example
 * ```ts
 * import type { RfmSegment } from "clientele/rfm";
 * const vip: RfmSegment = { name: "vip", recency: [4, 5], frequency: [5, 5], monetary: [5, 5] };
 * ```
 * @category RFM
 */
export interface RfmSegment {
  /** Segment name, unique within a table. */
  readonly name: string;
  /** Inclusive range of recency scores (5 = bought most recently). */
  readonly recency: readonly [number, number];
  /** Inclusive range of frequency scores (5 = most repeat purchases). */
  readonly frequency: readonly [number, number];
  /** Inclusive range of monetary scores; any when left out. */
  readonly monetary?: readonly [number, number] | undefined;
}

/**
 * The classic RFM segments as an editable table over the recency × frequency score grid (ten named
 * regions that together cover all 25 cells exactly once; monetary is not used). Copy and change it, or
 * write your own, and pass it to {@link scoreRfm} as `segments`.
 *
 * | segment | recency | frequency |
 * |---|---|---|
 * | champions | 5 | 4–5 |
 * | loyal | 3–4 | 4–5 |
 * | potential loyalists | 4–5 | 2–3 |
 * | new customers | 5 | 1 |
 * | promising | 4 | 1 |
 * | need attention | 3 | 3 |
 * | about to sleep | 3 | 1–2 |
 * | cannot lose them | 1–2 | 5 |
 * | at risk | 1–2 | 3–4 |
 * | hibernating | 1–2 | 1–2 |
 *
 * @remarks
 * This is the widely used practitioners' R×F grid (as found in many CRM and analytics tools), not a
 * table from a paper; names and boundaries are a convention, which is why the table is data you can edit.
 *
 * @example
 * ```ts
 * import { defaultRfmSegments } from "clientele/rfm";
 * defaultRfmSegments.map((s) => s.name).slice(0, 3); // => ["champions", "loyal", "potential loyalists"]
 * const mine = [{ name: "vip", recency: [5, 5], frequency: [5, 5] } as const, ...defaultRfmSegments];
 * ```
 * @category RFM
 */
export const defaultRfmSegments: readonly RfmSegment[] = /* @__PURE__ */ Object.freeze([
  { name: "champions", recency: [5, 5], frequency: [4, 5] },
  { name: "loyal", recency: [3, 4], frequency: [4, 5] },
  { name: "potential loyalists", recency: [4, 5], frequency: [2, 3] },
  { name: "new customers", recency: [5, 5], frequency: [1, 1] },
  { name: "promising", recency: [4, 4], frequency: [1, 1] },
  { name: "need attention", recency: [3, 3], frequency: [3, 3] },
  { name: "about to sleep", recency: [3, 3], frequency: [1, 2] },
  { name: "cannot lose them", recency: [1, 2], frequency: [5, 5] },
  { name: "at risk", recency: [1, 2], frequency: [3, 4] },
  { name: "hibernating", recency: [1, 2], frequency: [1, 2] },
] as const);
