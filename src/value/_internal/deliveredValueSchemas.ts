import * as z from "zod/mini";
import { MAX_DOUBLE } from "../../_lib/numberLimits.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { checkWeightSum } from "./checkWeightSum.ts";

const amount = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(MAX_DOUBLE));
const unit = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1));

/** @internal */
export const VALUE_KEYS = ["product", "service", "personnel", "image"] as const;
/** @internal */
export const COST_KEYS = ["monetary", "time", "energy", "psychic"] as const;

/** The four value and four cost components, each a finite number ≥ 0. @internal */
export const OfferSidesSchema = /* @__PURE__ */ z.strictObject({
  value: /* @__PURE__ */ z.strictObject({ product: amount(), service: amount(), personnel: amount(), image: amount() }),
  cost: /* @__PURE__ */ z.strictObject({ monetary: amount(), time: amount(), energy: amount(), psychic: amount() }),
});

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  weights: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      value: /* @__PURE__ */ z.strictObject({ product: unit(), service: unit(), personnel: unit(), image: unit() }),
      cost: /* @__PURE__ */ z.strictObject({ monetary: unit(), time: unit(), energy: unit(), psychic: unit() }),
    }),
  ),
  scale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ min: amount(), max: amount() })),
});

/**
 * Resolved delivered-value options: the weight of each component (1 each when no weights are given:
 * amounts are summed), and the scale, if any.
 *
 * @internal
 */
export interface DeliveredValueSettings {
  /** Weight per value component. */
  readonly valueWeights: Readonly<Record<(typeof VALUE_KEYS)[number], number>>;
  /** Weight per cost component. */
  readonly costWeights: Readonly<Record<(typeof COST_KEYS)[number], number>>;
  /** Whether weights were given (totals are weighted means of scores). */
  readonly weighted: boolean;
  /** The rating scale the components must lie on. */
  readonly scale: { readonly min: number; readonly max: number } | undefined;
}

const ONES = { product: 1, service: 1, personnel: 1, image: 1 };
const COST_ONES = { monetary: 1, time: 1, energy: 1, psychic: 1 };

/**
 * Reads `{ weights?, scale? }` (at path `options`): each side's weights must sum to 1; the scale needs
 * min < max.
 *
 * @param fn - Public function name.
 * @param options - As given.
 * @returns The settings.
 * @throws {@link ClienteleInputError} `invalid_input` at `options.…`.
 * @internal
 */
export function readDeliveredValueOptions(fn: string, options: unknown): DeliveredValueSettings {
  const o = parseInput(fn, OptionsSchema, options ?? {}, ["options"]);
  if (o.weights !== undefined) {
    checkWeightSum(fn, o.weights.value, ["options", "weights", "value"]);
    checkWeightSum(fn, o.weights.cost, ["options", "weights", "cost"]);
  }
  if (o.scale !== undefined && !(o.scale.min < o.scale.max)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["options", "scale"],
          message: `expected min < max, received min ${o.scale.min} and max ${o.scale.max}`,
        },
      ],
    });
  }
  return {
    valueWeights: o.weights?.value ?? ONES,
    costWeights: o.weights?.cost ?? COST_ONES,
    weighted: o.weights !== undefined,
    scale: o.scale,
  };
}
