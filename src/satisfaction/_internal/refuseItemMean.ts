import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { MissingAnswerPolicy } from "../MissingAnswerPolicySchema.ts";

/**
 * Refuses `"impute-mean"` for a function that reads one respondent (an item mean needs others), naming the
 * function that reads many.
 *
 * @internal
 */
export function refuseItemMean(fn: string, policy: MissingAnswerPolicy, forMany: string): void {
  if (policy !== "impute-mean") return;
  throw new ClienteleInputError(`${fn}: invalid input`, {
    issues: [
      {
        code: "custom",
        path: ["options", "missing"],
        message: `expected "reject", "skip" or "impute-midpoint": "impute-mean" needs other respondents (${forMany})`,
      },
    ],
  });
}
