import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import type { LoyaltyEvent } from "../../customers/LoyaltyEventSchema.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { LoyaltyProgram } from "../LoyaltyProgramSchema.ts";

/**
 * Throws `invalid_input` listing (capped) every event whose `programId` names another program than the
 * ledger's (an event without one belongs to the ledger's program).
 *
 * @internal
 */
export function checkProgramIds(
  fn: string,
  program: LoyaltyProgram,
  events: readonly LoyaltyEvent[],
  path: (i: number) => readonly (string | number)[],
): void {
  const issues = createIssueCollector();
  for (let i = 0; i < events.length; i++) {
    const id = events[i]!.programId;
    if (id !== undefined && id !== program.programId)
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: [...path(i), "programId"],
        message: `expected ${program.programId === undefined ? "no programId (the program has none)" : `programId "${program.programId}"`}, received "${id}"`,
        expected: program.programId ?? "no programId",
        received: JSON.stringify(id),
      }));
  }
  if (issues.count > 0)
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
}
