import * as z from "zod/mini";
import { parseInput } from "../schema/parseInput.ts";
import { LevelSchema } from "./_internal/indexOptionSchemas.ts";
import { meanSummary } from "./_internal/meanSummary.ts";
import { DEFAULT_LEVEL } from "./_internal/readLevel.ts";
import { checkAnswerColumn, tallyAnswers } from "./_internal/tallyAnswers.ts";
import type { AnswerColumn } from "./AnswerColumn.ts";
import { type MissingAnswerPolicy, MissingAnswerPolicySchema } from "./MissingAnswerPolicySchema.ts";
import type { IndexInterval } from "./NetPromoterScoreResult.ts";
import { type ResponseScale, ResponseScaleSchema } from "./ResponseScaleSchema.ts";

/**
 * Which end of a Customer Effort Score scale means "easy". CES 2.0 (agreement with "the company made it
 * easy for me to handle my issue", 1–7) is `"higher-is-easier"`; the original CES (Dixon, Freeman &
 * Toman 2010, "how much effort did you personally have to put forth", 1–5) is `"higher-is-harder"`.
 *
 * @example
 * ```ts
 * import type { EffortDirection } from "clientele/satisfaction";
 * const ces2: EffortDirection = "higher-is-easier";
 * ```
 * @category Indices
 */
export type EffortDirection = "higher-is-easier" | "higher-is-harder";

/**
 * Options of {@link customerEffortScore}.
 *
 * @example
 * ```ts
 * import type { CustomerEffortScoreOptions } from "clientele/satisfaction";
 * const options: CustomerEffortScoreOptions = { scale: { min: 1, max: 7, integer: true }, direction: "higher-is-easier" };
 * ```
 * @category Indices
 */
export interface CustomerEffortScoreOptions {
  /** The declared answer scale (required). */
  readonly scale: ResponseScale;
  /** Which end means "easy" (required: the two CES versions run in opposite directions). */
  readonly direction: EffortDirection;
  /** Confidence level of the interval, strictly between 0 and 1. Default 0.95. */
  readonly level?: number | undefined;
  /** Missing answers: `"reject"` (default), `"skip"`, `"impute-midpoint"` or `"impute-mean"`. */
  readonly missing?: MissingAnswerPolicy | undefined;
}

/**
 * What {@link customerEffortScore} returns.
 *
 * @example
 * ```ts
 * import { customerEffortScore, type CustomerEffortScoreResult } from "clientele/satisfaction";
 * const r: CustomerEffortScoreResult = customerEffortScore([7, 6, 5], {
 *   scale: { min: 1, max: 7 }, direction: "higher-is-easier",
 * });
 * r.score; // => 6
 * ```
 * @category Indices
 */
export interface CustomerEffortScoreResult {
  /** The mean answer, on the scale as answered (not reversed). */
  readonly score: number;
  /** Normal interval of the mean, clipped to the scale; absent below two answers. */
  readonly interval: IndexInterval | undefined;
  /** Share of answers on the easy side of the scale's midpoint, in percent (ties at the midpoint not counted). */
  readonly easyShare: number;
  /** The direction the score is read in (echoed from the options). */
  readonly direction: EffortDirection;
  /** Sample standard deviation; absent below two answers. */
  readonly standardDeviation: number | undefined;
  /** Answers in the mean (given + imputed). */
  readonly n: number;
  /** Missing answers left out (`"skip"`). */
  readonly skipped: number;
  /** Missing answers imputed. */
  readonly imputed: number;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  scale: ResponseScaleSchema,
  direction: /* @__PURE__ */ z.enum(["higher-is-easier", "higher-is-harder"]),
  level: /* @__PURE__ */ z.optional(LevelSchema),
  missing: /* @__PURE__ */ z.optional(MissingAnswerPolicySchema),
});

/**
 * Customer Effort Score: the mean answer to an effort question on a declared scale, with a normal
 * interval, and the share of answers on the easy side of the midpoint.
 *
 * @remarks
 * The convention is stated, never assumed: `direction` says which end is easy (CES 2.0, 1–7 agreement
 * that the issue was easy to handle, is `"higher-is-easier"`; the original 1–5 effort question is
 * `"higher-is-harder"`). `score` is the mean as answered, not reversed, so it reads on the caller's own
 * scale. Imputed answers (midpoint or mean) enter the mean and the spread, and are counted; they are
 * never "easy" (the easy share is over answers given). One pass, no allocation per answer.
 *
 * @param scores - Answers on `options.scale`: an array (`null`/`undefined` = missing) or a typed array.
 * @param options - `scale` and `direction` (required), `level` (0.95), `missing` (`"reject"`).
 * @returns Mean with its interval, easy share, counts.
 * @throws {@link ClienteleInputError} `invalid_input` at `scores[i]` or `options.*`.
 * @throws {@link ClienteleDomainError} `insufficient_data` when no answer is left to average.
 * @example
 * ```ts
 * import { customerEffortScore } from "clientele/satisfaction";
 * const ces = customerEffortScore([7, 6, 6, 5, 2], { scale: { min: 1, max: 7, integer: true }, direction: "higher-is-easier" });
 * ces.score; // => 5.2
 * ces.easyShare; // => 80
 * ```
 * @category Indices
 */
export function customerEffortScore(
  scores: AnswerColumn,
  options: CustomerEffortScoreOptions,
): CustomerEffortScoreResult {
  const fn = "customerEffortScore";
  const o = parseInput(fn, OptionsSchema, options, ["options"]);
  checkAnswerColumn(fn, ["scores"], scores);
  const missing = o.missing ?? "reject";
  const mid = (o.scale.min + o.scale.max) / 2;
  const easier = o.direction === "higher-is-easier";
  // Strictly past the midpoint: ≥ the next representable value above (or ≤ below) it.
  const high = easier ? nextUp(mid) : Number.POSITIVE_INFINITY;
  const low = easier ? Number.NEGATIVE_INFINITY : nextDown(mid);
  const tally = tallyAnswers(fn, ["scores"], scores, o.scale, high, low, missing === "reject");
  const m = meanSummary(fn, tally, o.scale, missing, o.level ?? DEFAULT_LEVEL);
  const easy = easier ? tally.atOrAbove : tally.atOrBelow;
  return {
    score: m.mean,
    interval: m.meanInterval,
    easyShare: tally.answered === 0 ? 0 : (100 * easy) / tally.answered,
    direction: o.direction,
    standardDeviation: m.standardDeviation,
    n: m.n,
    skipped: m.skipped,
    imputed: m.imputed,
  };
}

function nextUp(x: number): number {
  return x + Math.max(Number.MIN_VALUE, Math.abs(x) * Number.EPSILON);
}

function nextDown(x: number): number {
  return x - Math.max(Number.MIN_VALUE, Math.abs(x) * Number.EPSILON);
}
