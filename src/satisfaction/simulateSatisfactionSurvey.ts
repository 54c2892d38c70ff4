import * as z from "zod/mini";
import { fillStandardNormals } from "../_lib/fillStandardNormals.ts";
import { MAX_SAFE_INTEGER } from "../_lib/numberLimits.ts";
import { createCounterStream, nextUnit, selectEntity, selectSubstream } from "../_lib/splitMix64.ts";
import { parseInput } from "../schema/parseInput.ts";
import { type ResponseScale, ResponseScaleSchema } from "./ResponseScaleSchema.ts";
import {
  defaultSatisfactionChainModel,
  type SatisfactionChainModel,
  SatisfactionChainModelSchema,
} from "./SatisfactionChainModel.ts";
import type { SatisfactionChainAttribute, SatisfactionChainResponse } from "./SatisfactionChainResponse.ts";

const FN = "simulateSatisfactionSurvey";

/**
 * The assimilation equation of a simulated survey: performance position = intercept + expectations ·
 * expectation position (both 0…1, see {@link SatisfactionConstruct}).
 *
 * @example
 * ```ts
 * import type { SimulatedPerformanceEquation } from "clientele/satisfaction";
 * const assimilation: SimulatedPerformanceEquation = { intercept: 0.25, expectations: 0.5 };
 * ```
 * @category Satisfaction chain
 */
export interface SimulatedPerformanceEquation {
  /** Intercept (performance position at expectation position 0). */
  readonly intercept: number;
  /** Coefficient of the expectation position. */
  readonly expectations: number;
}

/**
 * Options of {@link simulateSatisfactionSurvey}.
 *
 * @example
 * ```ts
 * import type { SimulateSatisfactionSurveyOptions } from "clientele/satisfaction";
 * const options: SimulateSatisfactionSurveyOptions = {
 *   respondents: 1000, attributes: ["delivery speed", "price"], scale: { min: 1, max: 7 }, noise: 0.05, seed: 42,
 * };
 * ```
 * @category Satisfaction chain
 */
export interface SimulateSatisfactionSurveyOptions {
  /** How many respondents (an integer from 1 to 10,000,000). */
  readonly respondents: number;
  /** Attribute names (non-empty, unique); `["quality", "price", "service"]` by default. */
  readonly attributes?: readonly string[] | undefined;
  /** The scale of every item; `{ min: 1, max: 7 }` (continuous answers) by default. */
  readonly scale?: ResponseScale | undefined;
  /** The true path coefficients; {@link defaultSatisfactionChainModel} by default. */
  readonly model?: SatisfactionChainModel | undefined;
  /** The true assimilation equation, performance position = intercept + expectations · expectation position; `{ intercept: 0.25, expectations: 0.5 }` by default. */
  readonly performance?: SimulatedPerformanceEquation | undefined;
  /** Information items per respondent (an integer from 1 to 50); 3 by default. */
  readonly informationItems?: number | undefined;
  /** Standard deviation of every error term, in construct units (0 to 1); 0.05 by default. */
  readonly noise?: number | undefined;
  /** The seed (a safe integer ≥ 0): the same seed gives the same survey. */
  readonly seed: number;
}

/**
 * What {@link simulateSatisfactionSurvey} returns.
 *
 * @example
 * ```ts
 * import { simulateSatisfactionSurvey, type SimulatedSatisfactionSurvey } from "clientele/satisfaction";
 * const survey: SimulatedSatisfactionSurvey = simulateSatisfactionSurvey({ respondents: 10, seed: 3 });
 * survey.responses.length; // => 10
 * ```
 * @category Satisfaction chain
 */
export interface SimulatedSatisfactionSurvey {
  /** One response per respondent (all sharing one frozen scale object). */
  readonly responses: readonly SatisfactionChainResponse[];
  /** Answers that fell outside the scale and were clipped to it (0 with the defaults). */
  readonly clipped: number;
  /** The true path coefficients used. */
  readonly model: SatisfactionChainModel;
  /** The true assimilation equation used. */
  readonly performance: SimulatedPerformanceEquation;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  respondents: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(10_000_000)),
  attributes: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))).check(
      /* @__PURE__ */ z.minLength(1),
      /* @__PURE__ */ z.superRefine((names, ctx) => {
        const seen = new Set<string>();
        names.forEach((name, i) => {
          if (seen.has(name)) {
            ctx.addIssue({
              code: "custom",
              path: [i],
              message: `expected unique attribute names, received "${name}" again`,
            });
          }
          seen.add(name);
        });
      }),
    ),
  ),
  scale: /* @__PURE__ */ z.optional(ResponseScaleSchema),
  model: /* @__PURE__ */ z.optional(SatisfactionChainModelSchema),
  performance: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({ intercept: /* @__PURE__ */ z.number(), expectations: /* @__PURE__ */ z.number() }),
  ),
  informationItems: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(50)),
  ),
  noise: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1)),
  ),
  seed: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(MAX_SAFE_INTEGER)),
});

/**
 * Simulates survey answers for the satisfaction chain from known path coefficients, seeded, so that
 * notebooks and tests can check {@link fitSatisfactionChain} (or an app's screens) on data whose truth is
 * known. No `Math.random`: the same seed gives the same survey.
 *
 * @remarks
 * Per respondent and attribute, in construct units (see {@link SatisfactionConstruct}): desire and
 * expectation positions are uniform on [0.25, 0.75]; performance = `performance.intercept` +
 * `performance.expectations` · expectation + ε; attribute satisfaction = the model's equation on that
 * attribute's congruency (performance − desire) + ε. Information satisfaction = its equation on the
 * respondent's congruencies + ε, answered by `informationItems` items each with its own ε; overall =
 * its equation on the respondent's *scored* attribute and information satisfaction + ε. ε ~ N(0, noise²),
 * independent. Each answer is mapped to the scale (position: min + (max − min)·x; satisfaction:
 * min + (max − min)·(s + 1)/2), clipped to it (counted in `clipped`) and rounded when the scale is
 * `integer`; every equation is evaluated on its predecessors' final answers, so rounding adds error to
 * outcomes only. With the defaults nothing is clipped and the fit's equations are correctly specified.
 *
 * Uniforms come from a counter-based SplitMix64 stream per respondent (substream 0), normals from
 * Marsaglia's polar method on substream 1, the generator of clientele's model simulators.
 *
 * @param options - Respondents, attributes, scale, true coefficients, noise and seed.
 * @returns The responses, the count of clipped answers and the true coefficients.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad option (at its path under `options`).
 * @example
 * ```ts
 * import { simulateSatisfactionSurvey } from "clientele/satisfaction";
 * const { responses, clipped } = simulateSatisfactionSurvey({ respondents: 3, attributes: ["price"], seed: 11 });
 * responses[0]?.attributes[0]?.name; // => "price"
 * clipped; // => 0
 * ```
 * @category Satisfaction chain
 */
export function simulateSatisfactionSurvey(options: SimulateSatisfactionSurveyOptions): SimulatedSatisfactionSurvey {
  const o = parseInput(FN, OptionsSchema, options, ["options"]);
  const names = o.attributes ?? ["quality", "price", "service"];
  const inputScale = o.scale ?? { min: 1, max: 7 };
  const scale: ResponseScale = Object.freeze(
    inputScale.integer === undefined
      ? { min: inputScale.min, max: inputScale.max }
      : { min: inputScale.min, max: inputScale.max, integer: inputScale.integer },
  );
  const model = o.model ?? defaultSatisfactionChainModel;
  const performance = o.performance ?? { intercept: 0.25, expectations: 0.5 };
  const items = o.informationItems ?? 3;
  const noise = o.noise ?? 0.05;
  const a = names.length;
  const { min, max } = scale;
  const span = max - min;
  const integer = scale.integer === true;
  let clipped = 0;
  const answer = (value: number): number => {
    let v = value;
    if (v < min) {
      v = min;
      clipped++;
    } else if (v > max) {
      v = max;
      clipped++;
    }
    return integer ? Math.round(v) : v;
  };
  const fromPosition = (x: number): number => answer(min + span * x);
  const fromScore = (s: number): number => answer(min + (span * (s + 1)) / 2);
  const position = (v: number): number => (v - min) / span;
  const score = (v: number): number => (2 * (v - min)) / span - 1;
  const stream = createCounterStream();
  const normals = new Float64Array(2 * a + items + 2);
  const responses: SatisfactionChainResponse[] = new Array(o.respondents);
  const as = model.attributeSatisfaction;
  const is = model.informationSatisfaction;
  const os = model.overallSatisfaction;
  for (let i = 0; i < o.respondents; i++) {
    selectEntity(stream, o.seed, i);
    selectSubstream(stream, 1);
    fillStandardNormals(stream, normals);
    selectSubstream(stream, 0);
    const attributes: SatisfactionChainAttribute[] = new Array(a);
    let sumDc = 0;
    let sumEc = 0;
    let sumAs = 0;
    for (let k = 0; k < a; k++) {
      const desire = fromPosition(0.25 + 0.5 * nextUnit(stream));
      const expectation = fromPosition(0.25 + 0.5 * nextUnit(stream));
      const e = position(expectation);
      const perf = fromPosition(performance.intercept + performance.expectations * e + noise * normals[k]!);
      const dc = position(perf) - position(desire);
      const ec = position(perf) - e;
      const satisfaction = fromScore(as.intercept + as.desiresCongruency * dc + noise * normals[a + k]!);
      sumDc += dc;
      sumEc += ec;
      sumAs += score(satisfaction);
      attributes[k] = { name: names[k]!, desire, expectation, performance: perf, satisfaction };
    }
    const latentInformation =
      is.intercept +
      (is.desiresCongruency * sumDc) / a +
      (is.expectationsCongruency * sumEc) / a +
      noise * normals[2 * a]!;
    const information: number[] = new Array(items);
    let sumIs = 0;
    for (let k = 0; k < items; k++) {
      const v = fromScore(latentInformation + noise * normals[2 * a + 1 + k]!);
      information[k] = v;
      sumIs += score(v);
    }
    const overall = fromScore(
      os.intercept +
        (os.attributeSatisfaction * sumAs) / a +
        (os.informationSatisfaction * sumIs) / items +
        noise * normals[2 * a + 1 + items]!,
    );
    responses[i] = { scale, attributes, information, overall };
  }
  return { responses, clipped, model, performance };
}
