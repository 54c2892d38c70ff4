import { wilsonInterval } from "../../_lib/wilsonInterval.ts";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import type { MissingAnswerPolicy } from "../MissingAnswerPolicySchema.ts";
import type { IndexInterval } from "../NetPromoterScoreResult.ts";
import type { ResponseScale } from "../ResponseScaleSchema.ts";
import { twoSidedZ } from "./readLevel.ts";
import type { AnswerTally } from "./tallyAnswers.ts";

/**
 * The mean of a tallied column with its spread and interval, after the missing-answer policy.
 *
 * @internal
 */
export interface MeanSummary {
  /** Answers in the mean (given + imputed). */
  readonly n: number;
  /** Missing answers left out (`"skip"`). */
  readonly skipped: number;
  /** Missing answers imputed (`"impute-midpoint"`, `"impute-mean"`). */
  readonly imputed: number;
  /** The mean, within the scale. */
  readonly mean: number;
  /** Sample standard deviation (n − 1), absent below two answers. */
  readonly standardDeviation: number | undefined;
  /** mean ± z·sd/√n clipped to the scale, absent below two answers. */
  readonly meanInterval: IndexInterval | undefined;
}

/**
 * Applies `policy` to the missing answers of `tally` (imputed values enter the sums; the midpoint is
 * (min + max) / 2, the mean that of the answers given) and summarises the mean.
 *
 * @throws {@link ClienteleDomainError} `insufficient_data` when nothing is left to average.
 * @internal
 */
export function meanSummary(
  fn: string,
  tally: AnswerTally,
  scale: ResponseScale,
  policy: MissingAnswerPolicy,
  level: number,
): MeanSummary {
  if (tally.answered === 0 && (policy !== "impute-midpoint" || tally.missing === 0)) {
    throw new ClienteleDomainError("insufficient_data", `${fn}: no answers to average (${tally.missing} missing)`);
  }
  const imputing = policy === "impute-midpoint" || policy === "impute-mean";
  const imputed = imputing ? tally.missing : 0;
  const fill = policy === "impute-midpoint" ? (scale.min + scale.max) / 2 : tally.sum / Math.max(1, tally.answered);
  const n = tally.answered + imputed;
  const sum = tally.sum + imputed * fill;
  const sumOfSquares = tally.sumOfSquares + imputed * fill * fill;
  const mean = Math.min(scale.max, Math.max(scale.min, sum / n));
  let standardDeviation: number | undefined;
  let meanInterval: IndexInterval | undefined;
  if (n >= 2) {
    standardDeviation = Math.sqrt(Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1)));
    const half = (twoSidedZ(level) * standardDeviation) / Math.sqrt(n);
    meanInterval = {
      lower: Math.max(scale.min, mean - half),
      upper: Math.min(scale.max, mean + half),
      level,
      method: "normal-mean",
    };
  }
  return { n, skipped: imputing ? 0 : tally.missing, imputed, mean, standardDeviation, meanInterval };
}

/**
 * The Wilson score interval of a proportion k/n, as percentages clipped to 0…100.
 *
 * @internal
 */
export function wilsonPercent(k: number, n: number, level: number): IndexInterval {
  const { lower, upper } = wilsonInterval(k, n, twoSidedZ(level));
  return { lower: 100 * lower, upper: 100 * upper, level, method: "wilson" };
}
