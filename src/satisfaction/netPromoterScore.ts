import { describeReceived } from "../_lib/describeReceived.ts";
import { isPlainObject } from "../_lib/isPlainObject.ts";
import { unknownKeysIssue } from "../_lib/unknownKeysIssue.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { DEFAULT_LEVEL, levelIssue, twoSidedZ } from "./_internal/readLevel.ts";
import { checkAnswerColumn, tallyAnswers } from "./_internal/tallyAnswers.ts";
import type { AnswerColumn } from "./AnswerColumn.ts";
import type { MissingAnswerPolicy } from "./MissingAnswerPolicySchema.ts";
import type { NetPromoterScoreResult } from "./NetPromoterScoreResult.ts";

/**
 * Options of {@link netPromoterScore}.
 *
 * @example
 * ```ts
 * import type { NetPromoterScoreOptions } from "clientele/satisfaction";
 * const options: NetPromoterScoreOptions = { level: 0.9, interval: "wald", missing: "skip" };
 * ```
 * @category Indices
 */
export interface NetPromoterScoreOptions {
  /** Confidence level of the interval, strictly between 0 and 1. Default 0.95. */
  readonly level?: number | undefined;
  /**
   * Interval method: `"adjusted-wald"` (default; Rocks 2016: ¾ added to the promoter and detractor counts,
   * 3 to n) or `"wald"` (the plain normal approximation, degenerate at 0 or n promoters).
   */
  readonly interval?: "adjusted-wald" | "wald" | undefined;
  /**
   * Missing answers (`null`/`undefined`, `NaN` in a float typed array): `"reject"` (default) or `"skip"`
   * (left out and counted in `skipped`). An imputed answer has no promoter category, so the imputing
   * policies are `invalid_input` here.
   */
  readonly missing?: Extract<MissingAnswerPolicy, "reject" | "skip"> | undefined;
}

const NPS_SCALE = { min: 0, max: 10, integer: true } as const;
const OPTION_KEYS = ["level", "interval", "missing"];

/** Hand-written option checks (no zod here: an NPS-only import stays a few kilobytes). */
function readOptions(
  options: unknown,
): Required<{ [K in keyof NetPromoterScoreOptions]-?: NonNullable<NetPromoterScoreOptions[K]> }> {
  if (options === undefined) return { level: DEFAULT_LEVEL, interval: "adjusted-wald", missing: "reject" };
  const issues: ClienteleIssue[] = [];
  if (!isPlainObject(options)) {
    const received = describeReceived(options);
    issues.push({
      code: "invalid_type",
      path: ["options"],
      message: `expected object, received ${received}`,
      expected: "object",
      received,
    });
  } else {
    const unknown = unknownKeysIssue(options, OPTION_KEYS, ["options"]);
    if (unknown !== undefined) issues.push(unknown);
    if (options.level !== undefined) {
      const issue = levelIssue(options.level, ["options", "level"]);
      if (issue !== undefined) issues.push(issue);
    }
    const { interval, missing } = options;
    if (interval !== undefined && interval !== "adjusted-wald" && interval !== "wald") {
      issues.push(choiceIssue(["options", "interval"], '"adjusted-wald" or "wald"', interval));
    }
    if (missing !== undefined && missing !== "reject" && missing !== "skip") {
      issues.push(
        choiceIssue(["options", "missing"], '"reject" or "skip" (an imputed answer has no promoter category)', missing),
      );
    }
  }
  if (issues.length > 0) throw new ClienteleInputError("netPromoterScore: invalid input", { issues });
  const o = options as NetPromoterScoreOptions;
  return { level: o.level ?? DEFAULT_LEVEL, interval: o.interval ?? "adjusted-wald", missing: o.missing ?? "reject" };
}

function choiceIssue(path: (string | number)[], expected: string, value: unknown): ClienteleIssue {
  const received = describeReceived(value);
  return { code: "invalid_value", path, message: `expected ${expected}, received ${received}`, expected, received };
}

/**
 * Net Promoter Score (Reichheld 2003): the percentage of promoters (answers 9–10 to "how likely are you
 * to recommend …", on 0–10) minus the percentage of detractors (0–6), in −100…100, with a confidence
 * interval.
 *
 * @remarks
 * With P promoters, D detractors and n answers, `score = 100 (P − D) / n`. The interval treats the counts
 * as trinomial: the variance of p₊ − p₋ is (p₊ + p₋ − (p₊ − p₋)²) / n.
 * - `"adjusted-wald"` (default), the method Rocks (2016, The American Statistician 70(4)) found to cover
 *   best among those he compared: add ¾ to P and to D and 3 to n, then take p̃₊ − p̃₋ ± z·√Var on the
 *   adjusted figures. Unlike the plain Wald interval it does not collapse to a point when every answer is
 *   a promoter (or a detractor), nor at n = 1.
 * - `"wald"`: the same on the raw figures.
 *
 * z is the two-sided standard normal quantile of `level` (Wichura's AS 241). Bounds are × 100 and
 * clipped to −100…100. One pass, no allocation per answer: pass a `Uint8Array`/`Float64Array` column for
 * millions of answers (`NaN` marks a missing answer in a float array).
 *
 * Worked example (checked by hand in test/satisfaction/netPromoterScore.test.ts): 10 answers, 5 promoters,
 * 2 passives, 3 detractors: score = 100 × (5 − 3) / 10 = 20. Adjusted Wald: ñ = 13, p̃₊ = 5.75/13,
 * p̃₋ = 3.75/13, p̃₊ − p̃₋ = 2/13 = 0.153846, Var = (9.5/13 − (2/13)²)/13 = 0.054392, √Var = 0.233220,
 * 95%: 0.153846 ± 1.959964 × 0.233220 → −30.3 … 61.1.
 *
 * @param scores - Answers on 0…10, whole numbers: an array (`null`/`undefined` = missing) or a typed array.
 * @param options - `level` (0.95), `interval` (`"adjusted-wald"`), `missing` (`"reject"`).
 * @returns Score, counts and interval.
 * @throws {@link ClienteleInputError} `invalid_input` at `scores[i]` for an answer off 0…10 or not whole
 *   (every bad answer listed), for a missing answer under `"reject"`, and at `options.*` for a bad option.
 * @throws {@link ClienteleDomainError} `insufficient_data` when no answer is left to count.
 * @example
 * ```ts
 * import { netPromoterScore } from "clientele/satisfaction";
 * const nps = netPromoterScore([10, 9, 9, 10, 9, 8, 7, 6, 3, 0]);
 * nps.score; // => 20
 * [nps.promoters, nps.passives, nps.detractors]; // => [5, 2, 3]
 * nps.interval.lower.toFixed(1); // => "-30.3"
 * netPromoterScore(new Uint8Array([10, 10, 0])).score.toFixed(2); // => "33.33"
 * ```
 * @see {@link customerSatisfactionScore}
 * @category Indices
 */
export function netPromoterScore(
  scores: AnswerColumn,
  options?: NetPromoterScoreOptions | undefined,
): NetPromoterScoreResult {
  checkAnswerColumn("netPromoterScore", ["scores"], scores);
  const { level, interval, missing } = readOptions(options);
  const tally = tallyAnswers("netPromoterScore", ["scores"], scores, NPS_SCALE, 9, 6, missing === "reject");
  return netPromoterScoreOfCounts(
    "netPromoterScore",
    tally.atOrAbove,
    tally.atOrBelow,
    tally.answered,
    tally.missing,
    level,
    interval,
  );
}

/**
 * The NPS result of counts already validated (shared with the record readers).
 *
 * @internal
 */
export function netPromoterScoreOfCounts(
  fn: string,
  promoters: number,
  detractors: number,
  n: number,
  skipped: number,
  level: number,
  method: "adjusted-wald" | "wald",
): NetPromoterScoreResult {
  if (n === 0) {
    throw new ClienteleDomainError("insufficient_data", `${fn}: no answers to score (${skipped} missing)`);
  }
  const adjust = method === "adjusted-wald";
  const m = adjust ? n + 3 : n;
  const pPlus = (adjust ? promoters + 0.75 : promoters) / m;
  const pMinus = (adjust ? detractors + 0.75 : detractors) / m;
  const centre = pPlus - pMinus;
  const variance = Math.max(0, (pPlus + pMinus - centre * centre) / m);
  const half = twoSidedZ(level) * Math.sqrt(variance);
  return {
    score: (100 * (promoters - detractors)) / n,
    promoters,
    passives: n - promoters - detractors,
    detractors,
    n,
    skipped,
    interval: {
      lower: Math.max(-100, 100 * (centre - half)),
      upper: Math.min(100, 100 * (centre + half)),
      level,
      method,
    },
  };
}
