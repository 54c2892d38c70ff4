import * as z from "zod/mini";
import { parseInput } from "../../schema/parseInput.ts";
import { LabelSchema } from "../../schema/primitives.ts";
import type { ProductPair } from "../basketAffinities.ts";

const share = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1));

const AffinitiesSchema = /* @__PURE__ */ z.object({
  pairs: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      productA: LabelSchema,
      productB: LabelSchema,
      count: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1)),
      support: share,
      confidenceAToB: share,
      confidenceBToA: share,
      lift: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
    }),
  ),
});

/**
 * Checks the pairs of a `BasketAffinities` value (what the recommendation reads) and returns them.
 *
 * @param fn - Public function name.
 * @param affinities - The untrusted value.
 * @throws {@link ClienteleInputError} `invalid_input` at `affinities.pairs[i].…`.
 * @internal
 */
export function readBasketAffinityPairs(fn: string, affinities: unknown): readonly ProductPair[] {
  return parseInput(fn, AffinitiesSchema, affinities, ["affinities"]).pairs as readonly ProductPair[];
}
