import * as z from "zod/mini";
import { isPlainObject } from "../_lib/isPlainObject.ts";
import { collectIssue, createIssueCollector } from "../_lib/issueCollector.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { LabelSchema } from "../schema/primitives.ts";
import type { HealthObservation } from "./HealthObservationSchema.ts";

const FN = "healthObservationsFromRecord";

/**
 * Options of {@link healthObservationsFromRecord}.
 *
 * @example
 * ```ts
 * import type { HealthObservationsFromRecordOptions } from "clientele/accounts";
 * const options: HealthObservationsFromRecordOptions = { profit: true, satisfaction: { instrument: "csat", item: "overall" } };
 * ```
 * @category Account health
 */
export interface HealthObservationsFromRecordOptions {
  /** Also emit profit (amount − cost) per transaction; every transaction must then have a `cost`. Default `false`. */
  readonly profit?: boolean | undefined;
  /** Emit satisfaction from the survey responses of this instrument, reading this item's score. */
  readonly satisfaction?:
    | {
        /** The survey instrument to read. */
        readonly instrument: string;
        /** The item whose score is the satisfaction. */
        readonly item: string;
      }
    | undefined;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  profit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  satisfaction: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({ instrument: LabelSchema, item: LabelSchema }),
  ),
});

/**
 * The health observations a customer record already holds, ready for {@link accountHealthSeries}: revenue
 * from each transaction's amount, profit (amount − cost, when asked), one complaint per complaint opened,
 * and satisfaction from one survey item. Bond levels and risk findings are states the app computes at its
 * own dates (`bondProfile`, a rule evaluation) and adds as observations itself.
 *
 * @param record - A validated customer record (from `groupByCustomer`); not mutated.
 * @param options - `profit`, `satisfaction`.
 * @returns The observations, in the order: revenue, profit, complaints, satisfaction.
 * @throws {@link ClienteleInputError} `invalid_input` for bad options, a record that is not one, a
 * transaction without a cost when `profit` is asked (`record.transactions[i].cost`), or a response of the
 * instrument without the item's score (`record.surveyResponses[i].scores.<item>`).
 * @example
 * ```ts
 * import { healthObservationsFromRecord } from "clientele/accounts";
 * import { groupByCustomer } from "clientele/customers";
 * const [record] = groupByCustomer({
 *   transactions: [{ customerId: "acme", timestamp: new Date("2025-01-10"), amount: 100, cost: 70 }],
 * });
 * healthObservationsFromRecord(record!, { profit: true }).map((o) => [o.metric, o.value]);
 * // => [["revenue", 100], ["profit", 30]]
 * ```
 * @category Account health
 */
export function healthObservationsFromRecord(
  record: CustomerRecord,
  options?: HealthObservationsFromRecordOptions | undefined,
): HealthObservation[] {
  const opts = parseInput(FN, OptionsSchema, options ?? {}, ["options"]);
  if (
    !isPlainObject(record) ||
    typeof record.customerId !== "string" ||
    !Array.isArray(record.transactions) ||
    !Array.isArray(record.complaints) ||
    !Array.isArray(record.surveyResponses)
  ) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["record"],
          message:
            "expected a customer record (from groupByCustomer) with transactions, complaints and surveyResponses",
        },
      ],
    });
  }
  const accountId = record.customerId;
  const out: HealthObservation[] = [];
  const issues = createIssueCollector();
  const isDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());
  const bad = (path: (string | number)[], message: string) =>
    collectIssue(issues, () => ({ code: "invalid_type", path: ["record", ...path], message }));
  record.transactions.forEach((t, i) => {
    if (!isDate(t?.timestamp) || typeof t.amount !== "number" || !Number.isFinite(t.amount)) {
      bad(["transactions", i], "expected a validated transaction (timestamp and finite amount)");
      return;
    }
    out.push({ accountId, timestamp: t.timestamp, metric: "revenue", value: t.amount });
  });
  if (opts.profit === true) {
    record.transactions.forEach((t, i) => {
      if (typeof t?.cost !== "number" || !Number.isFinite(t.cost)) {
        bad(["transactions", i, "cost"], "expected a cost (profit was asked for)");
        return;
      }
      if (isDate(t.timestamp))
        out.push({ accountId, timestamp: t.timestamp, metric: "profit", value: t.amount - t.cost });
    });
  }
  record.complaints.forEach((c, i) => {
    if (!isDate(c?.openedAt)) {
      bad(["complaints", i, "openedAt"], "expected a validated complaint with openedAt");
      return;
    }
    out.push({ accountId, timestamp: c.openedAt, metric: "complaints", value: 1 });
  });
  const satisfaction = opts.satisfaction;
  if (satisfaction !== undefined) {
    record.surveyResponses.forEach((r, i) => {
      if (r?.instrument !== satisfaction.instrument) return;
      const score = isPlainObject(r.scores) ? r.scores[satisfaction.item] : undefined;
      if (typeof score !== "number" || !Number.isFinite(score) || !isDate(r.timestamp)) {
        bad(
          ["surveyResponses", i, "scores", satisfaction.item],
          `expected a score for ${JSON.stringify(satisfaction.item)}`,
        );
        return;
      }
      out.push({ accountId, timestamp: r.timestamp, metric: "satisfaction", value: score });
    });
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${FN}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  return out;
}
