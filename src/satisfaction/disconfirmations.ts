import { describeReceived } from "../_lib/describeReceived.ts";
import { createIssueCollector } from "../_lib/issueCollector.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import {
  DisconfirmationOptionsSchema,
  type DisconfirmationState,
  disconfirmationOf,
} from "./_internal/disconfirmationOf.ts";
import { collectItemMeans } from "./_internal/scoreChainResponse.ts";
import type { DisconfirmationResponse, DisconfirmationResult } from "./DisconfirmationResult.ts";
import type { DisconfirmationOptions } from "./disconfirmation.ts";

const FN = "disconfirmations";

/**
 * What {@link disconfirmations} returns: each respondent's disconfirmation and the mean per attribute.
 *
 * @example
 * ```ts
 * import type { DisconfirmationSummary } from "clientele/satisfaction";
 * const summary: DisconfirmationSummary = {
 *   form: "subtractive", respondents: [], byAttribute: [{ name: "price", mean: 0.5, n: 2 }], imputed: 0, skipped: 0,
 * };
 * ```
 * @category Disconfirmation
 */
export interface DisconfirmationSummary {
  /** The form computed. */
  readonly form: DisconfirmationResult["form"];
  /** One result per response, in order. */
  readonly respondents: readonly DisconfirmationResult[];
  /** Per attribute name (in order of first appearance): the mean disconfirmation and how many respondents. */
  readonly byAttribute: readonly {
    /** The attribute's name. */
    readonly name: string;
    /** Its mean disconfirmation over the respondents who rated it. */
    readonly mean: number;
    /** How many respondents rated it. */
    readonly n: number;
  }[];
  /** Answers imputed over all responses. */
  readonly imputed: number;
  /** Missing answers skipped over all responses. */
  readonly skipped: number;
}

/**
 * {@link disconfirmation} for many respondents, with the mean per attribute. `"impute-mean"` is available
 * here: a missing answer takes its item's mean position over the respondents who answered it (items
 * matched by attribute name and kind).
 *
 * @param responses - One {@link DisconfirmationResponse} per respondent; not mutated.
 * @param options - The form and the missing-answer policy ({@link DisconfirmationOptions}).
 * @returns Per respondent and per attribute ({@link DisconfirmationSummary}).
 * @throws {@link ClienteleInputError} `invalid_input` for any bad answer (all reported, at their paths).
 * @throws {@link ClienteleDomainError} `domain_error` for the ratio form on a scale with min ≤ 0;
 *   `insufficient_data` for `"impute-mean"` on an item nobody answered.
 * @example
 * ```ts
 * import { disconfirmations } from "clientele/satisfaction";
 * const scale = { min: 1, max: 5 };
 * const summary = disconfirmations([
 *   { scale, attributes: [{ name: "price", expectation: 3, performance: 4 }] },
 *   { scale, attributes: [{ name: "price", expectation: 4, performance: 4 }] },
 * ]);
 * summary.byAttribute[0]; // => { name: "price", mean: 0.5, n: 2 }
 * ```
 * @category Disconfirmation
 */
export function disconfirmations(
  responses: readonly DisconfirmationResponse[],
  options?: DisconfirmationOptions,
): DisconfirmationSummary {
  const o = parseInput(FN, DisconfirmationOptionsSchema, options, ["options"]);
  if (!Array.isArray(responses)) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["responses"],
          message: `expected an array of survey responses, received ${describeReceived(responses)}`,
        },
      ],
    });
  }
  const policy = o?.missing ?? "reject";
  const state: DisconfirmationState = {
    fn: FN,
    form: o?.form ?? "subtractive",
    policy,
    means: policy === "impute-mean" ? collectItemMeans(responses) : undefined,
    collector: createIssueCollector(),
  };
  const respondents: DisconfirmationResult[] = [];
  const sums = new Map<string, { sum: number; n: number }>();
  let imputed = 0;
  let skipped = 0;
  for (let r = 0; r < responses.length; r++) {
    const result = disconfirmationOf(responses[r], ["responses", r], state);
    if (result === undefined) continue;
    respondents.push(result);
    imputed += result.imputed;
    skipped += result.skipped;
    for (const a of result.attributes) {
      const entry = sums.get(a.name);
      if (entry === undefined) sums.set(a.name, { sum: a.disconfirmation, n: 1 });
      else {
        entry.sum += a.disconfirmation;
        entry.n++;
      }
    }
  }
  if (state.collector.count > 0) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: state.collector.list,
      issueCount: state.collector.count,
    });
  }
  const byAttribute = [...sums].map(([name, { sum, n }]) => ({ name, mean: sum / n, n }));
  return { form: state.form, respondents, byAttribute, imputed, skipped };
}
