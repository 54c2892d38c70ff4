import type { CountModel } from "../clv/CountModelFit.ts";
import type { CustomerHistory } from "../clv/CustomerHistory.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";

/**
 * What the switching-risk rules read: one customer's record, the date of the assessment, and, when the
 * caller has one, a fitted count model with the customer's (x, t_x, T) summary in the fit's unit.
 *
 * @remarks
 * Every rule reads only events dated on or before `asOf` (later events are ignored, never an error).
 * `fit` is a BG/NBD, MBG/NBD or Pareto/NBD fit (`{ model, params, unit }`); `summary` is the customer's
 * row of `summarizeTransactions(transactions, { unit: fit.unit, observationEnd: asOf })`
 * (clientele/rfm). Without `summary`, the `probability-alive-low` rule summarises the record's own
 * transactions that way; pass it when the whole base was summarised in one call (faster).
 *
 * @example
 * ```ts
 * import type { SwitchingRiskFacts } from "clientele/retention";
 * const facts: SwitchingRiskFacts = {
 *   record: {
 *     customerId: "c1", transactions: [], interactions: [], serviceFailures: [], complaints: [],
 *     surveyResponses: [], incidents: [], bonds: [], loyaltyEvents: [],
 *   },
 *   asOf: new Date("2024-06-30T00:00:00Z"),
 * };
 * ```
 * @category Switching risk
 */
export interface SwitchingRiskFacts {
  /** The customer's record (lists may hold events after `asOf`; rules ignore them). */
  readonly record: CustomerRecord;
  /** The date of the assessment (required: the library never reads the clock). */
  readonly asOf: Date;
  /** A fitted count model (BG/NBD, MBG/NBD, Pareto/NBD); `probability-alive-low` fires only with one. */
  readonly fit?: CountModel | undefined;
  /** The customer's (x, t_x, T) at `asOf` in `fit.unit`, when already summarised. */
  readonly summary?: CustomerHistory | undefined;
}
