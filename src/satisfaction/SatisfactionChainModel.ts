import * as z from "zod/mini";

/**
 * The constructs of the satisfaction chain of Spreng, MacKenzie & Olshavsky (1996, "A Reexamination of the
 * Determinants of Consumer Satisfaction", Journal of Marketing 60(3), 15–32), in path order, with their
 * ranges in clientele's units:
 *
 * | construct | range | what it is |
 * |---|---|---|
 * | `desires` | 0…1 | what the customer wanted: mean position of the desire answers on their scale, (x − min) / (max − min) |
 * | `expectations` | 0…1 | what the customer believed they would get, as above |
 * | `perceivedPerformance` | 0…1 | what the customer says they got, as above |
 * | `desiresCongruency` | −1…1 | mean of performance − desire per attribute (positive: more than wanted) |
 * | `expectationsCongruency` | −1…1 | mean of performance − expectation per attribute |
 * | `attributeSatisfaction` | −1…1 | satisfaction with the attributes (−1 the scale's bottom, +1 its top) |
 * | `informationSatisfaction` | −1…1 | satisfaction with the information the choice was based on |
 * | `overallSatisfaction` | −1…1 | overall satisfaction |
 *
 * @example
 * ```ts
 * import type { SatisfactionConstruct } from "clientele/satisfaction";
 * const outcome: SatisfactionConstruct = "overallSatisfaction";
 * ```
 * @category Satisfaction chain
 */
export type SatisfactionConstruct =
  | "desires"
  | "expectations"
  | "perceivedPerformance"
  | "desiresCongruency"
  | "expectationsCongruency"
  | "attributeSatisfaction"
  | "informationSatisfaction"
  | "overallSatisfaction";

/**
 * The paths of the chain, as `[from, to]` pairs, in the order an app would draw them. The congruencies are
 * defined from their predecessors (performance − desire, performance − expectation); the other paths carry
 * coefficients (see {@link SatisfactionChainModel}). Expectations → perceived performance is the
 * assimilation path the fit estimates ({@link fitSatisfactionChain}); the chain itself takes performance as
 * the customer reports it.
 *
 * @example
 * ```ts
 * import { satisfactionChainPaths } from "clientele/satisfaction";
 * satisfactionChainPaths.filter(([, to]) => to === "overallSatisfaction").length; // => 2
 * ```
 * @category Satisfaction chain
 */
export const satisfactionChainPaths: readonly (readonly [SatisfactionConstruct, SatisfactionConstruct])[] = [
  ["expectations", "perceivedPerformance"],
  ["desires", "desiresCongruency"],
  ["perceivedPerformance", "desiresCongruency"],
  ["expectations", "expectationsCongruency"],
  ["perceivedPerformance", "expectationsCongruency"],
  ["desiresCongruency", "attributeSatisfaction"],
  ["desiresCongruency", "informationSatisfaction"],
  ["expectationsCongruency", "informationSatisfaction"],
  ["attributeSatisfaction", "overallSatisfaction"],
  ["informationSatisfaction", "overallSatisfaction"],
];

/**
 * Path coefficients of the satisfaction chain: one linear equation per satisfaction construct, an
 * intercept plus one coefficient per predecessor, in the units of {@link SatisfactionConstruct}. A
 * coefficient of 0 removes its path.
 *
 * @remarks
 * With |intercept| + Σ|coefficient| ≤ 1 in every equation, each model-implied satisfaction stays in
 * −1…1 (its predecessors do). {@link defaultSatisfactionChainModel} is such a model; a fitted model
 * ({@link fitSatisfactionChain}) need not be.
 *
 * @example
 * ```ts
 * import type { SatisfactionChainModel } from "clientele/satisfaction";
 * const model: SatisfactionChainModel = {
 *   attributeSatisfaction: { intercept: 0, desiresCongruency: 1 },
 *   informationSatisfaction: { intercept: 0, desiresCongruency: 0.3, expectationsCongruency: 0.7 },
 *   overallSatisfaction: { intercept: 0, attributeSatisfaction: 0.6, informationSatisfaction: 0.4 },
 * };
 * ```
 * @category Satisfaction chain
 */
export interface SatisfactionChainModel {
  /** Attribute satisfaction = intercept + desiresCongruency · DC. */
  readonly attributeSatisfaction: {
    /** Intercept. */
    readonly intercept: number;
    /** Coefficient of desires congruency. */
    readonly desiresCongruency: number;
  };
  /** Information satisfaction = intercept + desiresCongruency · DC + expectationsCongruency · EC. */
  readonly informationSatisfaction: {
    /** Intercept. */
    readonly intercept: number;
    /** Coefficient of desires congruency. */
    readonly desiresCongruency: number;
    /** Coefficient of expectations congruency. */
    readonly expectationsCongruency: number;
  };
  /** Overall satisfaction = intercept + attributeSatisfaction · AS + informationSatisfaction · IS. */
  readonly overallSatisfaction: {
    /** Intercept. */
    readonly intercept: number;
    /** Coefficient of attribute satisfaction. */
    readonly attributeSatisfaction: number;
    /** Coefficient of information satisfaction. */
    readonly informationSatisfaction: number;
  };
}

const finite = /* @__PURE__ */ z.number();

/**
 * Validates a {@link SatisfactionChainModel}: every intercept and coefficient a finite number, no other keys.
 *
 * @example
 * ```ts
 * import { defaultSatisfactionChainModel, SatisfactionChainModelSchema } from "clientele/satisfaction";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", SatisfactionChainModelSchema, defaultSatisfactionChainModel).overallSatisfaction.intercept; // => 0
 * ```
 * @category Satisfaction chain
 */
export const SatisfactionChainModelSchema: z.ZodMiniType<SatisfactionChainModel, SatisfactionChainModel> =
  /* @__PURE__ */ z.strictObject({
    attributeSatisfaction: /* @__PURE__ */ z.strictObject({ intercept: finite, desiresCongruency: finite }),
    informationSatisfaction: /* @__PURE__ */ z.strictObject({
      intercept: finite,
      desiresCongruency: finite,
      expectationsCongruency: finite,
    }),
    overallSatisfaction: /* @__PURE__ */ z.strictObject({
      intercept: finite,
      attributeSatisfaction: finite,
      informationSatisfaction: finite,
    }),
  });

/**
 * The default path coefficients: **equal weights, not estimates.** Each satisfaction construct is the
 * plain mean of its predecessors (attribute satisfaction = desires congruency; information satisfaction
 * = ½ desires congruency + ½ expectations congruency; overall = ½ attribute + ½ information
 * satisfaction), intercepts 0.
 *
 * @remarks
 * Spreng, MacKenzie & Olshavsky (1996) estimated the paths by structural equation modelling on their
 * camcorder survey, but their estimates could not be checked against the paper's text when this was
 * written, so none are shipped as defaults. Estimate your own with {@link fitSatisfactionChain} and pass
 * its `model` to {@link satisfactionChain}.
 *
 * @example
 * ```ts
 * import { defaultSatisfactionChainModel } from "clientele/satisfaction";
 * defaultSatisfactionChainModel.informationSatisfaction.expectationsCongruency; // => 0.5
 * ```
 * @category Satisfaction chain
 */
export const defaultSatisfactionChainModel: SatisfactionChainModel = /* @__PURE__ */ Object.freeze({
  attributeSatisfaction: /* @__PURE__ */ Object.freeze({ intercept: 0, desiresCongruency: 1 }),
  informationSatisfaction: /* @__PURE__ */ Object.freeze({
    intercept: 0,
    desiresCongruency: 0.5,
    expectationsCongruency: 0.5,
  }),
  overallSatisfaction: /* @__PURE__ */ Object.freeze({
    intercept: 0,
    attributeSatisfaction: 0.5,
    informationSatisfaction: 0.5,
  }),
});
