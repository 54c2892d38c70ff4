import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { collectIssues, collectThrown, createIssueCollector } from "../../_lib/issueCollector.ts";
import { unknownKeysIssue } from "../../_lib/unknownKeysIssue.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseRows } from "../../schema/parseRows.ts";
import { BondInstrumentSchema } from "../BondInstrumentSchema.ts";
import { ComplaintSchema } from "../ComplaintSchema.ts";
import type { CustomerLogs } from "../CustomerLogsSchema.ts";
import { CustomerSchema } from "../CustomerSchema.ts";
import { IncidentSchema } from "../IncidentSchema.ts";
import { InteractionSchema } from "../InteractionSchema.ts";
import { LoyaltyEventSchema } from "../LoyaltyEventSchema.ts";
import { ServiceFailureSchema } from "../ServiceFailureSchema.ts";
import { SurveyResponseSchema } from "../SurveyResponseSchema.ts";
import { TransactionSchema } from "../TransactionSchema.ts";

const SCHEMAS = {
  customers: CustomerSchema,
  transactions: TransactionSchema,
  interactions: InteractionSchema,
  serviceFailures: ServiceFailureSchema,
  complaints: ComplaintSchema,
  surveyResponses: SurveyResponseSchema,
  incidents: IncidentSchema,
  bonds: BondInstrumentSchema,
  loyaltyEvents: LoyaltyEventSchema,
} as const;

/**
 * Validates customer logs as `CustomerLogsSchema` does, but one row at a time, so that any number of bad
 * rows gives one bounded error (a single schema over whole arrays overflows the stack near 10⁵ issues):
 * a plain object with only the known lists, each an array of valid rows. Issues are at `list[i].field`.
 *
 * @param fnName - Public function name for messages.
 * @param logs - Untrusted input.
 * @returns The parsed logs (fresh objects).
 * @param maxIssues - Issues kept (default 10,000); all are counted.
 * @throws {@link ClienteleInputError} `invalid_input` listing the problems (the first `maxIssues` kept, all counted).
 * @internal
 */
export function readCustomerLogs(fnName: string, logs: unknown, maxIssues?: number): CustomerLogs {
  if (!isPlainObject(logs)) {
    const received = describeReceived(logs);
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: [],
          message: `expected object, received ${received}`,
          expected: "object",
          received,
        },
      ],
    });
  }
  const issues = createIssueCollector(maxIssues);
  const unknown = unknownKeysIssue(logs, Object.keys(SCHEMAS), []);
  if (unknown !== undefined) collectIssues(issues, unknown);
  const out: Record<string, unknown[]> = {};
  for (const key of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
    const rows = (logs as Record<string, unknown>)[key];
    if (rows === undefined) continue;
    const parsed = collectThrown(issues, () =>
      parseRows(fnName, SCHEMAS[key], rows, { path: [key], maxIssues: issues.cap }),
    );
    if (parsed !== undefined) out[key] = parsed;
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  return out as CustomerLogs;
}
