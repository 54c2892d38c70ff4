import { createIssueCollector } from "../_lib/issueCollector.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import {
  DisconfirmationOptionsSchema,
  type DisconfirmationState,
  disconfirmationOf,
} from "./_internal/disconfirmationOf.ts";
import { refuseItemMean } from "./_internal/refuseItemMean.ts";
import type { DisconfirmationForm, DisconfirmationResponse, DisconfirmationResult } from "./DisconfirmationResult.ts";
import type { MissingAnswerPolicy } from "./MissingAnswerPolicySchema.ts";

const FN = "disconfirmation";

/**
 * Options of {@link disconfirmation} and {@link disconfirmations}.
 *
 * @example
 * ```ts
 * import type { DisconfirmationOptions } from "clientele/satisfaction";
 * const options: DisconfirmationOptions = { form: "ratio", missing: "skip" };
 * ```
 * @category Disconfirmation
 */
export interface DisconfirmationOptions {
  /** `"subtractive"` (default) or `"ratio"`. */
  readonly form?: DisconfirmationForm | undefined;
  /**
   * Missing answers: `"reject"` (default), `"skip"` (the attribute is left out, counted), `"impute-midpoint"`;
   * `"impute-mean"` only for {@link disconfirmations} (the item's mean over respondents, by attribute name).
   */
  readonly missing?: MissingAnswerPolicy | undefined;
}

/**
 * Disconfirmation of expectations (Oliver 1980, "A Cognitive Model of the Antecedents and Consequences of
 * Satisfaction Decisions", Journal of Marketing Research 17(4)) per attribute for one respondent:
 * subtractive, performance − expectation in scale points (0 = expectations confirmed, negative = worse than
 * expected), or ratio, performance / expectation (1 = confirmed).
 *
 * @remarks
 * The ratio form needs every expectation above 0, so it needs a scale whose `min` is above 0: on a scale
 * with min ≤ 0 it is a `domain_error` (whatever the answers), and the subtractive form is the one to use.
 * The ratio of two answers on an interval scale depends on where the scale starts (P/E on 1–7 is not P/E on
 * 0–6); prefer the subtractive form unless the scale has a true zero.
 *
 * @param response - Expectation and performance per attribute ({@link DisconfirmationResponse}); not mutated.
 * @param options - The form and the missing-answer policy.
 * @returns Per attribute and the mean ({@link DisconfirmationResult}).
 * @throws {@link ClienteleInputError} `invalid_input` for an answer off its scale (at its path), a missing
 *   answer under `"reject"`, a bad option.
 * @throws {@link ClienteleDomainError} `domain_error` for the ratio form on a scale with min ≤ 0.
 * @example
 * ```ts
 * import { disconfirmation } from "clientele/satisfaction";
 * const response = {
 *   scale: { min: 1, max: 7 },
 *   attributes: [
 *     { name: "delivery speed", expectation: 5, performance: 3 },
 *     { name: "price", expectation: 4, performance: 5 },
 *   ],
 * };
 * disconfirmation(response).mean; // => -0.5: ((3 − 5) + (5 − 4)) / 2
 * disconfirmation(response, { form: "ratio" }).attributes[1]?.disconfirmation; // => 1.25
 * ```
 * @category Disconfirmation
 */
export function disconfirmation(
  response: DisconfirmationResponse,
  options?: DisconfirmationOptions,
): DisconfirmationResult {
  const o = parseInput(FN, DisconfirmationOptionsSchema, options, ["options"]);
  const policy = o?.missing ?? "reject";
  refuseItemMean(FN, policy, "disconfirmations");
  const state: DisconfirmationState = {
    fn: FN,
    form: o?.form ?? "subtractive",
    policy,
    means: undefined,
    collector: createIssueCollector(),
  };
  const result = disconfirmationOf(response, ["response"], state);
  if (result === undefined || state.collector.count > 0) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: state.collector.list,
      issueCount: state.collector.count,
    });
  }
  return result;
}
