import { readCustomers } from "../_internal/readCustomers.ts";
import { expectedAverageSpendOf } from "./_internal/expectedAverageSpendOf.ts";
import type { GammaGammaData } from "./GammaGammaData.ts";
import type { SpendModel } from "./GammaGammaFit.ts";
import type { SpendHistory } from "./SpendHistory.ts";

/**
 * The expected value of a customer's future transactions given their spend so far, under a fitted
 * Gamma-Gamma model: E[Z | z̄, x], a weighted average of the population mean and the customer's own mean
 * repeat value z̄. Pass one customer for a number; columns, rows or a `TransactionSummary`
 * ({@link GammaGammaData}, what {@link fitGammaGamma} takes) for a `Float64Array` whose entry i is customer
 * i (row i for rows; no per-customer allocation).
 *
 * @remarks
 * Fader, Hardie & Lee (2005), "RFM and CLV", eq. 5:
 * E[Z | z̄, x] = (q − 1)/(px + q − 1) · pγ/(q − 1) + px/(px + q − 1) · z̄ = p(γ + x z̄)/(px + q − 1),
 * where pγ/(q − 1) = E[Z] is the population mean: the more repeat purchases x, the more weight on z̄. A
 * customer with x = 0 gets the population mean (their `monetaryValue` is ignored). Needs q > 1 (otherwise
 * the mean is infinite). Values are in the currency of the data the model was fitted on. Accuracy: with
 * FHL 2005's CDNOW parameters the population mean is 6.25 · 15.44/2.74 = 35.22, as the paper reports
 * (test/clv/gammaGamma/expectedAverageSpend.test.ts).
 *
 * @param fit - A {@link GammaGammaFit}, or any {@link SpendModel}.
 * @param customer - `{ frequency, monetaryValue }`, or columns or rows of them, or a `TransactionSummary`
 *   (its unit does not matter here: spend has none).
 * @returns The expected spend per transaction, > 0: a number for one customer, else a `Float64Array` in
 *   input order.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit, a frequency that is not an integer ≥ 0,
 *   or a monetary value that is not a finite number ≥ 0 (path `customer.monetaryValue[3]`, or
 *   `customer[3].monetaryValue` for rows), or columns of different lengths.
 * @throws {@link ClienteleDomainError} `domain_error` if q ≤ 1 (the mean spend is undefined).
 * @example
 * ```ts
 * import { expectedAverageSpend, type SpendModel } from "clientele/clv";
 * const fit: SpendModel = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } };
 * expectedAverageSpend(fit, { frequency: 0, monetaryValue: 0 }).toFixed(2); // => "35.22"
 * expectedAverageSpend(fit, { frequency: 2, monetaryValue: 22.35 }).toFixed(2); // => "24.66"
 * expectedAverageSpend(fit, { frequency: [2, 6], monetaryValue: [22.35, 100] });
 * // => Float64Array [24.66…, 95.58…]
 * ```
 * @see {@link fitGammaGamma}, {@link customerLifetimeValue}
 * @category Gamma-Gamma
 */
export function expectedAverageSpend(fit: SpendModel, customer: SpendHistory): number;
export function expectedAverageSpend(fit: SpendModel, customers: GammaGammaData): Float64Array;
export function expectedAverageSpend(fit: SpendModel, customer: SpendHistory | GammaGammaData): number | Float64Array {
  const fn = "expectedAverageSpend";
  return expectedAverageSpendOf(
    fn,
    fit,
    readCustomers(fn, customer, ["frequency", "monetaryValue"], "customer", "none"),
  );
}
