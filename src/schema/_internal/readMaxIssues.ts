import { MAX_KEPT_ISSUES } from "../../_lib/issueCollector.ts";
import { MaxIssuesSchema } from "../MaxIssuesSchema.ts";
import { parseInput } from "../parseInput.ts";

/**
 * Validates a `maxIssues` option (path `options.maxIssues`) and fills its default.
 *
 * @internal
 */
export function readMaxIssues(fnName: string, maxIssues: unknown): number {
  if (maxIssues === undefined) return MAX_KEPT_ISSUES;
  return parseInput(fnName, MaxIssuesSchema, maxIssues, ["options", "maxIssues"]);
}
