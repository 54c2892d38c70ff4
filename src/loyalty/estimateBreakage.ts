import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import type { LoyaltyLedger } from "./LoyaltyLedger.ts";
import { type LedgerStatesOptions, ledgerStates } from "./ledgerStates.ts";

/**
 * A ledger's historical breakage (see {@link estimateBreakage}).
 *
 * @example
 * ```ts
 * import type { BreakageEstimate } from "clientele/loyalty";
 * const b: Pick<BreakageEstimate, "breakageRate" | "redemptionProbability"> = { breakageRate: 0.2, redemptionProbability: 0.8 };
 * ```
 * @category Economics
 */
export interface BreakageEstimate {
  /** Points redeemed up to `asOf`. */
  readonly redeemed: number;
  /** Points expired up to `asOf`, recorded or lapsed under the expiry rule. */
  readonly broken: number;
  /** Points still available at `asOf` (their fate is not yet known). */
  readonly outstanding: number;
  /** broken / (redeemed + broken): the share of settled points that were never redeemed. */
  readonly breakageRate: number;
  /** 1 − breakageRate. */
  readonly redemptionProbability: number;
  /** outstanding × redemptionProbability: the outstanding points expected to be redeemed. */
  readonly expectedRedemptions: number;
}

/**
 * Estimates breakage from a ledger's history: of the points whose fate is settled by `asOf` (redeemed,
 * or expired), the share that expired unredeemed; and from it the probability that an outstanding point
 * is redeemed.
 *
 * @remarks
 * The historical-experience estimate that IFRS 15 B46 and ASC 606-10-55-48 ask for, in its simplest form:
 * one ratio over the whole ledger, every point weighted alike. It assumes outstanding points will settle
 * as past ones did. In a young or growing program, settled points are dominated by early redemptions
 * (expiry comes later), so the ratio understates breakage; use a ledger old enough for its lots to have
 * run their course, or restrict it to old cohorts. Runs in O(n) (one {@link ledgerStates} replay).
 *
 * @param ledger - A ledger from {@link createLedger}.
 * @param options - `asOf`.
 * @returns The estimate.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `asOf`.
 * @throws {@link ClienteleDomainError} `insufficient_data` when no point has been redeemed or expired by `asOf`.
 * @example
 * ```ts
 * import { createLedger, estimateBreakage } from "clientele/loyalty";
 * const ledger = createLedger({ costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } }, [
 *   { customerId: "a", timestamp: "2023-01-01", type: "accrual", points: 1000 },
 *   { customerId: "a", timestamp: "2023-06-01", type: "redemption", points: 600 },
 *   { customerId: "a", timestamp: "2024-06-01", type: "expiry", points: 150 },
 * ]);
 * const b = estimateBreakage(ledger, { asOf: "2024-12-31" });
 * b.breakageRate; // => 0.2 (150 of 750 settled points)
 * b.outstanding; // => 250
 * ```
 * @category Economics
 */
export function estimateBreakage(ledger: LoyaltyLedger, options: LedgerStatesOptions): BreakageEstimate {
  const fn = "estimateBreakage";
  let redeemed = 0;
  let broken = 0;
  let outstanding = 0;
  for (const s of ledgerStates(ledger, options)) {
    redeemed += s.redeemed;
    broken += s.expired + s.lapsed;
    outstanding += s.available;
  }
  if (redeemed + broken === 0)
    throw new ClienteleDomainError(
      "insufficient_data",
      `${fn}: no point has been redeemed or expired by asOf; breakage cannot be estimated from this ledger`,
    );
  const breakageRate = broken / (redeemed + broken);
  return {
    redeemed,
    broken,
    outstanding,
    breakageRate,
    redemptionProbability: 1 - breakageRate,
    expectedRedemptions: outstanding * (1 - breakageRate),
  };
}
