import type { IssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";

/**
 * Throws `invalid_input` with the collected issues (the kept ones, all counted), if there are any.
 *
 * @internal
 */
export function throwIfAny(fn: string, issues: IssueCollector): void {
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
}
