/**
 * What serving a customer costs the firm per unit of effort, priced by the caller (clientele has no
 * price list): each rate is money per unit, in the currency of the transactions' `amount` and `cost`.
 * Absent rates are 0. The service cost of a period is
 *
 * `staffHour × Σ incident staffHours + Σ interaction rates + complaint × complaints opened + serviceFailure × failures`,
 *
 * where an interaction costs `interactionByKind[kind]` when its kind is listed, else `interaction`.
 *
 * @example
 * ```ts
 * import type { ServiceCostRates } from "clientele/termination";
 * // a staff hour costs 40; a call 6, a visit 25, any other touchpoint 0.5; handling a complaint 30
 * const rates: ServiceCostRates = {
 *   staffHour: 40,
 *   interaction: 0.5,
 *   interactionByKind: { call: 6, visit: 25 },
 *   complaint: 30,
 * };
 * ```
 * @category Termination
 */
export interface ServiceCostRates {
  /** Cost of one staff hour spent on the customer's incidents (`Incident.staffHours`). */
  readonly staffHour?: number | undefined;
  /** Cost of one interaction whose kind is not in `interactionByKind`. */
  readonly interaction?: number | undefined;
  /** Cost of one interaction, by its `kind` (`"call"`, `"visit"`, …). */
  readonly interactionByKind?: Readonly<Record<string, number>> | undefined;
  /** Cost of handling one complaint (counted when it is opened). */
  readonly complaint?: number | undefined;
  /** Cost of one service failure (recovery, replacement). */
  readonly serviceFailure?: number | undefined;
}

/**
 * {@link ServiceCostRates} with every rate present (absent ones are 0).
 *
 * @example
 * ```ts
 * import type { ServiceCostRatesResolved } from "clientele/termination";
 * const r: ServiceCostRatesResolved = { staffHour: 40, interaction: 0, interactionByKind: {}, complaint: 0, serviceFailure: 0 };
 * ```
 * @category Termination
 */
export interface ServiceCostRatesResolved {
  /** Cost of one staff hour. */
  readonly staffHour: number;
  /** Cost of one interaction of an unlisted kind. */
  readonly interaction: number;
  /** Cost of one interaction, by kind. */
  readonly interactionByKind: Readonly<Record<string, number>>;
  /** Cost of one complaint. */
  readonly complaint: number;
  /** Cost of one service failure. */
  readonly serviceFailure: number;
}
