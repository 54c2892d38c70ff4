import type { LoyaltyEvent } from "../../customers/LoyaltyEventSchema.ts";
import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import { groupMembers } from "./groupMembers.ts";
import { type CompiledProgram, replayMember } from "./replayMember.ts";

/**
 * Replays every member of `events` over all time and throws `domain_error` at the first redemption or
 * expiry that draws more points than the member had then, naming that balance. `describe` renders the
 * failing event's place (its index in `events`) for the message and the issue path.
 *
 * @internal
 */
export function checkReplay(
  fn: string,
  program: CompiledProgram,
  events: readonly LoyaltyEvent[],
  describe: (index: number) => { readonly where: string; readonly path: readonly (string | number)[] },
): void {
  const { ids, offsets, order, times } = groupMembers(events);
  for (let m = 0; m < ids.length; m++) {
    const r = replayMember(program, events, times, order, offsets[m]!, offsets[m + 1]!, Infinity, true);
    if (r.failedEvent < 0) continue;
    const e = events[r.failedEvent]!;
    const { where, path } = describe(r.failedEvent);
    const what = e.type === "redemption" ? "redemption" : "expiry";
    const at = e.timestamp.toISOString();
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: the ${what} of ${e.points} points${where === "" ? "" : ` ${where}`} exceeds member "${e.customerId}"'s balance of ${r.failedAvailable} points at ${at}`,
      {
        issues: [
          {
            code: "domain_error",
            path: [...path, "points"],
            message: `${e.points} points exceed the balance of ${r.failedAvailable} points at ${at}`,
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
