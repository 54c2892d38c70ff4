import * as z from "zod/mini";
import { ComplaintSchema } from "./ComplaintSchema.ts";
import { CustomerSchema } from "./CustomerSchema.ts";
import { IncidentSchema } from "./IncidentSchema.ts";
import { InteractionSchema } from "./InteractionSchema.ts";
import { ServiceFailureSchema } from "./ServiceFailureSchema.ts";
import { SurveyResponseSchema } from "./SurveyResponseSchema.ts";
import { TransactionSchema } from "./TransactionSchema.ts";

/**
 * Flat logs, as a firm's systems export them: any of `customers`, `transactions`, `interactions`,
 * `serviceFailures`, `complaints`, `surveyResponses`, `incidents` (each an array; absent = none).
 * Input of {@link groupByCustomer}.
 *
 * @example
 * ```ts
 * import { CustomerLogsSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", CustomerLogsSchema, { transactions: [{ customerId: 1, timestamp: "1997-01-01", amount: 5 }] })
 *   .transactions?.[0]?.customerId; // => "1"
 * ```
 * @category Customers
 */
export const CustomerLogsSchema = /* @__PURE__ */ z.strictObject({
  customers: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(CustomerSchema)),
  transactions: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(TransactionSchema)),
  interactions: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(InteractionSchema)),
  serviceFailures: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ServiceFailureSchema)),
  complaints: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ComplaintSchema)),
  surveyResponses: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(SurveyResponseSchema)),
  incidents: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(IncidentSchema)),
});

/**
 * Validated flat logs (output of {@link CustomerLogsSchema}).
 *
 * @example
 * ```ts
 * import type { CustomerLogs } from "clientele/customers";
 * const logs: CustomerLogs = { transactions: [] };
 * ```
 * @category Customers
 */
export type CustomerLogs = z.output<typeof CustomerLogsSchema>;

/**
 * What {@link CustomerLogsSchema} accepts (read-only arrays are fine: nothing is mutated).
 *
 * @example
 * ```ts
 * import type { CustomerLogsInput } from "clientele/customers";
 * const logs: CustomerLogsInput = { customers: [{ id: 1 }], transactions: [{ customerId: 1, timestamp: "1997-01-01", amount: 5 }] };
 * ```
 * @category Customers
 */
export type CustomerLogsInput = {
  readonly [K in keyof z.input<typeof CustomerLogsSchema>]?: readonly NonNullable<
    z.input<typeof CustomerLogsSchema>[K]
  >[number][];
};
