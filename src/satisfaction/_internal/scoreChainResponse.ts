// Reads one SatisfactionChainResponse into the construct scores of the chain (the units of
// SatisfactionConstruct): answers checked against the response's scale, missing answers handled by the
// caller's policy, issues gathered in a capped collector. One reader for satisfactionChain and
// fitSatisfactionChain, so that both score a response the same way.
import { describeReceived } from "../../_lib/describeReceived.ts";
import { collectIssue, collectThrown, type IssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { MissingAnswerPolicy } from "../MissingAnswerPolicySchema.ts";
import { type ResponseScale, ResponseScaleSchema } from "../ResponseScaleSchema.ts";
import { answerProblem } from "./answerProblem.ts";

/** Offsets of the construct scores in a scored row, in path order. @internal */
export const DESIRES = 0;
/** @internal */
export const EXPECTATIONS = 1;
/** @internal */
export const PERFORMANCE = 2;
/** @internal */
export const DESIRES_CONGRUENCY = 3;
/** @internal */
export const EXPECTATIONS_CONGRUENCY = 4;
/** @internal */
export const ATTRIBUTE_SATISFACTION = 5;
/** @internal */
export const INFORMATION_SATISFACTION = 6;
/** @internal */
export const OVERALL_SATISFACTION = 7;
/** Scores per response. @internal */
export const CONSTRUCT_COUNT = 8;

type Path = readonly (string | number)[];

/**
 * One attribute as scored: its answers on the response's scale (imputed ones filled in) and its positions.
 *
 * @internal
 */
export interface ScoredAttribute {
  readonly name: string;
  readonly index: number;
  readonly desire: number;
  readonly expectation: number;
  readonly performance: number;
  /** The satisfaction answer, or `undefined` when not asked or skipped. */
  readonly satisfaction: number | undefined;
  /** Positions on the scale, (x − min) / (max − min). */
  readonly desirePosition: number;
  readonly expectationPosition: number;
  readonly performancePosition: number;
  /** Satisfaction in −1…1, or `undefined`. */
  readonly satisfactionScore: number | undefined;
}

/** Item means (positions on the scale, 0…1) for `impute-mean`, by item key. @internal */
export type ItemMeans = ReadonlyMap<string, number>;

/**
 * What the reader carries from one response to the next.
 *
 * @internal
 */
export interface ChainScoring {
  readonly fn: string;
  readonly policy: MissingAnswerPolicy;
  /**
   * `"item"`: a skipped answer leaves its item out (an attribute missing a desire, expectation or
   * performance answer leaves the attribute out) and `skipped` counts answers; `"respondent"`: it leaves the
   * whole response out and `skipped` counts responses.
   */
  readonly skipUnit: "item" | "respondent";
  readonly collector: IssueCollector;
  readonly means: ItemMeans | undefined;
  /** The last scale object that validated (responses sharing one scale object validate it once). */
  lastScale: unknown;
  /** Reused by every response. */
  readonly scratch: Scratch;
  imputed: number;
  skipped: number;
}

/** The key of an item for `impute-mean`. @internal */
export function itemKey(kind: string, attribute: string): string {
  return `${kind}\u0000${attribute}`;
}

const ANSWER_KINDS = ["desire", "expectation", "performance"] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Per-response scratch of the reader (reset by each call). @internal */
export interface Scratch {
  invalid: boolean;
  skipped: number;
}

/** Where an answer sits: the response's path (prefix, then its index if any), then up to three segments. */
function answerPath(
  prefix: Path,
  index: number | undefined,
  a: string | number,
  b?: string | number,
  c?: string | number,
): Path {
  const out = prefix.slice();
  if (index !== undefined) out.push(index);
  out.push(a);
  if (b !== undefined) out.push(b);
  if (c !== undefined) out.push(c);
  return out;
}

/**
 * One answer: its value on the scale, or NaN (invalid, with an issue collected, or skipped under "skip").
 * No closure and no string is built unless the answer is missing or bad, so the fit's hot loop allocates
 * nothing per answer.
 */
function readAnswer(
  state: ChainScoring,
  scratch: Scratch,
  scale: ResponseScale,
  value: unknown,
  kind: string,
  item: string,
  prefix: Path,
  index: number | undefined,
  a: string | number,
  b?: string | number,
  c?: string | number,
): number {
  if (typeof value === "number" && value >= scale.min && value <= scale.max) {
    if (scale.integer !== true || Number.isInteger(value)) return value;
  }
  if (value === null || value === undefined) {
    switch (state.policy) {
      case "reject":
        collectIssue(state.collector, () => ({
          code: "invalid_type",
          path: answerPath(prefix, index, a, b, c),
          message:
            'expected an answer, received nothing (missing answers are rejected: choose another "missing" policy)',
        }));
        scratch.invalid = true;
        return Number.NaN;
      case "skip":
        scratch.skipped++;
        return Number.NaN;
      case "impute-midpoint":
        state.imputed++;
        return (scale.min + scale.max) / 2;
      case "impute-mean": {
        const mean = state.means?.get(itemKey(kind, item));
        if (mean === undefined) {
          throw new ClienteleDomainError("insufficient_data", `${state.fn}: no respondent answered an item to impute`, {
            issues: [
              {
                code: "custom",
                path: answerPath(prefix, index, a, b, c),
                message: "no respondent answered this item, so its mean is undefined",
              },
            ],
          });
        }
        state.imputed++;
        return scale.min + (scale.max - scale.min) * mean;
      }
    }
  }
  const problem = answerProblem(value, scale) ?? "expected a valid answer";
  collectIssue(state.collector, () => ({
    code: "invalid_value",
    path: answerPath(prefix, index, a, b, c),
    message: problem,
  }));
  scratch.invalid = true;
  return Number.NaN;
}

/**
 * Scores one response into `out[at … at + 7]` (desires, expectations, performance, the two congruencies,
 * then attribute, information and overall satisfaction, NaN where the response does not measure them).
 *
 * @param prefix - The path of the response's argument (`["responses"]`, `["response"]`).
 * @param index - The response's index in `prefix`, or `undefined` for a single response.
 * @returns `true` when scored; `false` when the response was invalid (issues collected) or skipped
 *   (`state.skipped` counted).
 * @internal
 */
export function scoreChainResponse(
  response: unknown,
  prefix: Path,
  index: number | undefined,
  state: ChainScoring,
  out: Float64Array,
  at: number,
  attributesOut?: ScoredAttribute[],
): boolean {
  const { collector } = state;
  if (!isObject(response)) {
    collectIssue(collector, () => ({
      code: "invalid_type",
      path: index === undefined ? prefix : [...prefix, index],
      message: `expected a survey response object, received ${describeReceived(response)}`,
    }));
    return false;
  }
  const scaleInput = response.scale;
  if (scaleInput === undefined || scaleInput !== state.lastScale) {
    const parsed = collectThrown(collector, () =>
      parseInput(state.fn, ResponseScaleSchema, scaleInput, answerPath(prefix, index, "scale")),
    );
    if (parsed === undefined) return false;
    state.lastScale = scaleInput;
  }
  const scale = scaleInput as ResponseScale;
  const span = scale.max - scale.min;
  const attributes = response.attributes;
  if (!Array.isArray(attributes) || attributes.length === 0) {
    collectIssue(collector, () => ({
      code: "invalid_type",
      path: answerPath(prefix, index, "attributes"),
      message: `expected at least one attribute, received ${describeReceived(attributes)}`,
    }));
    return false;
  }
  const scratch = state.scratch;
  scratch.invalid = false;
  scratch.skipped = 0;
  let kept = 0;
  let sumD = 0;
  let sumE = 0;
  let sumP = 0;
  let sumSatisfaction = 0;
  let satisfactionCount = 0;
  for (let i = 0; i < attributes.length; i++) {
    const attribute: unknown = attributes[i];
    if (!isObject(attribute)) {
      collectIssue(collector, () => ({
        code: "invalid_type",
        path: answerPath(prefix, index, "attributes", i),
        message: `expected an attribute object, received ${describeReceived(attribute)}`,
      }));
      scratch.invalid = true;
      continue;
    }
    const name = attribute.name;
    if (typeof name !== "string" || name.length === 0) {
      collectIssue(collector, () => ({
        code: "invalid_type",
        path: answerPath(prefix, index, "attributes", i, "name"),
        message: `expected a non-empty attribute name, received ${describeReceived(name)}`,
      }));
      scratch.invalid = true;
      continue;
    }
    for (let j = 0; j < i; j++) {
      const other: unknown = attributes[j];
      if (isObject(other) && other.name === name) {
        collectIssue(collector, () => ({
          code: "custom",
          path: answerPath(prefix, index, "attributes", i, "name"),
          message: `expected a unique attribute name, received "${name}" again (first at attributes[${j}])`,
        }));
        scratch.invalid = true;
      }
    }
    const desire = readAnswer(
      state,
      scratch,
      scale,
      attribute.desire,
      "desire",
      name,
      prefix,
      index,
      "attributes",
      i,
      "desire",
    );
    const expectation = readAnswer(
      state,
      scratch,
      scale,
      attribute.expectation,
      "expectation",
      name,
      prefix,
      index,
      "attributes",
      i,
      "expectation",
    );
    const performance = readAnswer(
      state,
      scratch,
      scale,
      attribute.performance,
      "performance",
      name,
      prefix,
      index,
      "attributes",
      i,
      "performance",
    );
    let satisfaction: number | undefined;
    const satisfactionInput = attribute.satisfaction;
    if (satisfactionInput !== undefined) {
      const v = readAnswer(
        state,
        scratch,
        scale,
        satisfactionInput,
        "satisfaction",
        name,
        prefix,
        index,
        "attributes",
        i,
        "satisfaction",
      );
      if (!Number.isNaN(v)) satisfaction = v;
    }
    if (Number.isNaN(desire) || Number.isNaN(expectation) || Number.isNaN(performance)) continue;
    const d = (desire - scale.min) / span;
    const e = (expectation - scale.min) / span;
    const p = (performance - scale.min) / span;
    sumD += d;
    sumE += e;
    sumP += p;
    kept++;
    const satisfactionScore = satisfaction === undefined ? undefined : (2 * (satisfaction - scale.min)) / span - 1;
    if (satisfactionScore !== undefined) {
      sumSatisfaction += satisfactionScore;
      satisfactionCount++;
    }
    attributesOut?.push({
      name,
      index: i,
      desire,
      expectation,
      performance,
      satisfaction,
      desirePosition: d,
      expectationPosition: e,
      performancePosition: p,
      satisfactionScore,
    });
  }
  let information = Number.NaN;
  const items = response.information;
  if (items !== undefined) {
    if (!Array.isArray(items)) {
      collectIssue(collector, () => ({
        code: "invalid_type",
        path: answerPath(prefix, index, "information"),
        message: `expected an array of information items, received ${describeReceived(items)}`,
      }));
      scratch.invalid = true;
    } else {
      let sum = 0;
      let count = 0;
      for (let i = 0; i < items.length; i++) {
        const v = readAnswer(
          state,
          scratch,
          scale,
          items[i],
          "information",
          String(i),
          prefix,
          index,
          "information",
          i,
        );
        if (Number.isNaN(v)) continue;
        sum += (2 * (v - scale.min)) / span - 1;
        count++;
      }
      if (count > 0) information = sum / count;
    }
  }
  let overall = Number.NaN;
  if (response.overall !== undefined) {
    const v = readAnswer(state, scratch, scale, response.overall, "overall", "", prefix, index, "overall");
    if (!Number.isNaN(v)) overall = (2 * (v - scale.min)) / span - 1;
  }
  if (scratch.invalid) return false;
  if (state.skipUnit === "respondent") {
    if (scratch.skipped > 0) {
      state.skipped++;
      return false;
    }
  } else {
    state.skipped += scratch.skipped;
    if (kept === 0) return false;
  }
  const D = sumD / kept;
  const E = sumE / kept;
  const P = sumP / kept;
  out[at + DESIRES] = D;
  out[at + EXPECTATIONS] = E;
  out[at + PERFORMANCE] = P;
  out[at + DESIRES_CONGRUENCY] = P - D;
  out[at + EXPECTATIONS_CONGRUENCY] = P - E;
  out[at + ATTRIBUTE_SATISFACTION] = satisfactionCount > 0 ? sumSatisfaction / satisfactionCount : Number.NaN;
  out[at + INFORMATION_SATISFACTION] = information;
  out[at + OVERALL_SATISFACTION] = overall;
  return true;
}

/**
 * Item means (positions on each response's scale) over the answers that are present and valid, for the
 * `impute-mean` policy. Responses or answers that are not valid are left to the main pass to report.
 *
 * @internal
 */
export function collectItemMeans(responses: ArrayLike<unknown>): ItemMeans {
  const sums = new Map<string, [number, number]>();
  const add = (key: string, value: unknown, scale: ResponseScale): void => {
    if (value === null || value === undefined || answerProblem(value, scale) !== undefined) return;
    const position = ((value as number) - scale.min) / (scale.max - scale.min);
    const entry = sums.get(key);
    if (entry === undefined) sums.set(key, [position, 1]);
    else {
      entry[0] += position;
      entry[1]++;
    }
  };
  for (let r = 0; r < responses.length; r++) {
    const response = responses[r];
    if (!isObject(response) || !isObject(response.scale)) continue;
    const scale = response.scale as unknown as ResponseScale;
    if (!(typeof scale.min === "number" && typeof scale.max === "number" && scale.max > scale.min)) continue;
    if (Array.isArray(response.attributes)) {
      for (const attribute of response.attributes as unknown[]) {
        if (!isObject(attribute) || typeof attribute.name !== "string") continue;
        for (const kind of ANSWER_KINDS) add(itemKey(kind, attribute.name), attribute[kind], scale);
        add(itemKey("satisfaction", attribute.name), attribute.satisfaction, scale);
      }
    }
    if (Array.isArray(response.information)) {
      const items = response.information as unknown[];
      for (let i = 0; i < items.length; i++) add(itemKey("information", String(i)), items[i], scale);
    }
    add(itemKey("overall", ""), response.overall, scale);
  }
  const means = new Map<string, number>();
  for (const [key, [sum, count]] of sums) means.set(key, sum / count);
  return means;
}
