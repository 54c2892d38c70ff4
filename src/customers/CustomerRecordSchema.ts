import * as z from "zod/mini";
import { CustomerIdSchema } from "../schema/primitives.ts";
import type { AssertTrue, SameShape } from "./_internal/assertSchemaType.ts";
import { eventLists } from "./_internal/eventLists.ts";
import { type BondInstrument, type BondInstrumentInput, BondInstrumentSchema } from "./BondInstrumentSchema.ts";
import { type Complaint, type ComplaintInput, ComplaintSchema } from "./ComplaintSchema.ts";
import { type Customer, type CustomerInput, CustomerSchema } from "./CustomerSchema.ts";
import { type Incident, type IncidentInput, IncidentSchema } from "./IncidentSchema.ts";
import { type Interaction, type InteractionInput, InteractionSchema } from "./InteractionSchema.ts";
import { type LoyaltyEvent, type LoyaltyEventInput, LoyaltyEventSchema } from "./LoyaltyEventSchema.ts";
import { type ServiceFailure, type ServiceFailureInput, ServiceFailureSchema } from "./ServiceFailureSchema.ts";
import { type SurveyResponse, type SurveyResponseInput, SurveyResponseSchema } from "./SurveyResponseSchema.ts";
import { type Transaction, type TransactionInput, TransactionSchema } from "./TransactionSchema.ts";

const customerRecordObject = /* @__PURE__ */ z
  .strictObject({
    customerId: CustomerIdSchema,
    customer: /* @__PURE__ */ z.optional(CustomerSchema),
    transactions: /* @__PURE__ */ z.array(TransactionSchema),
    interactions: /* @__PURE__ */ z.array(InteractionSchema),
    serviceFailures: /* @__PURE__ */ z.array(ServiceFailureSchema),
    complaints: /* @__PURE__ */ z.array(ComplaintSchema),
    surveyResponses: /* @__PURE__ */ z.array(SurveyResponseSchema),
    incidents: /* @__PURE__ */ z.array(IncidentSchema),
    bonds: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(BondInstrumentSchema), () => []),
    loyaltyEvents: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(LoyaltyEventSchema), () => []),
  })
  .check(
    /* @__PURE__ */ z.superRefine((record, ctx) => {
      const expected = `customerId "${record.customerId}" (the record's)`;
      if (record.customer !== undefined && record.customer.id !== record.customerId) {
        ctx.addIssue({ code: "custom", path: ["customer", "id"], message: "", params: { expected } });
      }
      for (const list of eventLists) {
        record[list].forEach((event, i) => {
          if (event.customerId !== record.customerId) {
            ctx.addIssue({ code: "custom", path: [list, i, "customerId"], message: "", params: { expected } });
          }
        });
      }
    }),
  );

/**
 * One customer's whole history: the customer (if known) and their transactions, touchpoints, service
 * failures, complaints, survey responses, incidents, bond instruments and loyalty-ledger events, each list
 * in time order (bonds by `start`). `bonds` and `loyaltyEvents` may be left out of the input (they come
 * out as empty lists), so records stored before they existed still load. Use it to validate a
 * record that was stored as JSON; {@link groupByCustomer} builds records from flat logs.
 *
 * @remarks
 * Every event's `customerId` (and `customer.id`) must equal the record's `customerId`; a mismatch is an
 * `invalid_input` issue at that event's path.
 *
 * @example
 * ```ts
 * import { CustomerRecordSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * const r = parseInput("load", CustomerRecordSchema, {
 *   customerId: "0001",
 *   transactions: [{ customerId: "0001", timestamp: "1997-01-01", amount: 11.77 }],
 *   interactions: [], serviceFailures: [], complaints: [], surveyResponses: [], incidents: [],
 * });
 * r.transactions.length; // => 1
 * ```
 * @category Customers
 */
export const CustomerRecordSchema: z.ZodMiniType<CustomerRecord, CustomerRecordInput> = customerRecordObject;

/** Compile-time guard: the documented interfaces match the schema exactly. */
type _CustomerRecordSchemaMatches = [
  AssertTrue<SameShape<z.output<typeof customerRecordObject>, CustomerRecord>>,
  AssertTrue<SameShape<z.input<typeof customerRecordObject>, CustomerRecordInput>>,
];

/**
 * One customer's validated history (output of {@link CustomerRecordSchema}); lists are in time order.
 *
 * @example
 * ```ts
 * import type { CustomerRecord } from "clientele/customers";
 * const r: CustomerRecord = {
 *   customerId: "0001", transactions: [], interactions: [], serviceFailures: [], complaints: [], surveyResponses: [], incidents: [],
 * };
 * ```
 * @category Customers
 */
export interface CustomerRecord {
  /** The customer's id. */
  readonly customerId: string;
  /** The customer, when the logs included them. */
  readonly customer?: Customer | undefined;
  /** Purchases, oldest first. */
  readonly transactions: readonly Transaction[];
  /** Touchpoints, oldest first. */
  readonly interactions: readonly Interaction[];
  /** Service failures, oldest first. */
  readonly serviceFailures: readonly ServiceFailure[];
  /** Complaints, by `openedAt`, oldest first. */
  readonly complaints: readonly Complaint[];
  /** Survey responses, oldest first. */
  readonly surveyResponses: readonly SurveyResponse[];
  /** Incidents, oldest first. */
  readonly incidents: readonly Incident[];
  /** Bond instruments, by `start`, oldest first. */
  readonly bonds: readonly BondInstrument[];
  /** Loyalty-ledger events, oldest first. */
  readonly loyaltyEvents: readonly LoyaltyEvent[];
}

/**
 * What {@link CustomerRecordSchema} accepts.
 *
 * @example
 * ```ts
 * import type { CustomerRecordInput } from "clientele/customers";
 * const r: CustomerRecordInput = {
 *   customerId: 1, transactions: [], interactions: [], serviceFailures: [], complaints: [], surveyResponses: [], incidents: [],
 * };
 * ```
 * @category Customers
 */
export interface CustomerRecordInput {
  /** A non-empty string or a non-negative integer. */
  readonly customerId: string | number;
  /** The customer, if known. */
  readonly customer?: CustomerInput | undefined;
  /** Purchases (any order is accepted; {@link groupByCustomer} sorts). */
  readonly transactions: readonly TransactionInput[];
  /** Touchpoints. */
  readonly interactions: readonly InteractionInput[];
  /** Service failures. */
  readonly serviceFailures: readonly ServiceFailureInput[];
  /** Complaints. */
  readonly complaints: readonly ComplaintInput[];
  /** Survey responses. */
  readonly surveyResponses: readonly SurveyResponseInput[];
  /** Incidents. */
  readonly incidents: readonly IncidentInput[];
  /** Bond instruments; absent = none. */
  readonly bonds?: readonly BondInstrumentInput[] | undefined;
  /** Loyalty-ledger events; absent = none. */
  readonly loyaltyEvents?: readonly LoyaltyEventInput[] | undefined;
}
