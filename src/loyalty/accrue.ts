import { type LoyaltyEventInput, LoyaltyEventSchema } from "../customers/LoyaltyEventSchema.ts";
import { parseInput } from "../schema/parseInput.ts";
import { appendEvents } from "./_internal/appendEvents.ts";
import { checkProgramIds } from "./_internal/checkProgramIds.ts";
import { readLedger } from "./_internal/ledgerBrand.ts";
import type { LoyaltyLedger } from "./LoyaltyLedger.ts";

/**
 * An accrual to record: a {@link LoyaltyEventInput} without its `type`.
 *
 * @example
 * ```ts
 * import type { AccrualInput } from "clientele/loyalty";
 * const a: AccrualInput = { customerId: "m1", timestamp: "2024-03-01", points: 250, transactionId: "T-9" };
 * ```
 * @category Ledger
 */
export type AccrualInput = Omit<LoyaltyEventInput, "type" | "rewardId">;

/**
 * Records points earned: returns a new ledger with one accrual (one lot) appended.
 *
 * @remarks
 * The lot expires under the program's {@link ExpiryRule} or at its own `expiresAt`, whichever is earlier.
 * Its qualifying credits for tiers are `qualifyingCredits`, else its points. The ledger given is
 * unchanged. Runs in O(n) (the events are copied; to load many events at once use {@link createLedger}
 * or {@link accrueTransactions}).
 *
 * @param ledger - A ledger from {@link createLedger}.
 * @param accrual - The accrual.
 * @returns The new ledger.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad accrual (paths under `accrual`, e.g. an
 *   `expiresAt` before the accrual, points that are not a whole number > 0) or a ledger not made by
 *   {@link createLedger}.
 * @example
 * ```ts
 * import { accrue, balance, createLedger } from "clientele/loyalty";
 * const empty = createLedger({ costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } });
 * const ledger = accrue(empty, { customerId: "m1", timestamp: "2024-03-01", points: 250 });
 * balance(ledger, { asOf: "2024-03-31" }).points; // => 250
 * empty.events.length; // => 0
 * ```
 * @category Ledger
 */
export function accrue(ledger: LoyaltyLedger, accrual: AccrualInput): LoyaltyLedger {
  const fn = "accrue";
  const base = readLedger(fn, ledger);
  const event = parseInput(fn, LoyaltyEventSchema, { ...accrual, type: "accrual" }, ["accrual"]);
  checkProgramIds(fn, base.program, [event], () => ["accrual"]);
  return appendEvents(fn, base, [event], () => ({ where: "", path: ["accrual"] }));
}
