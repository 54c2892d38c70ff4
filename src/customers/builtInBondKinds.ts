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
  /** A points program: points earned per purchase, redeemed for rewards. */
  "points-program": "financial",
  /** A frequent-flyer or mileage program. */
  "mileage-program": "financial",
  /** A stamp card: a reward after a number of visits or purchases. */
  "stamp-card": "financial",
  /** Accumulated discount coupons. */
  "discount-coupons": "financial",
  /** A co-branded credit card that banks a share of card spend toward a purchase. */
  "co-branded-card": "financial",
  /** A trade-in discount on a used product. */
  "trade-in-offer": "financial",
  /** A buy-back lease: part of the price now, the product returned after some years. */
  "buy-back-lease": "financial",
  /** Personal contact with the firm's people. */
  "personal-contact": "social",
  /** A customer file the firm keeps to personalise service. */
  "customer-file": "social",
  /** A membership program. */
  membership: "social",
  /** A customer club. */
  club: "social",
  /** Events for members. */
  "member-events": "social",
  /** A customer advisory board. */
  "advisory-board": "social",
  /** A dedicated account manager. */
  "dedicated-manager": "social",
  /** A system integrated with the customer's own (an integrated ordering system). */
  "integrated-system": "structural",
  /** A solution built for the customer, not available elsewhere. */
  "custom-solution": "structural",
  /** The customer's data integrated with the firm's. */
  "data-integration": "structural",
  /** A process the customer and the firm run together. */
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
