import { describeReceived } from "../../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { AnswerColumn } from "../AnswerColumn.ts";
import type { ResponseScale } from "../ResponseScaleSchema.ts";
import { answerProblem } from "./answerProblem.ts";

/**
 * Counts and sums of one column of answers, gathered in one pass without allocating per answer: the
 * figures every index of the area (NPS, CSAT, CES) is made of.
 *
 * @internal
 */
export interface AnswerTally {
  /** Answers given (missing ones not counted). */
  readonly answered: number;
  /** Answers missing (`null`/`undefined`, or `NaN` in a `Float32Array`/`Float64Array`). */
  readonly missing: number;
  /** Sum of the answers given. */
  readonly sum: number;
  /** Sum of their squares. */
  readonly sumOfSquares: number;
  /** How many answers were at least `high`. */
  readonly atOrAbove: number;
  /** How many answers were at most `low`. */
  readonly atOrBelow: number;
}

/**
 * Whether `answers` is an array or a typed array (not a `DataView`).
 *
 * @internal
 */
export function isAnswerColumn(answers: unknown): answers is AnswerColumn {
  return Array.isArray(answers) || (ArrayBuffer.isView(answers) && !(answers instanceof DataView));
}

/**
 * Throws `invalid_input` at `path` unless `answers` is an array or a typed array.
 *
 * @internal
 */
export function checkAnswerColumn(fn: string, path: readonly (string | number)[], answers: unknown): void {
  if (isAnswerColumn(answers)) return;
  const received = describeReceived(answers);
  throw new ClienteleInputError(`${fn}: invalid input`, {
    issues: [
      {
        code: "invalid_type",
        path: [...path],
        message: `expected an array or a typed array of answers, received ${received}`,
        expected: "array",
        received,
      },
    ],
  });
}

/**
 * One pass over a column of answers: validates each against `scale` (an answer off the scale is an
 * issue at `[...path, i]`; a missing one too when `rejectMissing`), and tallies the rest. Every bad
 * answer is counted, the first 10,000 kept, and the call throws `invalid_input` once at the end.
 *
 * @param fn - Public function name, for the error.
 * @param path - Path of the column, e.g. `["scores"]`.
 * @param answers - The column (checked with {@link checkAnswerColumn} by the caller).
 * @param scale - The declared scale.
 * @param high - Threshold of `atOrAbove`.
 * @param low - Threshold of `atOrBelow`.
 * @param rejectMissing - Whether a missing answer is an issue (policy `"reject"`).
 * @internal
 */
export function tallyAnswers(
  fn: string,
  path: readonly (string | number)[],
  answers: AnswerColumn,
  scale: ResponseScale,
  high: number,
  low: number,
  rejectMissing: boolean,
): AnswerTally {
  const { min, max } = scale;
  const whole = scale.integer === true;
  const nanIsMissing = answers instanceof Float64Array || answers instanceof Float32Array;
  const n = answers.length;
  let answered = 0;
  let missing = 0;
  let sum = 0;
  let sumOfSquares = 0;
  let atOrAbove = 0;
  let atOrBelow = 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const a = answers[i];
    if (typeof a === "number" && a >= min && a <= max && (!whole || Math.floor(a) === a)) {
      answered++;
      sum += a;
      sumOfSquares += a * a;
      if (a >= high) atOrAbove++;
      if (a <= low) atOrBelow++;
    } else if (a === null || a === undefined || (nanIsMissing && Number.isNaN(a))) {
      missing++;
      if (rejectMissing) bad++;
    } else {
      bad++;
    }
  }
  if (bad > 0) throwAnswerIssues(fn, path, answers, scale, rejectMissing, nanIsMissing);
  return { answered, missing, sum, sumOfSquares, atOrAbove, atOrBelow };
}

/** The slow path, taken only when something is wrong: a second pass that words each issue. */
function throwAnswerIssues(
  fn: string,
  path: readonly (string | number)[],
  answers: AnswerColumn,
  scale: ResponseScale,
  rejectMissing: boolean,
  nanIsMissing: boolean,
): never {
  const issues = createIssueCollector();
  for (let i = 0; i < answers.length; i++) {
    const a = answers[i];
    if (a === null || a === undefined || (nanIsMissing && Number.isNaN(a))) {
      if (rejectMissing) collectIssue(issues, () => missingAnswerIssue([...path, i]));
      continue;
    }
    const problem = answerProblem(a, scale);
    if (problem !== undefined) {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: [...path, i],
        message: problem,
        received: describeReceived(a),
      }));
    }
  }
  throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
}

/**
 * The issue of a missing answer under the `"reject"` policy.
 *
 * @internal
 */
export function missingAnswerIssue(path: (string | number)[]) {
  return {
    code: "invalid_value",
    path,
    message: 'expected an answer, received none (missing-answer policy "reject")',
    expected: "answer",
    received: "missing",
  } as const;
}
