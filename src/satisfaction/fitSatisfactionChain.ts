import * as z from "zod/mini";
import { describeReceived } from "../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector } from "../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { olsPathEquation } from "./_internal/olsPathEquation.ts";
import {
  ATTRIBUTE_SATISFACTION,
  type ChainScoring,
  CONSTRUCT_COUNT,
  collectItemMeans,
  DESIRES_CONGRUENCY,
  EXPECTATIONS,
  EXPECTATIONS_CONGRUENCY,
  INFORMATION_SATISFACTION,
  OVERALL_SATISFACTION,
  PERFORMANCE,
  scoreChainResponse,
} from "./_internal/scoreChainResponse.ts";
import { type MissingAnswerPolicy, MissingAnswerPolicySchema } from "./MissingAnswerPolicySchema.ts";
import type { SatisfactionChainEquationFit, SatisfactionChainFit } from "./SatisfactionChainFit.ts";
import type { SatisfactionConstruct } from "./SatisfactionChainModel.ts";
import type { SatisfactionChainResponse } from "./SatisfactionChainResponse.ts";

const FN = "fitSatisfactionChain";
const RESPONSES = ["responses"] as const;

/**
 * Options of {@link fitSatisfactionChain}.
 *
 * @example
 * ```ts
 * import type { FitSatisfactionChainOptions } from "clientele/satisfaction";
 * const options: FitSatisfactionChainOptions = { missing: "impute-mean" };
 * ```
 * @category Satisfaction chain
 */
export interface FitSatisfactionChainOptions {
  /**
   * Missing answers: `"reject"` (default), `"skip"` (a respondent with any missing answer is left out and
   * counted in `skipped`), `"impute-midpoint"` or `"impute-mean"` (the item's mean position over the
   * respondents who answered it; items are matched by attribute name, information items by index).
   */
  readonly missing?: MissingAnswerPolicy | undefined;
}

const OptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({ missing: /* @__PURE__ */ z.optional(MissingAnswerPolicySchema) }),
);

type Column = { readonly name: SatisfactionConstruct; readonly column: number };

const EQUATIONS: readonly {
  readonly outcome: SatisfactionConstruct;
  readonly y: number;
  readonly x: readonly Column[];
}[] = [
  { outcome: "perceivedPerformance", y: PERFORMANCE, x: [{ name: "expectations", column: EXPECTATIONS }] },
  {
    outcome: "attributeSatisfaction",
    y: ATTRIBUTE_SATISFACTION,
    x: [{ name: "desiresCongruency", column: DESIRES_CONGRUENCY }],
  },
  {
    outcome: "informationSatisfaction",
    y: INFORMATION_SATISFACTION,
    x: [
      { name: "desiresCongruency", column: DESIRES_CONGRUENCY },
      { name: "expectationsCongruency", column: EXPECTATIONS_CONGRUENCY },
    ],
  },
  {
    outcome: "overallSatisfaction",
    y: OVERALL_SATISFACTION,
    x: [
      { name: "attributeSatisfaction", column: ATTRIBUTE_SATISFACTION },
      { name: "informationSatisfaction", column: INFORMATION_SATISFACTION },
    ],
  },
];

const MEASURED: readonly { readonly column: number; readonly what: string; readonly key: string }[] = [
  { column: ATTRIBUTE_SATISFACTION, what: "attribute satisfaction answers", key: "attributes" },
  { column: INFORMATION_SATISFACTION, what: "information items", key: "information" },
  { column: OVERALL_SATISFACTION, what: "the overall satisfaction answer", key: "overall" },
];

/**
 * Estimates the path coefficients of the satisfaction chain (Spreng, MacKenzie & Olshavsky 1996) from
 * survey responses by path analysis on construct scores: each endogenous construct regressed by ordinary
 * least squares, with an intercept, on its predecessors. Returns per equation the coefficients with
 * standard errors and t values, R², σ̂ and n, and the estimates as a {@link SatisfactionChainModel}.
 *
 * @remarks
 * Construct scores are those of {@link satisfactionChain} (positions on the scale for desires,
 * expectations and performance; congruencies P − D and P − E; satisfactions rescaled to −1…1), so the
 * estimates plug straight into it. Four equations are estimated: perceived performance on expectations
 * (2 parameters), attribute satisfaction on desires congruency (2), information satisfaction on both
 * congruencies (3), overall satisfaction on attribute and information satisfaction (3). The congruencies
 * are computed as differences, so their equations are identities and are not estimated. Every response
 * must measure attribute satisfaction, information satisfaction and overall satisfaction (the outcomes).
 *
 * This is path analysis on observed scores, not a latent-variable SEM: measurement error in the items is
 * not modelled, and it biases the coefficients of the predictors it affects toward zero.
 *
 * Scores are kept in one Float64Array (8 per respondent); each equation takes three passes over it
 * (means, centred cross-products, residuals) and one 1×1 or 2×2 inverse, so 100,000 respondents cost
 * well under a second.
 *
 * @param responses - Survey responses ({@link SatisfactionChainResponse}); not mutated.
 * @param options - The missing-answer policy ({@link FitSatisfactionChainOptions}).
 * @returns The fit ({@link SatisfactionChainFit}).
 * @throws {@link ClienteleInputError} `invalid_input` for an answer off its scale (at its path), a missing
 *   answer under `"reject"`, a response without the measured outcomes, a bad option.
 * @throws {@link ClienteleDomainError} `insufficient_data` when the respondents left are not more than
 *   the parameters of an equation (the message says how many there are and are needed);
 *   `domain_error` naming the constructs when a predictor is constant or predictors are an exact linear
 *   combination of each other.
 * @example
 * ```ts
 * import { fitSatisfactionChain, simulateSatisfactionSurvey } from "clientele/satisfaction";
 * const { responses } = simulateSatisfactionSurvey({ respondents: 2000, seed: 7 });
 * const fit = fitSatisfactionChain(responses);
 * fit.model.overallSatisfaction.attributeSatisfaction; // ≈ 0.5 (the simulator's default model)
 * fit.equations.overallSatisfaction.rSquared; // ≈ 0.7
 * ```
 * @category Satisfaction chain
 */
export function fitSatisfactionChain(
  responses: readonly SatisfactionChainResponse[],
  options?: FitSatisfactionChainOptions,
): SatisfactionChainFit {
  const policy = parseInput(FN, OptionsSchema, options, ["options"])?.missing ?? "reject";
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
  const state: ChainScoring = {
    fn: FN,
    policy,
    skipUnit: "respondent",
    collector: createIssueCollector(),
    means: policy === "impute-mean" ? collectItemMeans(responses) : undefined,
    lastScale: undefined,
    scratch: { invalid: false, skipped: 0 },
    imputed: 0,
    skipped: 0,
  };
  const total = responses.length;
  const scores = new Float64Array(total * CONSTRUCT_COUNT);
  let n = 0;
  for (let r = 0; r < total; r++) {
    const at = n * CONSTRUCT_COUNT;
    if (!scoreChainResponse(responses[r], RESPONSES, r, state, scores, at)) continue;
    let complete = true;
    for (const m of MEASURED) {
      if (Number.isNaN(scores[at + m.column]!)) {
        complete = false;
        collectIssue(state.collector, () => ({
          code: "invalid_type",
          path: ["responses", r, m.key],
          message: `expected ${m.what}: the fit regresses on the measured satisfaction constructs`,
        }));
      }
    }
    if (complete) n++;
  }
  if (state.collector.count > 0) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: state.collector.list,
      issueCount: state.collector.count,
    });
  }
  const largest = 3;
  if (n <= largest) {
    throw new ClienteleDomainError(
      "insufficient_data",
      `${FN}: ${n} usable respondents; at least ${largest + 1} are needed`,
      {
        issues: [
          {
            code: "custom",
            path: ["responses"],
            message: `the information and overall satisfaction equations have ${largest} parameters each (intercept and two coefficients), so at least ${largest + 1} respondents are needed; ${n} usable (${total} given, ${state.skipped} skipped)`,
          },
        ],
      },
    );
  }
  const fitted: Record<string, SatisfactionChainEquationFit> = {};
  for (const eq of EQUATIONS) {
    const ols = olsPathEquation(FN, scores, n, CONSTRUCT_COUNT, eq.outcome, eq.y, eq.x);
    fitted[eq.outcome] = {
      outcome: eq.outcome,
      coefficients: ols.coefficients,
      rSquared: ols.rSquared,
      residualStandardError: ols.residualStandardError,
      n,
      parameters: eq.x.length + 1,
    };
  }
  const equations = fitted as unknown as SatisfactionChainFit["equations"];
  const est = (e: SatisfactionChainEquationFit, j: number): number => e.coefficients[j]!.estimate;
  const as = equations.attributeSatisfaction;
  const is = equations.informationSatisfaction;
  const os = equations.overallSatisfaction;
  return {
    equations,
    model: {
      attributeSatisfaction: { intercept: est(as, 0), desiresCongruency: est(as, 1) },
      informationSatisfaction: {
        intercept: est(is, 0),
        desiresCongruency: est(is, 1),
        expectationsCongruency: est(is, 2),
      },
      overallSatisfaction: {
        intercept: est(os, 0),
        attributeSatisfaction: est(os, 1),
        informationSatisfaction: est(os, 2),
      },
    },
    n,
    skipped: state.skipped,
    imputed: state.imputed,
  };
}
