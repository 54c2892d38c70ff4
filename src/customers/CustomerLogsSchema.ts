import * as z from "zod/mini";
import type { AssertTrue, SameShape } from "./_internal/assertSchemaType.ts";
import { type BondInstrument, type BondInstrumentInput, BondInstrumentSchema } from "./BondInstrumentSchema.ts";
import { type Complaint, type ComplaintInput, ComplaintSchema } from "./ComplaintSchema.ts";
import { type Customer, type CustomerInput, CustomerSchema } from "./CustomerSchema.ts";
import { type Incident, type IncidentInput, IncidentSchema } from "./IncidentSchema.ts";
import { type Interaction, type InteractionInput, InteractionSchema } from "./InteractionSchema.ts";
import { type LoyaltyEvent, type LoyaltyEventInput, LoyaltyEventSchema } from "./LoyaltyEventSchema.ts";
import { type ServiceFailure, type ServiceFailureInput, ServiceFailureSchema } from "./ServiceFailureSchema.ts";
import { type SurveyResponse, type SurveyResponseInput, SurveyResponseSchema } from "./SurveyResponseSchema.ts";
import { type Transaction, type TransactionInput, TransactionSchema } from "./TransactionSchema.ts";

const customerLogsObject = /* @__PURE__ */ z.strictObject({
  customers: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(CustomerSchema)),
  transactions: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(TransactionSchema)),
  interactions: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(InteractionSchema)),
  serviceFailures: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ServiceFailureSchema)),
  complaints: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ComplaintSchema)),
  surveyResponses: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(SurveyResponseSchema)),
  incidents: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(IncidentSchema)),
  bonds: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(BondInstrumentSchema)),
  loyaltyEvents: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(LoyaltyEventSchema)),
});

/**
 * Flat logs, as a firm's systems export them: any of `customers`, `transactions`, `interactions`,
 * `serviceFailures`, `complaints`, `surveyResponses`, `incidents`, `bonds` (bond instruments) and
 * `loyaltyEvents` (points-ledger events), each an array; absent = none.
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
export const CustomerLogsSchema: z.ZodMiniType<CustomerLogs, CustomerLogsInput> = customerLogsObject;

/** Compile-time guard: the documented interfaces match the schema exactly. */
type _CustomerLogsSchemaMatches = [
  AssertTrue<SameShape<z.output<typeof customerLogsObject>, CustomerLogs>>,
  AssertTrue<SameShape<z.input<typeof customerLogsObject>, CustomerLogsInput>>,
];

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
export interface CustomerLogs {
  /** Customers. */
  readonly customers?: readonly Customer[] | undefined;
  /** Purchases. */
  readonly transactions?: readonly Transaction[] | undefined;
  /** Touchpoints. */
  readonly interactions?: readonly Interaction[] | undefined;
  /** Service failures. */
  readonly serviceFailures?: readonly ServiceFailure[] | undefined;
  /** Complaints. */
  readonly complaints?: readonly Complaint[] | undefined;
  /** Survey responses. */
  readonly surveyResponses?: readonly SurveyResponse[] | undefined;
  /** Incidents. */
  readonly incidents?: readonly Incident[] | undefined;
  /** Bond instruments (financial, social, structural ties). */
  readonly bonds?: readonly BondInstrument[] | undefined;
  /** Loyalty-ledger events. */
  readonly loyaltyEvents?: readonly LoyaltyEvent[] | undefined;
}

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
export interface CustomerLogsInput {
  /** Customers; the same id twice is `invalid_input`. */
  readonly customers?: readonly CustomerInput[] | undefined;
  /** Purchases. */
  readonly transactions?: readonly TransactionInput[] | undefined;
  /** Touchpoints. */
  readonly interactions?: readonly InteractionInput[] | undefined;
  /** Service failures. */
  readonly serviceFailures?: readonly ServiceFailureInput[] | undefined;
  /** Complaints. */
  readonly complaints?: readonly ComplaintInput[] | undefined;
  /** Survey responses. */
  readonly surveyResponses?: readonly SurveyResponseInput[] | undefined;
  /** Incidents. */
  readonly incidents?: readonly IncidentInput[] | undefined;
  /** Bond instruments. */
  readonly bonds?: readonly BondInstrumentInput[] | undefined;
  /** Loyalty-ledger events. */
  readonly loyaltyEvents?: readonly LoyaltyEventInput[] | undefined;
}
