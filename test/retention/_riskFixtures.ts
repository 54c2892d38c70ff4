import type {
  BondInstrument,
  Complaint,
  CustomerRecord,
  Interaction,
  SurveyResponse,
  Transaction,
} from "../../src/customers/index.ts";
import type { SwitchingRiskFacts } from "../../src/retention/index.ts";

/** Test fixtures for the switching-risk rules: one customer "c", dates as UTC midnights. */
export const at = (day: string): Date => new Date(`${day}T00:00:00Z`);

export const tx = (day: string, amount = 10): Transaction => ({ customerId: "c", timestamp: at(day), amount });

export const survey = (day: string, score: number, instrument = "csat", item = "overall"): SurveyResponse => ({
  customerId: "c",
  timestamp: at(day),
  instrument,
  scores: { [item]: score },
});

export const complaint = (opened: string, resolved?: string): Complaint =>
  resolved === undefined
    ? { customerId: "c", openedAt: at(opened), severity: "major", outcome: "unresolved" }
    : { customerId: "c", openedAt: at(opened), resolvedAt: at(resolved), severity: "minor", outcome: "resolved" };

export const interaction = (day: string, kind = "competitor-offer"): Interaction => ({
  customerId: "c",
  timestamp: at(day),
  kind,
  channel: "phone",
  direction: "inbound",
});

export const bond = (level: BondInstrument["level"], kind: string, start: string, end?: string): BondInstrument => ({
  customerId: "c",
  level,
  kind,
  start: at(start),
  ...(end === undefined ? {} : { end: at(end) }),
});

export function record(parts: Partial<Omit<CustomerRecord, "customerId">> = {}): CustomerRecord {
  return {
    customerId: "c",
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

/** Facts at `asOf` (a day) for a record built from `parts`. */
export const facts = (asOf: string, parts: Partial<Omit<CustomerRecord, "customerId">> = {}): SwitchingRiskFacts => ({
  record: record(parts),
  asOf: at(asOf),
});

/** The published BG/NBD estimates on the CDNOW sample (Fader, Hardie & Lee 2005, weeks). */
export const cdnowBgNbd = {
  model: "bg-nbd",
  params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  unit: "week",
} as const;
