/**
 * Customer value economics, end to end, on small hand-written figures so every number can be checked:
 * what the firm's offer delivers to a customer against a rival's; what each of five customers costs to
 * serve and earns the firm over 2026 (an activity-based cost-driver table); the whale curve and the
 * customer pyramid of that base; Kotler's retention cost analysis; the leaky bucket and what one point of
 * retention is worth; and acquisition against retention cost at the ratio the firm states.
 *
 * Run: npx tsx examples/15-value.ts
 */
import { groupByCustomer } from "../src/customers/index.ts";
import {
  acquisitionVersusRetention,
  compareOffers,
  customerProfits,
  customerPyramid,
  leakyBucket,
  marginMultiple,
  retentionEconomics,
  whaleCurve,
} from "../src/value/index.ts";

const money = (x: number) =>
  `${x < 0 ? "−" : ""}€${Math.abs(x).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

// 1. Delivered value: the customer's view of our offer and a rival's (amounts in euros).
const offers = compareOffers(
  [
    {
      offerId: "ours",
      value: { product: 600, service: 150, personnel: 100, image: 50 },
      cost: { monetary: 500, time: 60, energy: 30, psychic: 10 },
    },
    {
      offerId: "rival",
      value: { product: 650, service: 80, personnel: 60, image: 90 },
      cost: { monetary: 520, time: 40, energy: 30, psychic: 10 },
    },
  ],
  { own: "ours" },
);
console.log("delivered value (total customer value − total customer cost)");
for (const o of offers.ranking) {
  console.log(
    `  ${o.rank}. ${o.offerId.padEnd(6)} value ${o.totalValue} − cost ${o.totalCost} = ${o.deliveredValue} (ratio ${o.ratio.toFixed(3)})`,
  );
}
const vs = offers.versus[0]!;
console.log(
  `  ours against ${vs.otherId}: gap ${vs.gap}, decided by ${vs.deciding.map((e) => `${e.component} (${e.effect > 0 ? "+" : ""}${e.effect})`).join(", ")}`,
);

// 2. Cost to serve and profit per customer over 2026.
const tx = (customerId: string, at: string, amount: number, cost: number | undefined, channel: string) => ({
  customerId,
  timestamp: at,
  amount,
  channel,
  ...(cost === undefined ? {} : { cost }),
});
const touch = (customerId: string, at: string, kind: string) => ({
  customerId,
  timestamp: at,
  kind,
  channel: "phone",
  direction: "inbound" as const,
});
const records = groupByCustomer({
  transactions: [
    tx("anna", "2026-02-01", 1200, 700, "store"),
    tx("anna", "2026-06-01", 900, 520, "store"),
    tx("ben", "2026-03-01", 400, 240, "web"),
    tx("ben", "2026-09-01", 350, undefined, "web"),
    tx("carl", "2026-04-01", 150, 90, "web"),
    tx("dora", "2026-05-01", 300, 180, "web"),
    tx("dora", "2026-05-20", 280, 170, "web"),
    tx("eve", "2026-07-01", 60, 45, "web"),
  ],
  interactions: [
    touch("ben", "2026-03-10", "call"),
    touch("carl", "2026-04-05", "return"),
    touch("carl", "2026-04-06", "call"),
    touch("carl", "2026-04-07", "return"),
    touch("dora", "2026-05-03", "return"),
    touch("dora", "2026-05-04", "call"),
    touch("dora", "2026-05-22", "return"),
    touch("dora", "2026-05-23", "call"),
    touch("dora", "2026-05-24", "call"),
    ...["06-01", "06-08", "06-15", "06-22", "07-01", "07-08"].map((d) => touch("dora", `2026-${d}`, "return")),
    touch("eve", "2026-07-03", "newsletter"),
    touch("eve", "2026-07-04", "call"),
  ],
});
const drivers = {
  currency: "EUR",
  perOrder: 5,
  perOrderByChannel: { web: 12 },
  revenueShare: 0.02,
  perInteraction: { return: 25, call: 8 },
  otherInteraction: 0,
};
const profits = customerProfits(records, drivers, {
  from: "2026-01-01",
  to: "2027-01-01",
  missingCost: { margin: 0.4 },
});
console.log("\nprofit per customer, 2026 (revenue − product cost − cost to serve)");
for (const p of profits) {
  console.log(
    `  ${p.customerId.padEnd(5)} revenue ${money(p.revenue).padStart(10)}  product ${money(p.productCost).padStart(10)}  to serve ${money(p.costToServe).padStart(8)}  profit ${money(p.profit).padStart(9)}`,
  );
}

// 3. The whale curve and the customer pyramid.
const whale = whaleCurve(profits);
console.log(`\nwhale curve: total profit ${money(whale.totalProfit)}`);
console.log(
  `  peak ${pct(whale.peakProfitShare)} of total profit from the top ${pct(whale.peakCustomerShare)} of customers; ${whale.unprofitableCustomers} unprofitable customers destroy ${money(whale.profitDestroyed)}`,
);
console.log(`  curve: ${whale.points.map((p) => `${pct(p.customerShare)} → ${pct(p.profitShare)}`).join(", ")}`);
const pyramid = customerPyramid(profits, { cuts: { by: "profit", platinum: 500, gold: 100, iron: 0 } });
console.log(
  `  pyramid (platinum ≥ €500, gold ≥ €100, iron ≥ €0, lead below): ${pyramid.tiers.map((t) => `${t.tier} ${t.customers}`).join(", ")}`,
);

// 4. Kotler's retention cost analysis.
const econ = retentionEconomics({
  customersAtStart: 5000,
  customersRetained: 4000,
  lifetimeValue: 1200,
  causes: [
    { cause: "poor service", defectors: 600, manageable: true },
    { cause: "moved away", defectors: 300, manageable: false },
  ],
  measures: [
    { measure: "service training", cost: 150_000, defectionsAvoided: 200 },
    { measure: "loyalty gifts", cost: 300_000, defectionsAvoided: 100 },
  ],
});
console.log("\nretention economics (Kotler's steps)");
console.log(
  `  1. retention rate ${pct(econ.retention.retentionRate)}: ${econ.retention.defectors} defectors of ${econ.retention.customersAtStart}`,
);
console.log(
  `  2. causes: ${econ.attrition!.causes.map((c) => `${c.cause} ${pct(c.share)}`).join(", ")}; ${econ.attrition!.manageableDefectors} manageable`,
);
console.log(
  `  3. profit lost ${money(econ.profitLost.total)} (${money(econ.profitLost.manageable!)} manageable) at a lifetime value of ${money(econ.profitLost.lifetimeValue)}`,
);
for (const m of econ.measures) {
  console.log(
    `  4. ${m.measure}: cost ${money(m.cost)} saves ${money(m.profitSaved)} → ${m.worthwhile ? "worth it" : "not worth it"}`,
  );
}
console.log(
  `  5. spend on: ${econ.decision.measures.join(", ")} (net ${money(econ.decision.net)}); at most ${money(econ.decision.maxJustifiedSpend)} is justified`,
);

// 5. The leaky bucket and the value of one retention point.
const bucket = leakyBucket({
  periods: 3,
  initialBase: 10_000,
  acquisition: 1_500,
  retention: 0.8,
  margin: 100,
  discountRate: { rate: 0.1, per: "year" },
  unit: "year",
});
console.log("\nleaky bucket (retention 80% a year, 1,500 new customers a year)");
console.log(`  base by year: ${bucket.flows.map((p) => p.base.toFixed(0)).join(" → ")}`);
console.log(
  `  steady state ${bucket.steadyState.toFixed(0)} = 1,500 / (1 − 0.8); ${bucket.acquisitionToHoldFlat.toFixed(0)} new customers a year would hold 10,000 flat`,
);
const one = bucket.segments[0]!.onePoint!;
console.log(
  `  margin multiple ${marginMultiple({ retention: 0.8, discountRate: 0.1 }).toFixed(3)}: CLV ${money(one.clv)} → ${money(one.improvedClv)} at 81%; steady-state value +${money(one.valueGain)} (elasticity ${one.elasticity!.toFixed(2)})`,
);

// 6. Acquisition against retention, at the firm's own cost ratio.
const avr = acquisitionVersusRetention({
  customers: 1000,
  retentionCostPerCustomer: 40,
  costRatio: 5,
  retentionSuccessRate: 0.5,
});
console.log(
  `\nkeeping 1,000 at-risk customers: ${money(avr.retentionCost)} keeps ${avr.customersKept}; winning as many costs ${money(avr.replacementCost)} → ${avr.cheaper} is cheaper (break-even success rate ${pct(avr.breakEvenSuccessRate)})`,
);
