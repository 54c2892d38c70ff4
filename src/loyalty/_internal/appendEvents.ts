import type { LoyaltyEvent } from "../../customers/LoyaltyEventSchema.ts";
import type { LoyaltyLedger } from "../LoyaltyLedger.ts";
import { checkReplay, memberEvents } from "./checkReplay.ts";
import { makeLedger } from "./ledgerBrand.ts";
import { compileProgram } from "./replayMember.ts";

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
  const members = new Set(added.map((e) => e.customerId));
  for (const id of members) {
    const old = memberEvents(ledger.events, id);
    const mine = [...old.events];
    const addedAt: number[] = [];
    added.forEach((e, k) => {
      if (e.customerId === id) {
        mine.push(e);
        addedAt.push(k);
      }
    });
    checkReplay(fn, program, mine, (i) =>
      i < old.events.length
        ? { where: `at ledger.events[${old.indexes[i]}]`, path: ["ledger", "events", old.indexes[i]!] }
        : where(addedAt[i - old.events.length]!),
    );
  }
  return makeLedger(ledger.program, [...ledger.events, ...added]);
}
