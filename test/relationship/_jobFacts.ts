import type { CrmJobFacts } from "../../src/relationship/index.ts";

/** Midnight UTC of an ISO date. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The date of the facts. */
export const asOf = day("2024-06-30");

/** Days between an ISO date and asOf. */
export const daysTo = (iso: string): number => (asOf.getTime() - day(iso).getTime()) / 86_400_000;

/** Facts of an active customer in the retention job (two purchases, nothing else), with overrides. */
export function jobFacts(overrides: Partial<CrmJobFacts> = {}): CrmJobFacts {
  return {
    customerId: "c1",
    asOf,
    job: "retention",
    stage: "active",
    purchases: 2,
    revenue: 300,
    firstPurchaseAt: day("2024-01-10"),
    lastPurchaseAt: day("2024-06-20"),
    daysSinceFirstPurchase: daysTo("2024-01-10"),
    daysSinceLastPurchase: 10,
    lastContactByKind: {},
    contactsSinceLastPurchase: { inbound: 0, outbound: 0 },
    openComplaints: [],
    lastComplaint: null,
    serviceFailures: 0,
    lastServiceFailureAt: null,
    switchingRisk: { level: "low", score: 0, findings: [] },
    termination: { decision: "keep", actions: [], reasons: [] },
    probabilityAlive: null,
    lifetimeValue: null,
    profit: null,
    recentRevenue: 300,
    overallSatisfaction: null,
    highestBondLevel: null,
    ...overrides,
  };
}

/** A new customer with one purchase on `iso`. */
export function newCustomer(iso: string, overrides: Partial<CrmJobFacts> = {}): CrmJobFacts {
  return jobFacts({
    job: "new-customer",
    stage: "new",
    purchases: 1,
    revenue: 80,
    recentRevenue: 80,
    firstPurchaseAt: day(iso),
    lastPurchaseAt: day(iso),
    daysSinceFirstPurchase: daysTo(iso),
    daysSinceLastPurchase: daysTo(iso),
    ...overrides,
  });
}
