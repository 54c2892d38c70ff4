/**
 * `clientele/customers`: the core relationship types (customers, transactions, touchpoints, service
 * failures, complaints, survey responses, incidents, bond instruments, loyalty-ledger events), their schemas, batch parsers, and per-customer records.
 *
 * @module customers
 */

export {
  type BondInstrument,
  type BondInstrumentInput,
  BondInstrumentSchema,
} from "./BondInstrumentSchema.ts";
export { type BondLevel, BondLevelSchema } from "./BondLevelSchema.ts";
export { type BuiltInBondKind, builtInBondKinds } from "./builtInBondKinds.ts";
export {
  type Complaint,
  type ComplaintInput,
  type ComplaintOutcome,
  ComplaintOutcomeSchema,
  ComplaintSchema,
} from "./ComplaintSchema.ts";
export { type CustomerLogs, type CustomerLogsInput, CustomerLogsSchema } from "./CustomerLogsSchema.ts";
export { type CustomerRecord, type CustomerRecordInput, CustomerRecordSchema } from "./CustomerRecordSchema.ts";
export { type Customer, type CustomerInput, CustomerSchema } from "./CustomerSchema.ts";
export {
  type CoerceTransactionsOptions,
  coerceTransactions,
  type TransactionField,
} from "./coerceTransactions.ts";
export {
  type CustomerBaseOverview,
  type CustomerBaseOverviewOptions,
  customerBaseOverview,
} from "./customerBaseOverview.ts";
export { type GroupByCustomerOptions, groupByCustomer } from "./groupByCustomer.ts";
export {
  type Incident,
  type IncidentInput,
  type IncidentKind,
  IncidentKindSchema,
  IncidentSchema,
} from "./IncidentSchema.ts";
export {
  type Interaction,
  type InteractionDirection,
  InteractionDirectionSchema,
  type InteractionInput,
  InteractionSchema,
} from "./InteractionSchema.ts";
export {
  type LoyaltyEvent,
  type LoyaltyEventInput,
  LoyaltyEventSchema,
  type LoyaltyEventType,
  LoyaltyEventTypeSchema,
} from "./LoyaltyEventSchema.ts";
export { parseBondInstruments } from "./parseBondInstruments.ts";
export { parseComplaints } from "./parseComplaints.ts";
export { parseCustomers } from "./parseCustomers.ts";
export { parseIncidents } from "./parseIncidents.ts";
export { parseInteractions } from "./parseInteractions.ts";
export { parseLoyaltyEvents } from "./parseLoyaltyEvents.ts";
export { parseServiceFailures } from "./parseServiceFailures.ts";
export { parseSurveyResponses } from "./parseSurveyResponses.ts";
export { parseTransactions } from "./parseTransactions.ts";
export { type ServiceFailure, type ServiceFailureInput, ServiceFailureSchema } from "./ServiceFailureSchema.ts";
export { type Severity, SeveritySchema } from "./SeveritySchema.ts";
export { type SurveyResponse, type SurveyResponseInput, SurveyResponseSchema } from "./SurveyResponseSchema.ts";
export { type Transaction, type TransactionInput, TransactionSchema } from "./TransactionSchema.ts";
