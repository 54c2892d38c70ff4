import * as z from "zod/mini";
import { checkDistinctIds } from "../../_lib/duplicateIds.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { parseIsoTimestamp } from "../../schema/parseIsoTimestamp.ts";
import { CustomerIdSchema } from "../../schema/primitives.ts";
import { TimestampSchema } from "../../schema/TimestampSchema.ts";

const CustomersSchema = /* @__PURE__ */ z.array(
  /* @__PURE__ */ z.looseObject({
    customerId: CustomerIdSchema,
    transactions: /* @__PURE__ */ z.array(/* @__PURE__ */ z.looseObject({ timestamp: TimestampSchema })),
  }),
);

/** The customers the simulator reads: ids (as strings) and purchase times (epoch ms, ascending). @internal */
export interface SimulationCustomers {
  readonly ids: readonly string[];
  readonly purchases: readonly (readonly number[])[];
}

/** Epoch ms of a valid timestamp input, or undefined (the schema then says why). */
function timeOf(value: unknown): number | undefined {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isFinite(t) ? t : undefined;
  }
  return typeof value === "string" ? parseIsoTimestamp(value)?.getTime() : undefined;
}

/** The fast read of well-formed input (plain arrays of objects, Date or ISO times); undefined at the first doubt. */
function readFast(customers: unknown): SimulationCustomers | undefined {
  if (!Array.isArray(customers)) return undefined;
  const ids: string[] = new Array(customers.length);
  const purchases: number[][] = new Array(customers.length);
  for (let i = 0; i < customers.length; i++) {
    const c: unknown = customers[i];
    if (typeof c !== "object" || c === null || Array.isArray(c)) return undefined;
    const { customerId: id, transactions } = c as { customerId?: unknown; transactions?: unknown };
    if (typeof id === "string" ? id.length === 0 : !(Number.isSafeInteger(id) && (id as number) >= 0)) return undefined;
    if (!Array.isArray(transactions)) return undefined;
    const times: number[] = new Array(transactions.length);
    for (let k = 0; k < transactions.length; k++) {
      const t: unknown = transactions[k];
      if (typeof t !== "object" || t === null || Array.isArray(t)) return undefined;
      const ms = timeOf((t as { timestamp?: unknown }).timestamp);
      if (ms === undefined) return undefined;
      times[k] = ms;
    }
    ids[i] = String(id);
    purchases[i] = times.sort((a, b) => a - b);
  }
  return { ids, purchases };
}

/**
 * Reads the customers of `simulateRelationshipEvents`: a fast pass over well-formed input, and the zod
 * schema (for its issues and paths, or for inputs the fast pass does not take) otherwise; then checks that
 * the ids are distinct.
 *
 * @param fn - The public function's name, for messages.
 * @param customers - The argument.
 * @param path - Its path in issues.
 * @returns Ids and sorted purchase times.
 * @throws ClienteleInputError `invalid_input` with paths under `path`.
 * @internal
 */
export function readSimulationCustomers(fn: string, customers: unknown, path: string): SimulationCustomers {
  let read = readFast(customers);
  if (read === undefined) {
    const list = parseInput(fn, CustomersSchema, customers, [path]);
    read = {
      ids: list.map((c) => c.customerId),
      purchases: list.map((c) => c.transactions.map((t) => t.timestamp.getTime()).sort((a, b) => a - b)),
    };
  }
  checkDistinctIds(fn, read.ids, (i) => [path, i, "customerId"]);
  return read;
}
