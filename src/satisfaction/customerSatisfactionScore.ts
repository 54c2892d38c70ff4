import * as z from "zod/mini";
import { throwInvalidValue } from "../_lib/invalidValue.ts";
import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { LevelSchema, NoImputationPolicySchema } from "./_internal/indexOptionSchemas.ts";
import { meanSummary, wilsonPercent } from "./_internal/meanSummary.ts";
import { DEFAULT_LEVEL } from "./_internal/readLevel.ts";
import { type AnswerTally, checkAnswerColumn, tallyAnswers } from "./_internal/tallyAnswers.ts";
import type { AnswerColumn } from "./AnswerColumn.ts";
import type { MissingAnswerPolicy } from "./MissingAnswerPolicySchema.ts";
import type { IndexInterval } from "./NetPromoterScoreResult.ts";
import { type ResponseScale, ResponseScaleSchema } from "./ResponseScaleSchema.ts";

/**
 * Options of {@link customerSatisfactionScore}.
 *
 * @example
 * ```ts
 * import type { CustomerSatisfactionScoreOptions } from "clientele/satisfaction";
 * const options: CustomerSatisfactionScoreOptions = { scale: { min: 1, max: 5, integer: true }, topBoxes: 2 };
 * ```
 * @category Indices
 */
export interface CustomerSatisfactionScoreOptions {
  /** The declared answer scale (required: CSAT is asked on 1–5, 1–7, 1–10 … scales). */
  readonly scale: ResponseScale;
  /** How many top answers count as satisfied: answers ≥ max − (topBoxes − 1). Default 2 (top-2-box). */
  readonly topBoxes?: number | undefined;
  /** Confidence level of the intervals, strictly between 0 and 1. Default 0.95. */
  readonly level?: number | undefined;
  /** Missing answers: `"reject"` (default) or `"skip"` (counted in `skipped`). */
  readonly missing?: Extract<MissingAnswerPolicy, "reject" | "skip"> | undefined;
}

/**
 * What {@link customerSatisfactionScore} returns.
 *
 * @example
 * ```ts
 * import { customerSatisfactionScore, type CustomerSatisfactionScoreResult } from "clientele/satisfaction";
 * const r: CustomerSatisfactionScoreResult = customerSatisfactionScore([5, 4, 3, 5], { scale: { min: 1, max: 5 } });
 * r.score; // => 75
 * ```
 * @category Indices
 */
export interface CustomerSatisfactionScoreResult {
  /** Top-box share in percent, 0…100: 100 × satisfied / n. */
  readonly score: number;
  /** Wilson score interval of `score`, in percent. */
  readonly interval: IndexInterval;
  /** Answers at or above `threshold`. */
  readonly satisfied: number;
  /** The lowest answer counted as satisfied: max − (topBoxes − 1). */
  readonly threshold: number;
  /** Answers counted. */
  readonly n: number;
  /** Missing answers left out (policy `"skip"`). */
  readonly skipped: number;
  /** Mean answer, on the scale. */
  readonly mean: number;
  /** Sample standard deviation of the answers; absent below two answers. */
  readonly standardDeviation: number | undefined;
  /** Normal interval of the mean (mean ± z·sd/√n), clipped to the scale; absent below two answers. */
  readonly meanInterval: IndexInterval | undefined;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  scale: ResponseScaleSchema,
  topBoxes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1))),
  level: /* @__PURE__ */ z.optional(LevelSchema),
  missing: /* @__PURE__ */ z.optional(NoImputationPolicySchema),
});

/**
 * Customer satisfaction score (CSAT): the share of answers in the top boxes of a declared scale (by
 * default the top two: 4–5 on 1–5), in percent, with a Wilson score interval; and the mean answer with a
 * normal interval.
 *
 * @remarks
 * satisfied = #answers ≥ max − (topBoxes − 1); score = 100 × satisfied / n. The share's interval is
 * Wilson's score interval (better behaved than Wald near 0 and 100 %); the mean's is mean ± z·s/√n with
 * the sample standard deviation s (a normal approximation: read it with care below about 30 answers).
 * One pass, no allocation per answer; typed arrays are accepted (`NaN` = missing in float arrays).
 *
 * @param scores - Answers on `options.scale`: an array (`null`/`undefined` = missing) or a typed array.
 * @param options - `scale` (required), `topBoxes` (2), `level` (0.95), `missing` (`"reject"`).
 * @returns Top-box score with its interval, the mean with its interval, counts.
 * @throws {@link ClienteleInputError} `invalid_input` at `scores[i]` for an answer off the scale (or
 *   missing under `"reject"`), at `options.*` for a bad option, at `options.topBoxes` when it exceeds
 *   the scale's range.
 * @throws {@link ClienteleDomainError} `insufficient_data` when no answer is left to count.
 * @example
 * ```ts
 * import { customerSatisfactionScore } from "clientele/satisfaction";
 * const csat = customerSatisfactionScore([5, 5, 4, 4, 4, 3, 2, 1], { scale: { min: 1, max: 5, integer: true } });
 * csat.score; // => 62.5
 * csat.mean; // => 3.5
 * ```
 * @see {@link netPromoterScore}
 * @category Indices
 */
export function customerSatisfactionScore(
  scores: AnswerColumn,
  options: CustomerSatisfactionScoreOptions,
): CustomerSatisfactionScoreResult {
  const fn = "customerSatisfactionScore";
  const o = parseInput(fn, OptionsSchema, options, ["options"]);
  checkAnswerColumn(fn, ["scores"], scores);
  const threshold = readThreshold(fn, o.scale, o.topBoxes ?? 2);
  const missing = o.missing ?? "reject";
  const tally = tallyAnswers(
    fn,
    ["scores"],
    scores,
    o.scale,
    threshold,
    Number.NEGATIVE_INFINITY,
    missing === "reject",
  );
  return csatOfTally(fn, tally, o.scale, threshold, missing, o.level ?? DEFAULT_LEVEL);
}

/**
 * The top-box threshold max − (topBoxes − 1), checked to lie within the scale.
 *
 * @internal
 */
export function readThreshold(fn: string, scale: ResponseScale, topBoxes: number): number {
  const threshold = scale.max - (topBoxes - 1);
  if (threshold > scale.min) return threshold;
  const most = Math.ceil(scale.max - scale.min);
  return throwInvalidValue(
    fn,
    ["options", "topBoxes"],
    `expected fewer top boxes than the scale's ${scale.min}…${scale.max} allows (at most ${most}), received ${topBoxes}`,
    `at most ${most}`,
    String(topBoxes),
  );
}

/**
 * The CSAT result of a tally already validated (shared with the record readers).
 *
 * @internal
 */
export function csatOfTally(
  fn: string,
  tally: AnswerTally,
  scale: ResponseScale,
  threshold: number,
  missing: MissingAnswerPolicy,
  level: number,
): CustomerSatisfactionScoreResult {
  if (tally.answered === 0) {
    throw new ClienteleDomainError("insufficient_data", `${fn}: no answers to score (${tally.missing} missing)`);
  }
  const m = meanSummary(fn, tally, scale, missing, level);
  return {
    score: (100 * tally.atOrAbove) / tally.answered,
    interval: wilsonPercent(tally.atOrAbove, tally.answered, level),
    satisfied: tally.atOrAbove,
    threshold,
    n: tally.answered,
    skipped: tally.missing,
    mean: m.mean,
    standardDeviation: m.standardDeviation,
    meanInterval: m.meanInterval,
  };
}
