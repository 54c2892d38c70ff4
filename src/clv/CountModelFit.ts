import * as z from "zod/mini";
import { type BgNbdFit, BgNbdFitSchema } from "./bgNbd/BgNbdFit.ts";
import { type MbgNbdFit, MbgNbdFitSchema } from "./mbgNbd/MbgNbdFit.ts";
import { type ParetoNbdFit, ParetoNbdFitSchema } from "./paretoNbd/ParetoNbdFit.ts";

/**
 * Any fitted frequency/recency ("count") model: the union, discriminated by `model`, that the prediction
 * functions ({@link probabilityAlive}, {@link expectedPurchases}, {@link conditionalExpectedPurchases},
 * {@link purchaseCountProbability}, {@link probabilityAliveHistory}) accept: {@link BgNbdFit},
 * {@link ParetoNbdFit}, {@link MbgNbdFit}.
 *
 * @example
 * ```ts
 * import { type CountModelFit, fitBgNbd } from "clientele/clv";
 * const fit: CountModelFit = fitBgNbd(
 *   { customerId: [1, 2, 3], frequency: [2, 0, 4], recency: [30, 0, 35], T: [38, 38, 38] },
 *   { unit: "week", standardErrors: false },
 * );
 * if (fit.model === "bg-nbd") fit.params.alpha > 0; // => true
 * ```
 * @category Fits
 */
export type CountModelFit = BgNbdFit | ParetoNbdFit | MbgNbdFit;

/**
 * What the prediction functions need of a fitted count model: which model, its parameters, and the time
 * unit they are in. Every {@link CountModelFit} is one; so is a plain `{ model, params, unit }` object with
 * published or hypothetical parameters.
 *
 * @example
 * ```ts
 * import { type CountModel, expectedPurchases } from "clientele/clv";
 * // Fader, Hardie & Lee (2005), CDNOW
 * const published: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * expectedPurchases(published, 52).toFixed(3); // => "1.446"
 * ```
 * @category Predictions
 */
export type CountModel = CountModelFit extends infer F
  ? F extends CountModelFit
    ? Pick<F, "model" | "params" | "unit">
    : never
  : never;

/**
 * Schema of a {@link CountModelFit} read back from JSON: a union of the models' fit schemas,
 * discriminated by `model`. Use {@link parseAnyFit}, which wraps it with the library's error reporting.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { CountModelFitSchema } from "clientele/clv";
 * // parseInput("load", CountModelFitSchema, { model: "pareto/nbd" }) throws invalid_input:
 * //   ✖ received "pareto/nbd", which matches none of the accepted forms → at model
 * ```
 * @category Fits
 */
export const CountModelFitSchema: z.ZodMiniType<CountModelFit, unknown> = /* @__PURE__ */ z.discriminatedUnion(
  "model",
  [BgNbdFitSchema, ParetoNbdFitSchema, MbgNbdFitSchema],
);
