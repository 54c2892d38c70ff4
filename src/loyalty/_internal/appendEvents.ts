import type { LoyaltyEvent } from "../../customers/LoyaltyEventSchema.ts";
import type { LoyaltyLedger } from "../LoyaltyLedger.ts";
import { checkReplay, memberEvents } from "./checkReplay.ts";
import { makeLedger } from "./ledgerBrand.ts";
import { buildColumns } from "./ledgerColumns.ts";
import { compileProgram } from "./MemberReplayer.ts";

/**
 * A new ledger with `added` (valid events of the ledger's program) appended, after replaying each member
 * they touch to check that no redemption or expiry, new or already recorded, now overdraws. `where(k)`
 * describes the k-th added event for messages and paths.
 *
 * @internal
 */
export function appendEvents(
  fn: string,
  ledger: LoyaltyLedger,
  added: readonly LoyaltyEvent[],
  where: (k: number) => { readonly where: string; readonly path: readonly (string | number)[] },
): LoyaltyLedger {
  const program = compileProgram(ledger.program);
  const n = ledger.events.length;
  const old = (i: number) => ({ where: `at ledger.events[${i}]`, path: ["ledger", "events", i] as const });
  if (added.length !== 1) {
    // Many events: one grouped replay of the whole ledger, O(n); the new ledger keeps its columns.
    const all = [...ledger.events, ...added];
    const columns = buildColumns(all);
    checkReplay(fn, program, all, columns, (i) => (i < n ? old(i) : where(i - n)));
    return makeLedger(ledger.program, all, columns);
  }
  // One event: replay only its member (the new ledger's columns are built when a replay needs them).
  const mine = memberEvents(ledger.events, added[0]!.customerId);
  const events = [...mine.events, added[0]!];
  checkReplay(fn, program, events, buildColumns(events), (i) =>
    i < mine.events.length ? old(mine.indexes[i]!) : where(0),
  );
  return makeLedger(ledger.program, [...ledger.events, ...added]);
}
