import type { BondLevel } from "./BondLevelSchema.ts";

/**
 * The bond kinds the library knows, each with its level (Berry & Parasuraman 1991; Berry 1995):
 *
 * | level | kinds |
 * |---|---|
 * | financial | `points-program`, `mileage-program`, `stamp-card`, `discount-coupons`, `co-branded-card`, `trade-in-offer`, `buy-back-lease` |
 * | social | `personal-contact`, `customer-file`, `membership`, `club`, `member-events`, `advisory-board`, `dedicated-manager` |
 * | structural | `integrated-system`, `custom-solution`, `data-integration`, `shared-process` |
 *
 * A bond instrument of a built-in kind must state this level. A host app's own kinds are any other
 * names, each stated with its level on the instrument.
 *
 * @example
 * ```ts
 * import { builtInBondKinds } from "clientele/customers";
 * builtInBondKinds["club"]; // => "social"
 * ```
 * @category Customers
 */
export const builtInBondKinds = {
  "points-program": "financial",
  "mileage-program": "financial",
  "stamp-card": "financial",
  "discount-coupons": "financial",
  "co-branded-card": "financial",
  "trade-in-offer": "financial",
  "buy-back-lease": "financial",
  "personal-contact": "social",
  "customer-file": "social",
  membership: "social",
  club: "social",
  "member-events": "social",
  "advisory-board": "social",
  "dedicated-manager": "social",
  "integrated-system": "structural",
  "custom-solution": "structural",
  "data-integration": "structural",
  "shared-process": "structural",
} as const satisfies Readonly<Record<string, BondLevel>>;

/**
 * A built-in bond kind (a key of {@link builtInBondKinds}).
 *
 * @example
 * ```ts
 * import type { BuiltInBondKind } from "clientele/customers";
 * const kind: BuiltInBondKind = "stamp-card";
 * ```
 * @category Customers
 */
export type BuiltInBondKind = keyof typeof builtInBondKinds;
