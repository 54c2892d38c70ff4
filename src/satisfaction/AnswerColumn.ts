/**
 * A column of survey answers, one per respondent: a plain array (`null` or `undefined` marks a missing
 * answer) or a typed array (`Uint8Array`, `Float64Array`, …; in a `Float32Array`/`Float64Array` `NaN`
 * marks a missing answer, the only way a typed array can). Typed arrays are the fast form for millions
 * of answers.
 *
 * @example
 * ```ts
 * import type { AnswerColumn } from "clientele/satisfaction";
 * const plain: AnswerColumn = [10, 9, null, 6];
 * const typed: AnswerColumn = new Uint8Array([10, 9, 6]);
 * ```
 * @category Indices
 */
export type AnswerColumn = ArrayLike<number | null | undefined>;
