import * as z from "zod/mini";
import { checkDistinctIds } from "../_lib/duplicateIds.ts";
import { collectIssue, createIssueCollector } from "../_lib/issueCollector.ts";
import { BondInstrumentSchema } from "../customers/BondInstrumentSchema.ts";
import { ComplaintSchema } from "../customers/ComplaintSchema.ts";
import {
  type CustomerRecord,
  type CustomerRecordInput,
  CustomerRecordSchema,
} from "../customers/CustomerRecordSchema.ts";
import { IncidentSchema } from "../customers/IncidentSchema.ts";
import { InteractionSchema } from "../customers/InteractionSchema.ts";
import { ServiceFailureSchema } from "../customers/ServiceFailureSchema.ts";
import { SurveyResponseSchema } from "../customers/SurveyResponseSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { CustomerIdSchema } from "../schema/primitives.ts";
import { mergeRecordEvents } from "./_internal/mergeRecordEvents.ts";
import type { SimulatedRelationshipEvents } from "./SimulatedRelationshipEvents.ts";

const FN = "mergeSimulatedEvents";
const LISTS = ["serviceFailures", "complaints", "incidents", "interactions", "surveyResponses", "bonds"] as const;

const EventsSchema = /* @__PURE__ */ z.array(
  /* @__PURE__ */ z
    .strictObject({
      customerId: CustomerIdSchema,
      serviceFailures: /* @__PURE__ */ z.array(ServiceFailureSchema),
      complaints: /* @__PURE__ */ z.array(ComplaintSchema),
      incidents: /* @__PURE__ */ z.array(IncidentSchema),
      interactions: /* @__PURE__ */ z.array(InteractionSchema),
      surveyResponses: /* @__PURE__ */ z.array(SurveyResponseSchema),
      bonds: /* @__PURE__ */ z.array(BondInstrumentSchema),
    })
    .check(
      /* @__PURE__ */ z.superRefine((entry, ctx) => {
        for (const list of LISTS) {
          entry[list].forEach((event, i) => {
            if (event.customerId !== entry.customerId) {
              ctx.addIssue({
                code: "custom",
                path: [list, i, "customerId"],
                message: "",
                params: { expected: `customerId "${entry.customerId}" (the entry's)` },
              });
            }
          });
        }
      }),
    ),
);

/**
 * Adds simulated events (from {@link simulateRelationshipEvents}) to customer records: each record's
 * service failures, complaints, incidents, interactions, survey responses and bonds get the events of
 * the entry with the same `customerId`, every list kept in time order; records without an entry come back
 * as they were (validated). Nothing is mutated; fresh records are returned.
 *
 * @param records - Customer records (`CustomerRecord`s, or inputs for `CustomerRecordSchema`), distinct ids.
 * @param events - Simulated events, at most one entry per customer, each for a customer among `records`.
 * @returns The records, in input order, as validated `CustomerRecord`s with the events added.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad record (path `records[i].…`), a bad event
 *   or one whose `customerId` is not its entry's (path `events[i].…`), a repeated id, or an entry for a
 *   customer not among `records` (path `events[i].customerId`).
 * @example
 * ```ts
 * import { mergeSimulatedEvents, simulateRelationshipEvents } from "clientele/simulation";
 * import { groupByCustomer } from "clientele/customers";
 * const records = groupByCustomer({ transactions: [{ customerId: "0001", timestamp: "1997-01-01", amount: 11.77 }] });
 * const events = simulateRelationshipEvents(records, {
 *   seed: 19, from: "1997-01-01", asOf: "1998-06-30", rates: { failurePerPurchase: 1 },
 * });
 * const [record] = mergeSimulatedEvents(records, events);
 * record?.serviceFailures.length; // => 1
 * record?.transactions.length; // => 1
 * ```
 * @category Simulation
 */
export function mergeSimulatedEvents(
  records: readonly CustomerRecordInput[],
  events: readonly SimulatedRelationshipEvents[],
): CustomerRecord[] {
  const parsed = parseInput(FN, /* @__PURE__ */ z.array(CustomerRecordSchema), records, ["records"]);
  const entries = parseInput(FN, EventsSchema, events, ["events"]);
  checkDistinctIds(
    FN,
    parsed.map((r) => r.customerId),
    (i) => ["records", i, "customerId"],
  );
  checkDistinctIds(
    FN,
    entries.map((e) => e.customerId),
    (i) => ["events", i, "customerId"],
  );
  const byId = new Map(parsed.map((r, i) => [r.customerId, i]));
  const issues = createIssueCollector();
  entries.forEach((e, i) => {
    if (!byId.has(e.customerId)) {
      collectIssue(issues, () => ({
        code: "custom",
        path: ["events", i, "customerId"],
        message: "no record has this customer id",
        expected: "the id of one of the records",
      }));
    }
  });
  if (issues.count > 0) {
    throw new ClienteleInputError(`${FN}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  const out: CustomerRecord[] = parsed.slice();
  for (const e of entries) {
    const i = byId.get(e.customerId)!;
    out[i] = mergeRecordEvents(parsed[i]!, e);
  }
  return out;
}
