import * as z from "zod/mini";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { MaxIssuesSchema } from "../schema/MaxIssuesSchema.ts";
import { parseInput } from "../schema/parseInput.ts";
import { eventLists } from "./_internal/eventLists.ts";
import { readCustomerLogs } from "./_internal/readCustomerLogs.ts";
import type { CustomerLogsInput } from "./CustomerLogsSchema.ts";
import type { CustomerRecord } from "./CustomerRecordSchema.ts";
import type { Customer } from "./CustomerSchema.ts";

/**
 * Options of {@link groupByCustomer}.
 *
 * @example
 * ```ts
 * import type { GroupByCustomerOptions } from "clientele/customers";
 * const options: GroupByCustomerOptions = { maxIssues: 100 };
 * ```
 * @category Customers
 */
export interface GroupByCustomerOptions {
  /**
   * How many issues an `invalid_input` error keeps in `issues`: an integer from 0 to 1,000,000 (default
   * 10,000). `issueCount` always counts them all; see {@link MaxIssuesSchema}.
   */
  readonly maxIssues?: number | undefined;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({ maxIssues: /* @__PURE__ */ z.optional(MaxIssuesSchema) });

/**
 * Builds one {@link CustomerRecord} per customer from flat logs (validated with {@link CustomerLogsSchema}).
 *
 * @remarks
 * - Records come in order of first appearance: first the `customers` list, then customers first seen in
 *   `transactions`, `interactions`, `serviceFailures`, `complaints`, `surveyResponses`, `incidents`, `bonds`,
 *   `loyaltyEvents`.
 * - Events inside a record are sorted by time (`timestamp`; `openedAt` for complaints, `start` for bonds);
 *   ties keep input order.
 * - A customer seen only in the event logs gets a record without `customer`; a customer in `customers` with
 *   no events gets a record with empty lists. Nothing is dropped.
 * - The same `id` twice in `customers` is `invalid_input` (path `customers[i].id`).
 * Runs in O(n log n). Never mutates its input.
 *
 * @param logs - The flat logs; every list is optional.
 * @param options - `maxIssues`: how many issues an `invalid_input` error keeps (default 10,000; all counted).
 * @returns One record per customer.
 * @throws {@link ClienteleInputError} `invalid_input` for any bad row (path like `transactions[12].amount`)
 *   or a duplicate customer id.
 * @example
 * ```ts
 * import { groupByCustomer } from "clientele/customers";
 * const records = groupByCustomer({
 *   transactions: [
 *     { customerId: "b", timestamp: "1997-01-03", amount: 5 },
 *     { customerId: "a", timestamp: "1997-01-02", amount: 7 },
 *     { customerId: "b", timestamp: "1997-01-01", amount: 3 },
 *   ],
 * });
 * records.map((r) => r.customerId); // => ["b", "a"]
 * records[0]?.transactions.map((t) => t.amount); // => [3, 5]
 * ```
 * @category Customers
 */
export function groupByCustomer(logs: CustomerLogsInput, options?: GroupByCustomerOptions): CustomerRecord[] {
  const fn = "groupByCustomer";
  const { maxIssues } = parseInput(fn, OptionsSchema, options ?? {}, ["options"]);
  const parsed = readCustomerLogs(fn, logs, maxIssues);
  const customers = new Map<string, Customer>();
  const duplicates: ClienteleIssue[] = [];
  (parsed.customers ?? []).forEach((customer, i) => {
    if (customers.has(customer.id)) {
      duplicates.push({
        code: "duplicate_id",
        path: ["customers", i, "id"],
        message: `duplicate customer id "${customer.id}"`,
        expected: "unique customer ids",
        received: JSON.stringify(customer.id),
      });
    } else {
      customers.set(customer.id, customer);
    }
  });
  if (duplicates.length > 0) {
    throw new ClienteleInputError("groupByCustomer: invalid input", { issues: duplicates });
  }

  const records = new Map<string, MutableRecord>();
  const recordFor = (customerId: string): MutableRecord => {
    let record = records.get(customerId);
    if (record === undefined) {
      record = emptyRecord(customerId, customers.get(customerId));
      records.set(customerId, record);
    }
    return record;
  };
  for (const id of customers.keys()) recordFor(id);
  for (const list of eventLists) {
    for (const event of parsed[list] ?? []) (recordFor(event.customerId)[list] as unknown[]).push(event);
  }
  for (const record of records.values()) {
    for (const list of eventLists) (record[list] as object[]).sort(byTime);
  }
  return [...records.values()];
}

type MutableRecord = { -readonly [K in keyof CustomerRecord]: CustomerRecord[K] };

function emptyRecord(customerId: string, customer: Customer | undefined): MutableRecord {
  const base = {
    customerId,
    transactions: [],
    interactions: [],
    serviceFailures: [],
    complaints: [],
    surveyResponses: [],
    incidents: [],
    bonds: [],
    loyaltyEvents: [],
  };
  return customer === undefined ? base : { ...base, customer };
}

function eventTime(e: object): number {
  if ("openedAt" in e) return (e.openedAt as Date).getTime();
  if ("start" in e) return (e.start as Date).getTime();
  return (e as { timestamp: Date }).timestamp.getTime();
}

function byTime(a: object, b: object): number {
  return eventTime(a) - eventTime(b);
}
