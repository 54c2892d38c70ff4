import * as z from "zod/mini";
import { describeReceived } from "../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector, type IssueCollector } from "../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { answerProblem } from "./_internal/answerProblem.ts";
import { isAnswerColumn, missingAnswerIssue } from "./_internal/tallyAnswers.ts";
import { type MissingAnswerPolicy, MissingAnswerPolicySchema } from "./MissingAnswerPolicySchema.ts";
import { type ResponseScale, ResponseScaleSchema } from "./ResponseScaleSchema.ts";
import { type ServqualDimension, servqualDimensions, servqualItems } from "./servqualItems.ts";

/** Number of SERVQUAL items. */
const ITEMS = 22;

/** Rows per block of the column kernel (2,048 × 22 answers × 2 columns stay in a core's cache). */
const BLOCK_ROWS = 2048;

/**
 * One respondent's SERVQUAL answers: 22 expectations and 22 perceptions, item k at index k − 1
 * (`null`/`undefined` for a missing answer).
 *
 * @example
 * ```ts
 * import type { ServqualResponse } from "clientele/satisfaction";
 * const r: ServqualResponse = { expectations: Array(22).fill(6), perceptions: Array(22).fill(5) };
 * ```
 * @category Service quality
 */
export interface ServqualResponse {
  /** Expectation answers, items 1–22 at indices 0–21. */
  readonly expectations: ArrayLike<number | null | undefined>;
  /** Perception answers, items 1–22 at indices 0–21. */
  readonly perceptions: ArrayLike<number | null | undefined>;
}

/**
 * Many respondents' SERVQUAL answers as two flat columns of n × 22 answers, row-major (respondent r's
 * item k at index 22·r + k − 1): the fast form for large surveys. In a `Float64Array`/`Float32Array`
 * `NaN` marks a missing answer.
 *
 * @example
 * ```ts
 * import type { ServqualColumns } from "clientele/satisfaction";
 * const cols: ServqualColumns = { expectations: new Float64Array(44).fill(6), perceptions: new Float64Array(44).fill(5) };
 * ```
 * @category Service quality
 */
export interface ServqualColumns {
  /** n × 22 expectation answers. */
  readonly expectations: ArrayLike<number | null | undefined>;
  /** n × 22 perception answers. */
  readonly perceptions: ArrayLike<number | null | undefined>;
}

/**
 * Importance points per dimension, e.g. 100 points allocated over the five dimensions (PZB 1988/1991
 * ask respondents to allocate 100): each ≥ 0, summing to 100.
 *
 * @example
 * ```ts
 * import type { ServqualImportance } from "clientele/satisfaction";
 * const points: ServqualImportance = { tangibles: 10, reliability: 30, responsiveness: 25, assurance: 20, empathy: 15 };
 * ```
 * @category Service quality
 */
export type ServqualImportance = Readonly<Record<ServqualDimension, number>>;

/**
 * Options of {@link servqualGaps}.
 *
 * @example
 * ```ts
 * import type { ServqualGapsOptions } from "clientele/satisfaction";
 * const options: ServqualGapsOptions = { scale: { min: 1, max: 7, integer: true }, missing: "skip" };
 * ```
 * @category Service quality
 */
export interface ServqualGapsOptions {
  /** The answer scale of every item. Default `{ min: 1, max: 7, integer: true }` (the 1988 instrument). */
  readonly scale?: ResponseScale | undefined;
  /** Importance points per dimension (summing to 100), for the weighted gaps. */
  readonly importance?: ServqualImportance | undefined;
  /** Missing answers: `"reject"` (default), `"skip"`, `"impute-midpoint"`, `"impute-mean"`. */
  readonly missing?: MissingAnswerPolicy | undefined;
}

/**
 * The gap of one SERVQUAL item.
 *
 * @example
 * ```ts
 * import type { ServqualItemGap } from "clientele/satisfaction";
 * const g: ServqualItemGap = { item: 1, dimension: "tangibles", expectation: 6, perception: 5, gap: -1, n: 2 };
 * ```
 * @category Service quality
 */
export interface ServqualItemGap {
  /** Item number, 1–22. */
  readonly item: number;
  /** Its dimension. */
  readonly dimension: ServqualDimension;
  /** Mean expectation. */
  readonly expectation: number;
  /** Mean perception. */
  readonly perception: number;
  /** perception − expectation (negative: service falls short of expectations). */
  readonly gap: number;
  /** Respondents in the means (under `"skip"`, those who answered both halves of the item). */
  readonly n: number;
}

/**
 * The importance-weighted gaps of {@link servqualGaps}.
 *
 * @example
 * ```ts
 * import type { ServqualWeightedGaps } from "clientele/satisfaction";
 * const w: ServqualWeightedGaps = {
 *   byDimension: { tangibles: 0, reliability: -0.45, responsiveness: -0.25, assurance: -0.2, empathy: -0.15 },
 *   overall: -1.05,
 * };
 * ```
 * @category Service quality
 */
export interface ServqualWeightedGaps {
  /** Each dimension's gap × its importance points / 100. */
  readonly byDimension: Readonly<Record<ServqualDimension, number>>;
  /** Their sum: the importance-weighted SERVQUAL score. */
  readonly overall: number;
}

/**
 * What {@link servqualGaps} returns.
 *
 * @example
 * ```ts
 * import { servqualGaps, type ServqualGapsResult } from "clientele/satisfaction";
 * const r: ServqualGapsResult = servqualGaps([{ expectations: Array(22).fill(6), perceptions: Array(22).fill(5) }]);
 * r.overall; // => -1
 * ```
 * @category Service quality
 */
export interface ServqualGapsResult {
  /** The 22 item gaps, item 1 first. */
  readonly items: readonly ServqualItemGap[];
  /** Gap per dimension: the mean of its items' gaps. */
  readonly byDimension: Readonly<Record<ServqualDimension, number>>;
  /** Unweighted SERVQUAL score: the mean of the five dimension gaps. */
  readonly overall: number;
  /**
   * Importance-weighted gaps, when `options.importance` is given: each dimension's gap × its points / 100,
   * and their sum.
   */
  readonly weighted: ServqualWeightedGaps | undefined;
  /** Respondents. */
  readonly n: number;
  /** Missing answers found (expectations and perceptions). */
  readonly missing: number;
  /** Respondent-item pairs left out (`"skip"`). */
  readonly skipped: number;
  /** Answers imputed (`"impute-midpoint"`, `"impute-mean"`). */
  readonly imputed: number;
}

const finitePoints = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

const ImportanceSchema = /* @__PURE__ */ z
  .strictObject({
    tangibles: finitePoints,
    reliability: finitePoints,
    responsiveness: finitePoints,
    assurance: finitePoints,
    empathy: finitePoints,
  })
  .check(
    /* @__PURE__ */ z.superRefine((points, ctx) => {
      const sum = points.tangibles + points.reliability + points.responsiveness + points.assurance + points.empathy;
      if (Math.abs(sum - 100) > 1e-6) {
        ctx.addIssue({
          code: "custom",
          path: [],
          message: `expected importance points summing to 100, received ${sum}`,
        });
      }
    }),
  );

const OptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({
    scale: /* @__PURE__ */ z.optional(ResponseScaleSchema),
    importance: /* @__PURE__ */ z.optional(ImportanceSchema),
    missing: /* @__PURE__ */ z.optional(MissingAnswerPolicySchema),
  }),
);

const DEFAULT_SCALE: ResponseScale = { min: 1, max: 7, integer: true };

/**
 * Per-item sums, gathered in one pass.
 *
 * @internal
 */
export interface Sums {
  /** Respondents. */
  n: number;
  readonly eSum: Float64Array;
  readonly eCount: Float64Array;
  readonly pSum: Float64Array;
  readonly pCount: Float64Array;
  /** Sums over respondents who answered both halves of an item. */
  readonly pairE: Float64Array;
  readonly pairP: Float64Array;
  readonly pairCount: Float64Array;
  missing: number;
}

/**
 * Empty sums.
 *
 * @internal
 */
export function newSums(): Sums {
  const a = () => new Float64Array(ITEMS);
  return { n: 0, eSum: a(), eCount: a(), pSum: a(), pCount: a(), pairE: a(), pairP: a(), pairCount: a(), missing: 0 };
}

/**
 * SERVQUAL gap scores (Parasuraman, Zeithaml & Berry 1988): perception − expectation per item, per
 * dimension and overall, unweighted and importance-weighted.
 *
 * @remarks
 * Item gap = mean perception − mean expectation over respondents. A dimension's gap is the mean of its
 * items' gaps (tangibles 1–4, reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22);
 * the unweighted overall score is the mean of the five dimension gaps (PZB's unweighted SERVQUAL score,
 * which gives each dimension the same weight whatever its number of items). With `importance`
 * points wᵈ (summing to 100) the weighted dimension gap is gapᵈ · wᵈ / 100 and the weighted overall
 * score their sum: one importance vector for the sample (e.g. the mean of respondents' allocations), not
 * per respondent.
 *
 * Missing answers follow `missing`: `"skip"` computes each item over the respondents who answered both
 * its expectation and its perception (`skipped` counts the pairs left out); `"impute-midpoint"` uses
 * the scale's midpoint and `"impute-mean"` the item's mean (expectation and perception apart) for each
 * missing answer (`imputed` counts them). Pass {@link ServqualColumns} (typed arrays) for a million
 * respondents: when every answer is given and on the scale it is one pass with no allocation per
 * respondent; columns holding a missing or bad answer are summed again answer by answer (which also
 * words the issues).
 *
 * @param responses - One {@link ServqualResponse} per respondent, or {@link ServqualColumns}.
 * @param options - `scale` (1–7 whole), `importance`, `missing` (`"reject"`).
 * @returns Gaps per item, `byDimension`, `overall`, and `weighted` when importance is given.
 * @throws {@link ClienteleInputError} `invalid_input` at the path of each answer off the scale (or missing
 *   under `"reject"`), at a row or column of the wrong length, and at `options.*`.
 * @throws {@link ClienteleDomainError} `insufficient_data` when there are no respondents, or an item has
 *   no answers to average.
 * @example
 * ```ts
 * import { servqualGaps } from "clientele/satisfaction";
 * const e = Array(22).fill(6);
 * const p = [...Array(4).fill(6), ...Array(5).fill(4), ...Array(13).fill(5)];
 * const r = servqualGaps([{ expectations: e, perceptions: p }]);
 * r.byDimension.tangibles; // => 0
 * r.byDimension.reliability; // => -2
 * r.overall; // => -1 (mean of 0, −2, −1, −1, −1)
 * ```
 * @category Service quality
 */
export function servqualGaps(
  responses: readonly ServqualResponse[] | ServqualColumns,
  options?: ServqualGapsOptions | undefined,
): ServqualGapsResult {
  const fn = "servqualGaps";
  const o = parseInput(fn, OptionsSchema, options, ["options"]) ?? {};
  const scale = o.scale ?? DEFAULT_SCALE;
  const policy = o.missing ?? "reject";
  const sums = Array.isArray(responses)
    ? sumRows(fn, responses as readonly ServqualResponse[], scale, policy)
    : sumColumns(fn, responses as ServqualColumns, scale, policy);
  return servqualOfSums(fn, sums, scale, policy, o.importance);
}

/** Whether `a` is a valid answer on the scale (the inlined fast check). */
function onScale(a: unknown, min: number, max: number, whole: boolean): a is number {
  return typeof a === "number" && a >= min && a <= max && (!whole || Math.floor(a) === a);
}

function isMissing(a: unknown, nanIsMissing: boolean): boolean {
  return a === null || a === undefined || (nanIsMissing && Number.isNaN(a));
}

/**
 * The hot loop: sums expectations and perceptions per item while every answer is a number on the scale;
 * returns false at the first that is not (missing, off the scale, not whole), leaving the sums partial.
 */
function sumCleanColumns(
  e: ArrayLike<number>,
  p: ArrayLike<number>,
  n: number,
  min: number,
  max: number,
  whole: boolean,
  fastE: Float64Array,
  fastP: Float64Array,
): boolean {
  // Blocks of rows small enough to stay in cache, summed item by item in registers: about twice as fast
  // as adding every answer into a per-item array.
  for (let r0 = 0; r0 < n; r0 += BLOCK_ROWS) {
    const end = Math.min(n, r0 + BLOCK_ROWS) * ITEMS;
    for (let k = 0; k < ITEMS; k++) {
      let se = 0;
      let sp = 0;
      for (let i = r0 * ITEMS + k; i < end; i += ITEMS) {
        const ev = e[i]!;
        const pv = p[i]!;
        if (typeof ev !== "number" || typeof pv !== "number") return false;
        // NaN fails these comparisons.
        if (!(ev >= min && ev <= max && pv >= min && pv <= max)) return false;
        if (whole && (Math.floor(ev) !== ev || Math.floor(pv) !== pv)) return false;
        se += ev;
        sp += pv;
      }
      fastE[k]! += se;
      fastP[k]! += sp;
    }
  }
  return true;
}

function nanMeansMissing(column: unknown): boolean {
  return column instanceof Float64Array || column instanceof Float32Array;
}

/**
 * Adds one respondent's item to the sums; returns whether it was valid (the caller words the issues).
 *
 * @internal
 */
export function addItem(
  sums: Sums,
  k: number,
  e: unknown,
  p: unknown,
  eNan: boolean,
  pNan: boolean,
  scale: ResponseScale,
  reject: boolean,
): boolean {
  const whole = scale.integer === true;
  const eOk = onScale(e, scale.min, scale.max, whole);
  const pOk = onScale(p, scale.min, scale.max, whole);
  if (eOk) {
    sums.eSum[k]! += e;
    sums.eCount[k]!++;
  } else if (isMissing(e, eNan)) {
    sums.missing++;
    if (reject) return false;
  } else {
    return false;
  }
  if (pOk) {
    sums.pSum[k]! += p;
    sums.pCount[k]!++;
  } else if (isMissing(p, pNan)) {
    sums.missing++;
    if (reject) return false;
  } else {
    return false;
  }
  if (eOk && pOk) {
    sums.pairE[k]! += e;
    sums.pairP[k]! += p;
    sums.pairCount[k]!++;
  }
  return true;
}

function sumRows(
  fn: string,
  rows: readonly ServqualResponse[],
  scale: ResponseScale,
  policy: MissingAnswerPolicy,
): Sums {
  const sums = newSums();
  const reject = policy === "reject";
  let ok = true;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const e = (row as ServqualResponse | undefined)?.expectations;
    const p = (row as ServqualResponse | undefined)?.perceptions;
    if (!isAnswerColumn(e) || !isAnswerColumn(p) || e.length !== ITEMS || p.length !== ITEMS) {
      ok = false;
      continue;
    }
    const eNan = nanMeansMissing(e);
    const pNan = nanMeansMissing(p);
    for (let k = 0; k < ITEMS; k++) {
      if (!addItem(sums, k, e[k], p[k], eNan, pNan, scale, reject)) ok = false;
    }
  }
  sums.n = rows.length;
  if (!ok) throwRowIssues(fn, rows, scale, reject);
  return sums;
}

function sumColumns(fn: string, columns: ServqualColumns, scale: ResponseScale, policy: MissingAnswerPolicy): Sums {
  const e = (columns as ServqualColumns | null | undefined)?.expectations;
  const p = (columns as ServqualColumns | null | undefined)?.perceptions;
  const issues = createIssueCollector();
  if (typeof columns !== "object" || columns === null) {
    collectIssue(issues, () => ({
      code: "invalid_type",
      path: ["responses"],
      message: `expected an array of responses or { expectations, perceptions } columns, received ${describeReceived(columns)}`,
    }));
  } else {
    for (const [key, column] of [
      ["expectations", e],
      ["perceptions", p],
    ] as const) {
      if (!isAnswerColumn(column) || column.length % ITEMS !== 0) {
        collectIssue(issues, () => ({
          code: "invalid_value",
          path: ["responses", key],
          message: `expected an array or typed array of n × 22 answers, received ${isAnswerColumn(column) ? `${column.length} answers` : describeReceived(column)}`,
        }));
      }
    }
    if (issues.count === 0 && e!.length !== p!.length) {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: ["responses", "perceptions"],
        message: `expected as many perceptions as expectations (${e!.length}), received ${p!.length}`,
      }));
    }
  }
  if (issues.count > 0)
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  const ec = e!;
  const pc = p!;
  const sums = newSums();
  const reject = policy === "reject";
  const eNan = nanMeansMissing(ec);
  const pNan = nanMeansMissing(pc);
  const { min, max } = scale;
  const whole = scale.integer === true;
  const n = ec.length / ITEMS;
  // One tight pass for the common case, every answer given and on the scale; a column with anything
  // else (missing or bad answers) is summed again item by item, which also words the issues.
  const fastE = new Float64Array(ITEMS);
  const fastP = new Float64Array(ITEMS);
  if (sumCleanColumns(ec as ArrayLike<number>, pc as ArrayLike<number>, n, min, max, whole, fastE, fastP)) {
    for (let k = 0; k < ITEMS; k++) {
      sums.eSum[k] = fastE[k]!;
      sums.pairE[k] = fastE[k]!;
      sums.pSum[k] = fastP[k]!;
      sums.pairP[k] = fastP[k]!;
      sums.eCount[k] = n;
      sums.pCount[k] = n;
      sums.pairCount[k] = n;
    }
  } else {
    let ok = true;
    for (let i = 0; i < ec.length; i++) {
      if (!addItem(sums, i % ITEMS, ec[i], pc[i], eNan, pNan, scale, reject)) ok = false;
    }
    if (!ok) throwColumnIssues(fn, ec, pc, scale, reject);
  }
  sums.n = n;
  return sums;
}

function answerIssue(
  issues: IssueCollector,
  path: (string | number)[],
  a: unknown,
  nan: boolean,
  scale: ResponseScale,
  reject: boolean,
): void {
  if (isMissing(a, nan)) {
    if (reject) collectIssue(issues, () => missingAnswerIssue(path));
    return;
  }
  const problem = answerProblem(a, scale);
  if (problem !== undefined) {
    collectIssue(issues, () => ({ code: "invalid_value", path, message: problem, received: describeReceived(a) }));
  }
}

function throwRowIssues(fn: string, rows: readonly ServqualResponse[], scale: ResponseScale, reject: boolean): never {
  const issues = createIssueCollector();
  for (let r = 0; r < rows.length; r++) {
    const row: unknown = rows[r];
    if (typeof row !== "object" || row === null) {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["responses", r],
        message: `expected { expectations, perceptions }, received ${describeReceived(row)}`,
      }));
      continue;
    }
    for (const key of ["expectations", "perceptions"] as const) {
      const column = (row as Record<string, unknown>)[key];
      if (!isAnswerColumn(column) || column.length !== ITEMS) {
        collectIssue(issues, () => ({
          code: "invalid_value",
          path: ["responses", r, key],
          message: `expected 22 answers (items 1–22), received ${isAnswerColumn(column) ? `${column.length}` : describeReceived(column)}`,
        }));
        continue;
      }
      const nan = nanMeansMissing(column);
      for (let k = 0; k < ITEMS; k++) answerIssue(issues, ["responses", r, key, k], column[k], nan, scale, reject);
    }
  }
  throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
}

function throwColumnIssues(
  fn: string,
  e: ArrayLike<unknown>,
  p: ArrayLike<unknown>,
  scale: ResponseScale,
  reject: boolean,
): never {
  const issues = createIssueCollector();
  const eNan = nanMeansMissing(e);
  const pNan = nanMeansMissing(p);
  for (let i = 0; i < e.length; i++) {
    answerIssue(issues, ["responses", "expectations", i], e[i], eNan, scale, reject);
    answerIssue(issues, ["responses", "perceptions", i], p[i], pNan, scale, reject);
  }
  throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
}

/**
 * The SERVQUAL result of sums already validated (shared with the record readers).
 *
 * @internal
 */
export function servqualOfSums(
  fn: string,
  sums: Sums,
  scale: ResponseScale,
  policy: MissingAnswerPolicy,
  importance: ServqualImportance | undefined,
): ServqualGapsResult {
  if (sums.n === 0) throw new ClienteleDomainError("insufficient_data", `${fn}: no respondents`);
  const mid = (scale.min + scale.max) / 2;
  const items: ServqualItemGap[] = [];
  let skipped = 0;
  let imputed = 0;
  for (let k = 0; k < ITEMS; k++) {
    let expectation: number;
    let perception: number;
    let n: number;
    if (policy === "skip" || policy === "reject") {
      n = sums.pairCount[k]!;
      skipped += sums.n - n;
      if (n === 0) throw noAnswers(fn, k);
      expectation = sums.pairE[k]! / n;
      perception = sums.pairP[k]! / n;
    } else {
      n = sums.n;
      const eMissing = n - sums.eCount[k]!;
      const pMissing = n - sums.pCount[k]!;
      imputed += eMissing + pMissing;
      if (policy === "impute-mean") {
        if (sums.eCount[k] === 0 || sums.pCount[k] === 0) throw noAnswers(fn, k);
        expectation = sums.eSum[k]! / sums.eCount[k]!;
        perception = sums.pSum[k]! / sums.pCount[k]!;
      } else {
        expectation = (sums.eSum[k]! + eMissing * mid) / n;
        perception = (sums.pSum[k]! + pMissing * mid) / n;
      }
    }
    items.push({
      item: k + 1,
      dimension: servqualItems[k]!.dimension,
      expectation,
      perception,
      gap: perception - expectation,
      n,
    });
  }
  const byDimension = {} as Record<ServqualDimension, number>;
  let overall = 0;
  for (const d of servqualDimensions) {
    let sum = 0;
    for (const item of d.items) sum += items[item - 1]!.gap;
    byDimension[d.dimension] = sum / d.items.length;
    overall += byDimension[d.dimension] / servqualDimensions.length;
  }
  let weighted: ServqualGapsResult["weighted"];
  if (importance !== undefined) {
    const w = {} as Record<ServqualDimension, number>;
    let total = 0;
    for (const d of servqualDimensions) {
      w[d.dimension] = (byDimension[d.dimension] * importance[d.dimension]) / 100;
      total += w[d.dimension];
    }
    weighted = { byDimension: w, overall: total };
  }
  return { items, byDimension, overall, weighted, n: sums.n, missing: sums.missing, skipped, imputed };
}

function noAnswers(fn: string, k: number): ClienteleDomainError {
  return new ClienteleDomainError("insufficient_data", `${fn}: item ${k + 1} has no answers to average`);
}
