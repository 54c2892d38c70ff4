/**
 * Service quality and recommendation at a small hotel: SERVQUAL gaps from three guests (Parasuraman,
 * Zeithaml & Berry 1988; unweighted and weighted by importance points), the Net Promoter Score of twelve
 * guests with its adjusted-Wald interval (Rocks 2016), and the NPS and CSAT per quarter read straight from
 * customer records. The guests and their answers are made up for the example; every figure printed is
 * checked by hand in test/examples/servqualNps.test.ts.
 *
 * Run: npx tsx examples/10-servqual-and-nps.ts
 */
import type { CustomerRecord } from "../src/customers/index.ts";
import {
  aggregateSatisfaction,
  netPromoterScore,
  type ServqualDimension,
  servqualDimensions,
  servqualGaps,
} from "../src/satisfaction/index.ts";

/** 22 answers from one value per dimension (tangibles, reliability, responsiveness, assurance, empathy). */
function byDimension(values: Record<ServqualDimension, number>): number[] {
  return servqualDimensions.flatMap((d) => d.items.map(() => values[d.dimension]));
}

const guests = [
  {
    expectations: Array<number>(22).fill(7),
    perceptions: byDimension({ tangibles: 6, reliability: 5, responsiveness: 6, assurance: 7, empathy: 6 }),
  },
  {
    expectations: Array<number>(22).fill(6),
    perceptions: byDimension({ tangibles: 6, reliability: 4, responsiveness: 5, assurance: 6, empathy: 6 }),
  },
  {
    expectations: Array<number>(22).fill(6),
    perceptions: byDimension({ tangibles: 5, reliability: 6, responsiveness: 4, assurance: 5, empathy: 6 }),
  },
];
const gaps = servqualGaps(guests, {
  importance: { tangibles: 10, reliability: 30, responsiveness: 25, assurance: 20, empathy: 15 },
});
console.log("SERVQUAL (3 guests, 1–7 scale): gap = perception − expectation");
for (const d of servqualDimensions) {
  console.log(`  ${d.dimension.padEnd(15)} ${gaps.byDimension[d.dimension].toFixed(3)}`);
}
console.log(`  overall ${gaps.overall.toFixed(3)}, importance-weighted ${gaps.weighted!.overall.toFixed(3)}`);

const recommend = [10, 10, 9, 9, 9, 8, 7, 7, 6, 5, 3, 10];
const nps = netPromoterScore(recommend);
console.log(
  `\nNPS ${nps.score.toFixed(1)} (${nps.promoters} promoters, ${nps.passives} passives, ${nps.detractors} detractors, n ${nps.n}); ` +
    `95% ${nps.interval.method} interval ${nps.interval.lower.toFixed(1)} … ${nps.interval.upper.toFixed(1)}`,
);

// The same guests' relationship survey, as the app stores it: one response per stay.
const stays: [guest: string, at: string, recommend: number, satisfied: number][] = [
  ["ana", "2024-01-20T18:00:00Z", 10, 5],
  ["ben", "2024-02-11T18:00:00Z", 6, 3],
  ["ana", "2024-03-31T23:30:00Z", 9, 5], // already April 1st in Lisbon (UTC+1 in summer time)
  ["cleo", "2024-05-02T18:00:00Z", 8, 4],
  ["ben", "2024-06-15T18:00:00Z", 3, 2],
];
const records: CustomerRecord[] = ["ana", "ben", "cleo"].map((id) => ({
  customerId: id,
  transactions: [],
  interactions: [],
  serviceFailures: [],
  complaints: [],
  incidents: [],
  bonds: [],
  loyaltyEvents: [],
  surveyResponses: stays
    .filter(([guest]) => guest === id)
    .map(([, at, recommend, satisfied]) => ({
      customerId: id,
      timestamp: new Date(at),
      instrument: "stay-survey",
      scores: { recommend, satisfied },
    })),
}));
const { cells } = aggregateSatisfaction(
  records,
  {
    nps: { instrument: "stay-survey", item: "recommend" },
    csat: { instrument: "stay-survey", item: "satisfied", scale: { min: 1, max: 5, integer: true } },
  },
  { period: { unit: "quarter", timeZone: "Europe/Lisbon" } },
);
console.log("\nBy quarter (Europe/Lisbon):");
for (const cell of cells) {
  console.log(
    `  ${cell.periodStart}  n ${cell.responses}  NPS ${cell.nps!.score.toFixed(1)} ` +
      `[${cell.nps!.interval.lower.toFixed(1)}, ${cell.nps!.interval.upper.toFixed(1)}]  ` +
      `CSAT top-2-box ${cell.csat!.score.toFixed(1)}%`,
  );
}
