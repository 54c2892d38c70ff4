import * as z from "zod/mini";

/**
 * Berry & Parasuraman's three levels of relationship marketing, from the easiest to copy to the hardest:
 * `"financial"` (price incentives: points, mileage, stamp cards, trade-in offers), `"social"` (personal
 * contact, clubs, memberships, advisory boards, added on top of the financial) and `"structural"`
 * (solutions built into the customer's own systems, added on top of both).
 *
 * @example
 * ```ts
 * import { BondLevelSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", BondLevelSchema, "structural"); // => "structural"
 * ```
 * @category Customers
 */
export const BondLevelSchema: z.ZodMiniType<BondLevel, BondLevel> = /* @__PURE__ */ z.enum([
  "financial",
  "social",
  "structural",
]);

/**
 * A level of relationship bond (see {@link BondLevelSchema}).
 *
 * @example
 * ```ts
 * import type { BondLevel } from "clientele/customers";
 * const level: BondLevel = "social";
 * ```
 * @category Customers
 */
export type BondLevel = "financial" | "social" | "structural";
