// Oliver's (1980) disconfirmation per attribute for one response: the reader and kernel shared by
// disconfirmation (one respondent) and disconfirmations (many).
import * as z from "zod/mini";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { collectIssue, collectThrown, type IssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { DisconfirmationForm, DisconfirmationResult } from "../DisconfirmationResult.ts";
import { type MissingAnswerPolicy, MissingAnswerPolicySchema } from "../MissingAnswerPolicySchema.ts";
import { type ResponseScale, ResponseScaleSchema } from "../ResponseScaleSchema.ts";
import { answerProblem } from "./answerProblem.ts";
import { type ItemMeans, itemKey } from "./scoreChainResponse.ts";

type Path = readonly (string | number)[];

/** The options of disconfirmation and disconfirmations. @internal */
export const DisconfirmationOptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({
    form: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["subtractive", "ratio"])),
    missing: /* @__PURE__ */ z.optional(MissingAnswerPolicySchema),
  }),
);

/** @internal */
export interface DisconfirmationState {
  readonly fn: string;
  readonly form: DisconfirmationForm;
  readonly policy: MissingAnswerPolicy;
  readonly means: ItemMeans | undefined;
  readonly collector: IssueCollector;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Disconfirmation per attribute of one response, or `undefined` when it is invalid (issues collected).
 *
 * @throws {@link ClienteleDomainError} `domain_error` for the ratio form on a scale with min ≤ 0;
 *   `insufficient_data` for `impute-mean` on an item nobody answered.
 * @internal
 */
export function disconfirmationOf(
  response: unknown,
  path: Path,
  state: DisconfirmationState,
): DisconfirmationResult | undefined {
  const { collector, fn } = state;
  if (!isObject(response)) {
    collectIssue(collector, () => ({
      code: "invalid_type",
      path,
      message: `expected a survey response object, received ${describeReceived(response)}`,
    }));
    return undefined;
  }
  const scale = collectThrown(collector, () =>
    parseInput(fn, ResponseScaleSchema, response.scale, [...path, "scale"]),
  ) as ResponseScale | undefined;
  if (scale === undefined) return undefined;
  if (state.form === "ratio" && !(scale.min > 0)) {
    throw new ClienteleDomainError("domain_error", `${fn}: the ratio form needs expectations above 0`, {
      issues: [
        {
          code: "custom",
          path: [...path, "scale", "min"],
          message: `expected a scale with min above 0 for performance / expectation, received min ${scale.min} (use the subtractive form)`,
        },
      ],
    });
  }
  const attributes = response.attributes;
  if (!Array.isArray(attributes) || attributes.length === 0) {
    collectIssue(collector, () => ({
      code: "invalid_type",
      path: [...path, "attributes"],
      message: `expected at least one attribute, received ${describeReceived(attributes)}`,
    }));
    return undefined;
  }
  let valid = true;
  let imputed = 0;
  let skipped = 0;
  const read = (value: unknown, kind: string, name: string, at: Path): number => {
    if (value === null || value === undefined) {
      switch (state.policy) {
        case "reject":
          collectIssue(collector, () => ({
            code: "invalid_type",
            path: at,
            message:
              'expected an answer, received nothing (missing answers are rejected: choose another "missing" policy)',
          }));
          valid = false;
          return Number.NaN;
        case "skip":
          skipped++;
          return Number.NaN;
        case "impute-midpoint":
          imputed++;
          return (scale.min + scale.max) / 2;
        case "impute-mean": {
          const mean = state.means?.get(itemKey(kind, name));
          if (mean === undefined) {
            throw new ClienteleDomainError("insufficient_data", `${fn}: no respondent answered an item to impute`, {
              issues: [
                { code: "custom", path: at, message: "no respondent answered this item, so its mean is undefined" },
              ],
            });
          }
          imputed++;
          return scale.min + (scale.max - scale.min) * mean;
        }
      }
    }
    const problem = answerProblem(value, scale);
    if (problem !== undefined) {
      collectIssue(collector, () => ({ code: "invalid_value", path: at, message: problem }));
      valid = false;
      return Number.NaN;
    }
    return value as number;
  };
  const out: DisconfirmationResult["attributes"][number][] = [];
  let sum = 0;
  for (let i = 0; i < attributes.length; i++) {
    const attribute: unknown = attributes[i];
    const at: Path = [...path, "attributes", i];
    if (!isObject(attribute) || typeof attribute.name !== "string" || attribute.name.length === 0) {
      collectIssue(collector, () => ({
        code: "invalid_type",
        path: isObject(attribute) ? [...at, "name"] : at,
        message: `expected an attribute with a non-empty name, received ${describeReceived(isObject(attribute) ? attribute.name : attribute)}`,
      }));
      valid = false;
      continue;
    }
    const name = attribute.name;
    const expectation = read(attribute.expectation, "expectation", name, [...at, "expectation"]);
    const performance = read(attribute.performance, "performance", name, [...at, "performance"]);
    if (Number.isNaN(expectation) || Number.isNaN(performance)) continue;
    const value = state.form === "ratio" ? performance / expectation : performance - expectation;
    sum += value;
    out.push({ name, expectation, performance, disconfirmation: value });
  }
  if (!valid) return undefined;
  return {
    form: state.form,
    attributes: out,
    mean: out.length > 0 ? sum / out.length : undefined,
    imputed,
    skipped,
  };
}
