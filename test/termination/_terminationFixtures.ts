import type {
  Complaint,
  ComplaintOutcome,
  CustomerRecord,
  Incident,
  IncidentKind,
  Interaction,
  Transaction,
} from "../../src/customers/index.ts";
import { collectTerminationFacts, type TerminationFactsOptions } from "../../src/termination/index.ts";

/** Midnight UTC of an ISO date. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The date most tests decide at. */
export const asOf = "2024-06-30";

/** A purchase of customer "c1". */
export const tx = (iso: string, amount: number, cost?: number): Transaction => ({
  customerId: "c1",
  timestamp: day(iso),
  amount,
  ...(cost === undefined ? {} : { cost }),
});

/** An incident of customer "c1". */
export const incident = (iso: string, kind: IncidentKind, staffHours = 0): Incident => ({
  customerId: "c1",
  timestamp: day(iso),
  kind,
  staffHours,
});

/** A touchpoint of customer "c1" (inbound phone unless said). */
export const interaction = (iso: string, kind: string, topic?: string): Interaction => ({
  customerId: "c1",
  timestamp: day(iso),
  kind,
  channel: "phone",
  direction: "inbound",
  ...(topic === undefined ? {} : { topic }),
});

/** A complaint of customer "c1". */
export const complaint = (iso: string, outcome: ComplaintOutcome, resolvedIso?: string): Complaint => ({
  customerId: "c1",
  openedAt: day(iso),
  severity: "minor",
  outcome,
  ...(resolvedIso === undefined ? {} : { resolvedAt: day(resolvedIso) }),
});

/** A validated record of customer "c1" with the given lists (the others empty). */
export function rec(parts: Partial<CustomerRecord> = {}): CustomerRecord {
  return {
    customerId: "c1",
    transactions: [],
    interactions: [],
    serviceFailures: [],
    complaints: [],
    surveyResponses: [],
    incidents: [],
    bonds: [],
    loyaltyEvents: [],
    ...parts,
  };
}

/** The facts of a record at `asOf` (2024-06-30 unless said). */
export const factsOf = (record: CustomerRecord, options: Partial<TerminationFactsOptions> = {}) =>
  collectTerminationFacts(record, { asOf, ...options });
