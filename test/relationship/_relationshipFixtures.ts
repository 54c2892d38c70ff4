import type { CountModel, SpendModel } from "../../src/clv/index.ts";
import { type CustomerRecord, type CustomerRecordInput, CustomerRecordSchema } from "../../src/customers/index.ts";
import type { RelationshipContext } from "../../src/relationship/index.ts";
import { parseInput } from "../../src/schema/index.ts";

/** The date most tests assess at. */
export const asOf = "2024-06-30";

/** Fader, Hardie & Lee's (2005) BG/NBD estimates on CDNOW (weeks). */
export const bgNbd: CountModel = {
  model: "bg-nbd",
  params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  unit: "week",
};
/** Fader, Hardie & Lee's Gamma-Gamma estimates on CDNOW. */
export const gammaGamma: SpendModel = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } };

/** The survey mappings of the rich fixture. */
export const chainMapping = {
  instrument: "post-visit",
  scale: { min: 1, max: 7, integer: true },
  attributes: {
    product: { desire: "productWanted", expectation: "productExpected", performance: "productGot" },
    information: { desire: "infoWanted", expectation: "infoExpected", performance: "infoGot" },
  },
  overall: "overall",
} as const;
export const surveyMapping = { nps: { instrument: "pulse", item: "recommend" } } as const;

type Lists = Exclude<keyof CustomerRecordInput, "customerId" | "customer">;
type Distributive<E> = E extends unknown ? Omit<E, "customerId"> : never;
type WithoutId<L> = L extends readonly (infer E)[] | undefined ? readonly Distributive<E>[] : never;
/** A record's event lists without their `customerId` (the fixture adds it). */
export type RecordParts = { readonly [K in Lists]?: WithoutId<CustomerRecordInput[K]> };

/** A validated record from lists of events of customer "c1" (ISO dates). */
export function record(parts: RecordParts = {}, customerId = "c1"): CustomerRecord {
  const withId = <T extends object>(list: readonly T[] | undefined) => (list ?? []).map((e) => ({ ...e, customerId }));
  return parseInput("fixture", CustomerRecordSchema, {
    customerId,
    transactions: withId(parts.transactions),
    interactions: withId(parts.interactions),
    serviceFailures: withId(parts.serviceFailures),
    complaints: withId(parts.complaints),
    surveyResponses: withId(parts.surveyResponses),
    incidents: withId(parts.incidents),
    bonds: withId(parts.bonds),
    loyaltyEvents: withId(parts.loyaltyEvents),
  });
}

/** A customer with every kind of data: purchases with costs, contacts, a complaint, surveys, bonds, an incident. */
export function richRecord(customerId = "c1"): CustomerRecord {
  return record(
    {
      transactions: [
        { timestamp: "2023-02-01", amount: 120, cost: 80 },
        { timestamp: "2023-05-10", amount: 80, cost: 50 },
        { timestamp: "2023-09-15", amount: 200, cost: 130 },
        { timestamp: "2024-01-20", amount: 150, cost: 100 },
        { timestamp: "2024-05-02", amount: 60, cost: 40 },
        { timestamp: "2024-08-01", amount: 999, cost: 1 }, // after asOf: never read
      ],
      interactions: [
        { timestamp: "2023-02-03", kind: "welcome", channel: "email", direction: "outbound" },
        { timestamp: "2024-03-01", kind: "call", channel: "phone", direction: "inbound" },
        { timestamp: "2024-06-01", kind: "competitor-offer", channel: "phone", direction: "inbound" },
      ],
      serviceFailures: [{ timestamp: "2024-04-28", severity: "major" }],
      complaints: [{ openedAt: "2024-04-29", resolvedAt: "2024-05-20", severity: "major", outcome: "resolved" }],
      surveyResponses: [
        {
          timestamp: "2023-10-01",
          instrument: "post-visit",
          scores: {
            productWanted: 6,
            productExpected: 5,
            productGot: 6,
            infoWanted: 6,
            infoExpected: 5,
            infoGot: 5,
            overall: 6,
          },
        },
        {
          timestamp: "2024-05-25",
          instrument: "post-visit",
          scores: {
            productWanted: 6,
            productExpected: 6,
            productGot: 6,
            infoWanted: 6,
            infoExpected: 5,
            infoGot: 3,
            overall: 4,
          },
        },
        { timestamp: "2024-05-25", instrument: "pulse", scores: { recommend: 7 } },
        { timestamp: "2024-07-15", instrument: "pulse", scores: { recommend: 0 } }, // after asOf
      ],
      incidents: [{ timestamp: "2024-04-30", kind: "abuse", staffHours: 2 }],
      bonds: [
        { level: "financial", kind: "points-program", start: "2023-03-01" },
        { level: "social", kind: "dedicated-manager", start: "2023-06-01" },
      ],
    },
    customerId,
  );
}

/** A context with every part configured. */
export const fullContext: RelationshipContext = {
  asOf,
  countFit: bgNbd,
  spendFit: gammaGamma,
  currency: "USD",
  grossMarginRate: 0.3,
  discountRate: 0.0018,
  forecast: { horizon: 52 },
  costDrivers: {
    currency: "USD",
    perInteraction: { call: 7, email: 1 },
    otherInteraction: 0,
    perComplaint: 25,
    perIncidentStaffHour: 40,
  },
  satisfaction: { chain: chainMapping, survey: surveyMapping },
};
