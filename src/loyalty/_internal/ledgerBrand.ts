import { describeReceived } from "../../_lib/describeReceived.ts";
import type { LoyaltyEvent } from "../../customers/LoyaltyEventSchema.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { LoyaltyLedger } from "../LoyaltyLedger.ts";
import type { LoyaltyProgram } from "../LoyaltyProgramSchema.ts";
import { keepColumns, type LedgerColumns } from "./ledgerColumns.ts";

/**
 * Marks ledgers made by this library (a registry symbol, so the ESM and CJS copies agree): their program
 * and events were validated and their replay checked, so the ledger functions trust them.
 */
const BRAND = Symbol.for("clientele.loyaltyLedger");

/**
 * Freezes and brands a ledger whose program and events are valid and whose replay never overdraws, and
 * keeps `columns` (built from exactly these events) for its replays when given.
 *
 * @internal
 */
export function makeLedger(program: LoyaltyProgram, events: LoyaltyEvent[], columns?: LedgerColumns): LoyaltyLedger {
  for (let i = 0; i < events.length; i++) Object.freeze(events[i]);
  const ledger = { program, events: Object.freeze(events) };
  Object.defineProperty(ledger, BRAND, { value: true, enumerable: false });
  Object.freeze(ledger);
  if (columns !== undefined) keepColumns(ledger, columns);
  return ledger;
}

/**
 * Returns `ledger` if {@link makeLedger} made it, else throws `invalid_input` at `ledger`.
 *
 * @internal
 */
export function readLedger(fn: string, ledger: unknown): LoyaltyLedger {
  if (typeof ledger === "object" && ledger !== null && (ledger as Record<symbol, unknown>)[BRAND] === true)
    return ledger as LoyaltyLedger;
  throw new ClienteleInputError(`${fn}: invalid input`, {
    issues: [
      {
        code: "invalid_type",
        path: ["ledger"],
        message: `expected a ledger made by createLedger, received ${describeReceived(ledger)}`,
        expected: "LoyaltyLedger",
        received: describeReceived(ledger),
      },
    ],
  });
}
