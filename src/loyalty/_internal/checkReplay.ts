import type { LoyaltyEvent } from "../../customers/LoyaltyEventSchema.ts";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import type { LedgerColumns } from "./ledgerColumns.ts";
import { type CompiledProgram, MemberReplayer } from "./MemberReplayer.ts";

/**
 * Replays every member of `events` (whose columns are `columns`) over all time and throws `domain_error`
 * at the first redemption or expiry that draws more points than the member had then, naming that
 * balance. `describe` renders the failing event's place (its index in `events`) for the message and the
 * issue path.
 *
 * @internal
 */
export function checkReplay(
  fn: string,
  program: CompiledProgram,
  events: readonly LoyaltyEvent[],
  columns: LedgerColumns,
  describe: (index: number) => { readonly where: string; readonly path: readonly (string | number)[] },
): void {
  const replayer = new MemberReplayer(program, columns);
  for (let m = 0; m < columns.ids.length; m++) {
    replayer.replay(m, Number.POSITIVE_INFINITY, true);
    if (replayer.failedEvent < 0) continue;
    const e = events[replayer.failedEvent]!;
    const available = replayer.failedAvailable;
    const { where, path } = describe(replayer.failedEvent);
    const what = e.type === "redemption" ? "redemption" : "expiry";
    const at = e.timestamp.toISOString();
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: the ${what} of ${e.points} points${where === "" ? "" : ` ${where}`} exceeds member "${e.customerId}"'s balance of ${available} points at ${at}`,
      {
        issues: [
          {
            code: "domain_error",
            path: [...path, "points"],
            message: `${e.points} points exceed the balance of ${available} points at ${at}`,
          },
        ],
      },
    );
  }
}

/**
 * The events of one member, and where each sits in `events`.
 *
 * @internal
 */
export function memberEvents(
  events: readonly LoyaltyEvent[],
  customerId: string,
): { readonly events: LoyaltyEvent[]; readonly indexes: number[] } {
  const mine: LoyaltyEvent[] = [];
  const indexes: number[] = [];
  for (let i = 0; i < events.length; i++) {
    if (events[i]!.customerId === customerId) {
      mine.push(events[i]!);
      indexes.push(i);
    }
  }
  return { events: mine, indexes };
}
