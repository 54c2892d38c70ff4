import * as z from "zod/mini";
import { CustomerIdSchema, LabelSchema } from "../schema/primitives.ts";

/**
 * One customer considered for key-account management by {@link screenKeyAccounts}: its current
 * profitability and its future prospects. The figures are the app's own (profit from `clientele/value` or
 * the firm's accounts, growth from its forecasts, strategic fit from its account review); the library takes
 * them as given.
 *
 * @example
 * ```ts
 * import type { KeyAccountCandidate } from "clientele/accounts";
 * const c: KeyAccountCandidate = { customerId: "acme", profit: 120_000, growth: 0.15, strategicFit: 0.8 };
 * ```
 * @category Key accounts
 */
export interface KeyAccountCandidate {
  /** The customer's id (numbers become their decimal string). */
  readonly customerId: string;
  /** A display name, if any. */
  readonly name?: string | undefined;
  /** Current profit from the customer over the period the app chose (revenue minus cost to serve); finite, may be negative. */
  readonly profit: number;
  /** Expected growth of the customer's business with the firm, as a rate (0.15 = +15 %); finite, may be negative. */
  readonly growth: number;
  /** Strategic fit in [0, 1]: how well the customer matches the firm's strategy (the app's assessment). */
  readonly strategicFit: number;
}

/**
 * What {@link KeyAccountCandidateSchema} accepts: as {@link KeyAccountCandidate}, with `customerId` a
 * string or a non-negative integer.
 *
 * @example
 * ```ts
 * import type { KeyAccountCandidateInput } from "clientele/accounts";
 * const row: KeyAccountCandidateInput = { customerId: 17, profit: 900, growth: 0, strategicFit: 0.5 };
 * ```
 * @category Key accounts
 */
export interface KeyAccountCandidateInput extends Omit<KeyAccountCandidate, "customerId"> {
  /** The customer's id: a non-empty string or a non-negative integer. */
  readonly customerId: string | number;
}

/**
 * Schema of a {@link KeyAccountCandidate}; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { KeyAccountCandidateSchema } from "clientele/accounts";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", KeyAccountCandidateSchema, { customerId: 7, profit: 10, growth: 0.1, strategicFit: 1 }).customerId; // => "7"
 * ```
 * @category Key accounts
 */
export const KeyAccountCandidateSchema: z.ZodMiniType<KeyAccountCandidate, KeyAccountCandidateInput> =
  /* @__PURE__ */ z.strictObject({
    customerId: CustomerIdSchema,
    name: /* @__PURE__ */ z.optional(LabelSchema),
    profit: /* @__PURE__ */ z.number(),
    growth: /* @__PURE__ */ z.number(),
    strategicFit: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1)),
  });
