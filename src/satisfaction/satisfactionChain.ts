import * as z from "zod/mini";
import { createIssueCollector } from "../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { refuseItemMean } from "./_internal/refuseItemMean.ts";
import {
  ATTRIBUTE_SATISFACTION,
  type ChainScoring,
  CONSTRUCT_COUNT,
  DESIRES,
  EXPECTATIONS,
  INFORMATION_SATISFACTION,
  OVERALL_SATISFACTION,
  PERFORMANCE,
  type ScoredAttribute,
  scoreChainResponse,
} from "./_internal/scoreChainResponse.ts";
import { type MissingAnswerPolicy, MissingAnswerPolicySchema } from "./MissingAnswerPolicySchema.ts";
import {
  defaultSatisfactionChainModel,
  type SatisfactionChainModel,
  SatisfactionChainModelSchema,
  type SatisfactionConstruct,
} from "./SatisfactionChainModel.ts";
import type { SatisfactionChainResponse } from "./SatisfactionChainResponse.ts";
import type {
  SatisfactionChainAttributeGap,
  SatisfactionChainConstructValue,
  SatisfactionChainContribution,
  SatisfactionChainResult,
} from "./SatisfactionChainResult.ts";

const FN = "satisfactionChain";

/**
 * Options of {@link satisfactionChain}.
 *
 * @example
 * ```ts
 * import type { SatisfactionChainOptions } from "clientele/satisfaction";
 * const options: SatisfactionChainOptions = { missing: "impute-midpoint" };
 * ```
 * @category Satisfaction chain
 */
export interface SatisfactionChainOptions {
  /**
   * Missing answers: `"reject"` (default), `"skip"` (an attribute missing its desire, expectation or
   * performance is left out; a missing satisfaction item is left out of its construct) or
   * `"impute-midpoint"`. `"impute-mean"` needs other respondents: use {@link fitSatisfactionChain}.
   */
  readonly missing?: MissingAnswerPolicy | undefined;
}

const OptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({ missing: /* @__PURE__ */ z.optional(MissingAnswerPolicySchema) }),
);

function term(from: SatisfactionConstruct, coefficient: number, value: number): SatisfactionChainContribution {
  return { from, coefficient, value, contribution: coefficient * value };
}

function measuredInput(construct: SatisfactionConstruct, value: number): SatisfactionChainConstructValue {
  return { construct, value, source: "measured", intercept: 0, implied: value, contributions: [] };
}

function equation(
  construct: SatisfactionConstruct,
  intercept: number,
  contributions: SatisfactionChainContribution[],
  measured: number,
  source: "defined" | "model",
): SatisfactionChainConstructValue {
  let implied = intercept;
  for (const c of contributions) implied += c.contribution;
  const isMeasured = !Number.isNaN(measured);
  return {
    construct,
    value: isMeasured ? measured : implied,
    source: isMeasured ? "measured" : source,
    intercept,
    implied,
    contributions,
  };
}

/** x to 2 decimals, halves away from zero (toFixed), without trailing zeros or a negative zero. */
function round2(x: number): string {
  const r = Number(x.toFixed(2));
  return String(r === 0 ? 0 : r);
}

function explain(
  overall: SatisfactionChainConstructValue,
  shortfall: SatisfactionChainAttributeGap | undefined,
): string {
  const parts = overall.contributions.map(
    (c) =>
      `${c.from === "attributeSatisfaction" ? "attribute" : "information"} satisfaction contributed ${round2(c.contribution)}`,
  );
  const how = overall.source === "measured" ? `measured; the model implies ${round2(overall.implied)}` : "model";
  let text = `overall satisfaction ${round2(overall.value)} on −1…1 (${how}): ${parts.join(", ")}`;
  if (round2(overall.intercept) !== "0") text += `, intercept ${round2(overall.intercept)}`;
  text +=
    shortfall === undefined
      ? "; no attribute fell short of desires"
      : `; the largest shortfall is attribute '${shortfall.name}', where performance fell short of desires by ${round2(-shortfall.desireGap)} scale points`;
  return text;
}

/**
 * The satisfaction chain of Spreng, MacKenzie & Olshavsky (1996) for one respondent: from desires,
 * expectations and perceived performance per attribute to desires and expectations congruency, attribute
 * and information satisfaction, and overall satisfaction, with every construct's value and the
 * contributions that made it, so an app can say *why* a customer is (dis)satisfied.
 *
 * @remarks
 * Units (see {@link SatisfactionConstruct}): desires, expectations and performance are mean positions on the
 * response's scale, (x − min) / (max − min) ∈ [0, 1]. **Congruency is the signed difference**
 * performance − desire (and performance − expectation) per attribute, averaged: −1…1, positive when the
 * attribute gave more than was wanted. The signed form is chosen over the span − |P − D| form because the
 * paper's congruency is bipolar ("worse than … better than I wanted"): exceeding a desire must not read as
 * incongruent. The paper measured congruency with direct items; here it is computed from the three answers,
 * so it is exactly P − D.
 *
 * Attribute, information and overall satisfaction follow the model's linear equations
 * ({@link SatisfactionChainModel}); when the response measures one (attribute `satisfaction` answers,
 * `information` items, `overall`), its value is the measured one (rescaled to −1…1: 2(x − min)/(max − min) − 1)
 * and the model-implied value is kept beside it in `implied`. The default model is
 * {@link defaultSatisfactionChainModel}: equal weights, not estimates.
 *
 * @param response - One respondent's answers ({@link SatisfactionChainResponse}); not mutated.
 * @param model - Path coefficients (validated by {@link SatisfactionChainModelSchema}); equal weights by default.
 * @param options - The missing-answer policy ({@link SatisfactionChainOptions}).
 * @returns Every construct with its contributions ({@link SatisfactionChainResult}).
 * @throws {@link ClienteleInputError} `invalid_input` for an answer off its scale (at its path, e.g.
 *   `response.attributes[0].desire`), a missing answer under `"reject"`, a bad scale, model or option.
 * @throws {@link ClienteleDomainError} `insufficient_data` when `"skip"` leaves no attribute.
 * @example
 * ```ts
 * import { satisfactionChain } from "clientele/satisfaction";
 * const result = satisfactionChain({
 *   scale: { min: 1, max: 7, integer: true },
 *   attributes: [
 *     { name: "delivery speed", desire: 7, expectation: 5, performance: 4 },
 *     { name: "price", desire: 4, expectation: 4, performance: 5 },
 *   ],
 * });
 * result.constructs.desiresCongruency.value; // => -1/6: ((4 − 7) + (5 − 4)) / 2 / 6
 * result.largestShortfall?.name; // => "delivery speed"
 * ```
 * @category Satisfaction chain
 */
export function satisfactionChain(
  response: SatisfactionChainResponse,
  model?: SatisfactionChainModel,
  options?: SatisfactionChainOptions,
): SatisfactionChainResult {
  const m =
    model === undefined
      ? defaultSatisfactionChainModel
      : parseInput(FN, SatisfactionChainModelSchema, model, ["model"]);
  const policy = parseInput(FN, OptionsSchema, options, ["options"])?.missing ?? "reject";
  refuseItemMean(FN, policy, "fitSatisfactionChain");
  const state: ChainScoring = {
    fn: FN,
    policy,
    skipUnit: "item",
    collector: createIssueCollector(),
    means: undefined,
    lastScale: undefined,
    scratch: { invalid: false, skipped: 0 },
    imputed: 0,
    skipped: 0,
  };
  const scores = new Float64Array(CONSTRUCT_COUNT);
  const scored: ScoredAttribute[] = [];
  const ok = scoreChainResponse(response, ["response"], undefined, state, scores, 0, scored);
  if (state.collector.count > 0) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: state.collector.list,
      issueCount: state.collector.count,
    });
  }
  if (!ok) {
    throw new ClienteleDomainError("insufficient_data", `${FN}: no attribute left after skipping missing answers`, {
      issues: [
        {
          code: "custom",
          path: ["response", "attributes"],
          message: `every attribute misses a desire, expectation or performance answer (${state.skipped} skipped)`,
        },
      ],
    });
  }
  const span = response.scale.max - response.scale.min;
  const attributes: SatisfactionChainAttributeGap[] = scored.map((a) => ({
    name: a.name,
    desire: a.desire,
    expectation: a.expectation,
    performance: a.performance,
    satisfaction: a.satisfaction,
    desireGap: a.performance - a.desire,
    expectationGap: a.performance - a.expectation,
    desiresCongruency: (a.performance - a.desire) / span,
    expectationsCongruency: (a.performance - a.expectation) / span,
  }));
  let largestShortfall: SatisfactionChainAttributeGap | undefined;
  for (const a of attributes) {
    if (a.desireGap < 0 && (largestShortfall === undefined || a.desireGap < largestShortfall.desireGap)) {
      largestShortfall = a;
    }
  }
  const D = scores[DESIRES]!;
  const E = scores[EXPECTATIONS]!;
  const P = scores[PERFORMANCE]!;
  const desires = measuredInput("desires", D);
  const expectations = measuredInput("expectations", E);
  const perceivedPerformance = measuredInput("perceivedPerformance", P);
  const dc = equation(
    "desiresCongruency",
    0,
    [term("perceivedPerformance", 1, P), term("desires", -1, D)],
    Number.NaN,
    "defined",
  );
  const ec = equation(
    "expectationsCongruency",
    0,
    [term("perceivedPerformance", 1, P), term("expectations", -1, E)],
    Number.NaN,
    "defined",
  );
  const attributeSatisfaction = equation(
    "attributeSatisfaction",
    m.attributeSatisfaction.intercept,
    [term("desiresCongruency", m.attributeSatisfaction.desiresCongruency, dc.value)],
    scores[ATTRIBUTE_SATISFACTION]!,
    "model",
  );
  const informationSatisfaction = equation(
    "informationSatisfaction",
    m.informationSatisfaction.intercept,
    [
      term("desiresCongruency", m.informationSatisfaction.desiresCongruency, dc.value),
      term("expectationsCongruency", m.informationSatisfaction.expectationsCongruency, ec.value),
    ],
    scores[INFORMATION_SATISFACTION]!,
    "model",
  );
  const overallSatisfaction = equation(
    "overallSatisfaction",
    m.overallSatisfaction.intercept,
    [
      term("attributeSatisfaction", m.overallSatisfaction.attributeSatisfaction, attributeSatisfaction.value),
      term("informationSatisfaction", m.overallSatisfaction.informationSatisfaction, informationSatisfaction.value),
    ],
    scores[OVERALL_SATISFACTION]!,
    "model",
  );
  return {
    constructs: {
      desires,
      expectations,
      perceivedPerformance,
      desiresCongruency: dc,
      expectationsCongruency: ec,
      attributeSatisfaction,
      informationSatisfaction,
      overallSatisfaction,
    },
    attributes,
    largestShortfall,
    explanation: explain(overallSatisfaction, largestShortfall),
    model: m,
    imputed: state.imputed,
    skipped: state.skipped,
  };
}
