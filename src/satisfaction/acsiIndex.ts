import { describeReceived } from "../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector } from "../_lib/issueCollector.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { answerProblem } from "./_internal/answerProblem.ts";
import { type ResponseScale, ResponseScaleSchema } from "./ResponseScaleSchema.ts";

/**
 * Input of {@link acsiIndex}.
 *
 * @example
 * ```ts
 * import type { AcsiIndexInput } from "clientele/satisfaction";
 * const input: AcsiIndexInput = { itemScores: [8.2, 7.9, 7.1], weights: [0.4, 0.35, 0.25], scale: { min: 1, max: 10 } };
 * ```
 * @category Indices
 */
export interface AcsiIndexInput {
  /** One score per item on `scale`: the items' mean answers (a sample's index) or one respondent's answers. */
  readonly itemScores: readonly number[];
  /** One weight per item, each ≥ 0, summing to 1 (within 1e-9). */
  readonly weights: readonly number[];
  /** The items' answer scale (ACSI asks on 1–10). Only `min` and `max` are used: a mean need not be whole. */
  readonly scale: ResponseScale;
}

/**
 * What {@link acsiIndex} returns.
 *
 * @example
 * ```ts
 * import { acsiIndex, type AcsiIndexResult } from "clientele/satisfaction";
 * const r: AcsiIndexResult = acsiIndex({ itemScores: [10, 1], weights: [0.5, 0.5], scale: { min: 1, max: 10 } });
 * r.index; // => 50
 * ```
 * @category Indices
 */
export interface AcsiIndexResult {
  /** Σ wᵢ (x̄ᵢ − min) / (max − min) × 100, in 0…100. */
  readonly index: number;
  /** Each item's share of the index, wᵢ (x̄ᵢ − min) / (max − min) × 100 (they sum to `index`). */
  readonly contributions: readonly number[];
}

const WEIGHT_SUM_TOLERANCE = 1e-9;

/**
 * An ACSI-style satisfaction index on 0…100 from weighted item scores: each item's score rescaled from
 * its answer scale to 0…1, weighted, summed and × 100.
 *
 * @remarks
 * index = Σᵢ wᵢ · (x̄ᵢ − min) / (max − min) × 100, with weights wᵢ ≥ 0 summing to 1. This is the
 * transformation the American Customer Satisfaction Index uses to report its latent satisfaction score
 * on 0–100 from 1–10 items (Fornell, Johnson, Anderson, Cha & Bryant 1996, Journal of Marketing 60(4));
 * the ACSI's own weights are estimated by its PLS model each year and are not shipped here: the caller
 * supplies weights (equal weights `1/k` are a common stand-in, and say nothing about the ACSI's).
 * The index is linear in the scores, so the index of item means equals the mean of respondents'
 * indices.
 *
 * @param input - `itemScores`, `weights` (same length, summing to 1) and `scale`.
 * @returns The index and each item's contribution.
 * @throws {@link ClienteleInputError} `invalid_input` at `itemScores[i]` for a score off the scale, at
 *   `weights[i]` for a negative or non-finite weight, at `weights` when the lengths differ, when there are
 *   no items, or when the weights do not sum to 1, and at `scale` for a bad scale.
 * @example
 * ```ts
 * import { acsiIndex } from "clientele/satisfaction";
 * // (8.2−1)/9 × 0.4 + (7.9−1)/9 × 0.35 + (7.1−1)/9 × 0.25 = 0.32 + 0.26833 + 0.16944 → 75.78
 * acsiIndex({ itemScores: [8.2, 7.9, 7.1], weights: [0.4, 0.35, 0.25], scale: { min: 1, max: 10 } }).index.toFixed(2); // => "75.78"
 * ```
 * @category Indices
 */
export function acsiIndex(input: AcsiIndexInput): AcsiIndexResult {
  const fn = "acsiIndex";
  const { itemScores, weights, scale } = readAcsiInput(fn, input);
  const span = scale.max - scale.min;
  const contributions: number[] = [];
  let index = 0;
  for (let i = 0; i < itemScores.length; i++) {
    const c = (weights[i]! * (itemScores[i]! - scale.min) * 100) / span;
    contributions.push(c);
    index += c;
  }
  return { index: Math.min(100, Math.max(0, index)), contributions };
}

/** Validates the input of {@link acsiIndex}, every problem with its path. */
function readAcsiInput(fn: string, input: unknown): AcsiIndexInput {
  if (typeof input !== "object" || input === null) {
    const received = describeReceived(input);
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: [],
          message: `expected object, received ${received}`,
          expected: "object",
          received,
        },
      ],
    });
  }
  const { itemScores, weights, scale: rawScale } = input as Record<string, unknown>;
  const scale = parseInput(fn, ResponseScaleSchema, rawScale, ["scale"]);
  const issues = createIssueCollector();
  const range = { min: scale.min, max: scale.max };
  const scoresOk = Array.isArray(itemScores);
  const weightsOk = Array.isArray(weights);
  if (!scoresOk) collectIssue(issues, () => typeIssue(["itemScores"], itemScores));
  if (!weightsOk) collectIssue(issues, () => typeIssue(["weights"], weights));
  if (scoresOk) {
    for (let i = 0; i < itemScores.length; i++) {
      const problem = answerProblem(itemScores[i], range);
      if (problem !== undefined) {
        collectIssue(issues, () => ({ code: "invalid_value", path: ["itemScores", i], message: problem }));
      }
    }
  }
  if (weightsOk) {
    let sum = 0;
    let finite = true;
    for (let i = 0; i < weights.length; i++) {
      const w: unknown = weights[i];
      if (typeof w === "number" && Number.isFinite(w) && w >= 0) {
        sum += w;
      } else {
        finite = false;
        collectIssue(issues, () => ({
          code: "invalid_value",
          path: ["weights", i],
          message: `expected a finite weight ≥ 0, received ${describeReceived(w)}`,
          expected: "weight ≥ 0",
          received: describeReceived(w),
        }));
      }
    }
    if (scoresOk && weights.length !== itemScores.length) {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: ["weights"],
        message: `expected one weight per item score (${itemScores.length}), received ${weights.length}`,
      }));
    } else if (weights.length === 0) {
      collectIssue(issues, () => ({ code: "too_small", path: ["weights"], message: "expected at least one item" }));
    } else if (finite && Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: ["weights"],
        message: `expected weights summing to 1, received a sum of ${sum}`,
        expected: "Σ weights = 1",
        received: String(sum),
      }));
    }
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  return { itemScores: itemScores as number[], weights: weights as number[], scale };
}

function typeIssue(path: (string | number)[], value: unknown) {
  const received = describeReceived(value);
  return { code: "invalid_type", path, message: `expected array, received ${received}`, expected: "array", received };
}
