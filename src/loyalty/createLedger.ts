import type { LoyaltyEventInput } from "../customers/LoyaltyEventSchema.ts";
import { parseInput } from "../schema/parseInput.ts";
import { checkProgramIds } from "./_internal/checkProgramIds.ts";
import { checkReplay } from "./_internal/checkReplay.ts";
import { makeLedger } from "./_internal/ledgerBrand.ts";
import { compileProgram } from "./_internal/MemberReplayer.ts";
import { parseLedgerEvents } from "./_internal/parseLedgerEvents.ts";
import type { LoyaltyLedger } from "./LoyaltyLedger.ts";
import { type LoyaltyProgramInput, LoyaltyProgramSchema } from "./LoyaltyProgramSchema.ts";

/**
 * Makes a {@link LoyaltyLedger} from a program and the events already recorded under it (none for a new
 * program): validates both, and replays every member once to check that no redemption or expiry ever
 * drew more points than the member had.
 *
 * @remarks
 * Runs in O(n) plus the sort of members whose events are out of time order. The events are indexed
 * once, by member and time (kept privately with the ledger), so every later replay reads them
 * directly. Neither argument is mutated: the ledger holds parsed, frozen copies.
 *
 * @param program - The program's definition (see {@link LoyaltyProgramSchema}).
 * @param events - Recorded events, any members, any order (see `LoyaltyEventSchema` in
 *   `clientele/customers`).
 * @returns The ledger.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad program (paths under `program`), bad
 *   events (under `events[i]`), or an event whose `programId` names another program.
 * @throws {@link ClienteleDomainError} `domain_error` when a redemption or expiry exceeds the member's
 *   balance at its time; the message names the balance, the path is `events[i].points`.
 * @example
 * ```ts
 * import { balance, createLedger } from "clientele/loyalty";
 * const ledger = createLedger({ costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } }, [
 *   { customerId: "m1", timestamp: "2024-01-05", type: "accrual", points: 300 },
 *   { customerId: "m1", timestamp: "2024-02-01", type: "redemption", points: 100 },
 * ]);
 * balance(ledger, { asOf: "2024-03-01" }).points; // => 200
 * // a redemption of 500 on 2024-02-01 instead throws domain_error:
 * // createLedger: the redemption of 500 points at events[1] exceeds member "m1"'s balance of 300 points at 2024-02-01T00:00:00.000Z
 * ```
 * @category Ledger
 */
export function createLedger(program: LoyaltyProgramInput, events: readonly LoyaltyEventInput[] = []): LoyaltyLedger {
  const fn = "createLedger";
  const parsed = parseInput(fn, LoyaltyProgramSchema, program, ["program"]);
  const { events: rows, columns } = parseLedgerEvents(fn, events, ["events"]);
  checkProgramIds(fn, parsed, rows, (i) => ["events", i]);
  checkReplay(fn, compileProgram(parsed), rows, columns, (i) => ({ where: `at events[${i}]`, path: ["events", i] }));
  return makeLedger(parsed, rows, columns);
}
