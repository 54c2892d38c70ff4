/**
 * A coffee chain's loyalty program, end to end: define it (10 points per euro, double on beans, tiers,
 * points expiring 12 months after they are earned, rewards with their cost), earn points from a purchase
 * log in one call, redeem rewards, record the expiries, read each member's balance and tier, estimate
 * breakage and the program's economics, and price three offers that tie customers financially (a
 * co-branded card banking spend toward a car, a trade-in, a buy-back lease) at one discount rate.
 * The log is a small hand-written one (three members over 2024), so every figure can be checked.
 *
 * Run: npx tsx examples/08-loyalty-program.ts
 */
import {
  accrueTransactions,
  balance,
  buyBackLeaseOffer,
  coBrandedCardOffer,
  createLedger,
  estimateBreakage,
  expire,
  ledgerStates,
  parseLoyaltyProgram,
  programEconomics,
  redeem,
  tierStatus,
  tradeInOffer,
} from "../src/loyalty/index.ts";

const program = parseLoyaltyProgram({
  programId: "beans-club",
  currency: "EUR",
  costPerPoint: 0.0024, // a free coffee (500 points) costs the chain €1.20
  valuePerPoint: 0.007, // and sells for €3.50
  earn: {
    basis: "spend",
    rate: 10,
    multipliers: [{ field: "productId", value: "beans", factor: 2 }],
    capPerTransaction: 1000,
  },
  expiry: { kind: "fixed", after: { length: 12, unit: "month" } },
  tiers: {
    window: { length: 12, unit: "month" },
    ladder: [
      { name: "Silver", threshold: 1500, retainThreshold: 1200 },
      { name: "Gold", threshold: 4000, retainThreshold: 3000 },
    ],
  },
  rewards: [
    { rewardId: "coffee", points: 500, cost: 1.2, name: "Free coffee" },
    { rewardId: "beans-250g", points: 2000, cost: 6, name: "250 g of beans" },
  ],
});

const log = [
  { customerId: "ana", timestamp: "2024-01-08T08:10:00Z", amount: 4.2 },
  { customerId: "ana", timestamp: "2024-01-22T08:05:00Z", amount: 12.5, productId: "beans" },
  { customerId: "ana", timestamp: "2024-02-12T08:20:00Z", amount: 38.0, productId: "beans" },
  { customerId: "ana", timestamp: "2024-03-04T08:00:00Z", amount: 64.0, productId: "beans" },
  { customerId: "ana", timestamp: "2024-05-20T08:15:00Z", amount: 9.8 },
  { customerId: "ana", timestamp: "2024-09-02T08:30:00Z", amount: 150.0, productId: "grinder" },
  { customerId: "ben", timestamp: "2024-02-01T12:00:00Z", amount: 3.5 },
  { customerId: "ben", timestamp: "2024-02-15T12:30:00Z", amount: 7.0 },
  { customerId: "ben", timestamp: "2024-04-10T12:10:00Z", amount: 55.0, productId: "beans" },
  { customerId: "ben", timestamp: "2024-06-03T12:45:00Z", amount: 6.2 },
  { customerId: "cleo", timestamp: "2024-03-15T17:00:00Z", amount: 25.0 },
  { customerId: "cleo", timestamp: "2024-03-29T17:05:00Z", amount: 25.5 },
];

// Earn: one call over the log; the ledger keeps every event and never changes.
const earned = accrueTransactions(createLedger(program), log);
console.log("points earned per purchase:", earned.points.join(" "));

// Redeem: rewards by id (their points come from the program); FIFO by lot.
let ledger = earned.ledger;
ledger = redeem(ledger, { customerId: "ana", timestamp: "2024-04-01T08:00:00Z", rewardId: "beans-250g" });
ledger = redeem(ledger, { customerId: "ben", timestamp: "2024-06-10T12:00:00Z", rewardId: "coffee" });
ledger = redeem(ledger, { customerId: "cleo", timestamp: "2024-04-02T17:00:00Z", rewardId: "coffee" });

// Close the books at 2025-06-30: record every lot that expired unredeemed.
const asOf = "2025-06-30T23:59:59Z";
ledger = expire(ledger, { asOf });

console.log("\nmember  accrued redeemed expired available  tier at 2024-12-31  tier at 2025-06-30");
for (const s of ledgerStates(ledger, { asOf })) {
  const yearEnd = tierStatus(ledger, { asOf: "2024-12-31T23:59:59Z", customerId: s.customerId }).tier ?? "-";
  console.log(
    `${s.customerId.padEnd(6)} ${String(s.accrued).padStart(8)} ${String(s.redeemed).padStart(8)} ${String(s.expired).padStart(7)} ${String(s.available).padStart(9)}  ${yearEnd.padEnd(18)}  ${s.tier ?? "-"}`,
  );
}
const ana = balance(ledger, { asOf, customerId: "ana" });
console.log(
  `\nana: ${ana.available} points left, worth €${ana.cashValue?.toFixed(2)} to her and costing the chain €${ana.costValue.toFixed(2)}; next expiry ${ana.nextExpiry?.at.toISOString().slice(0, 10)} (${ana.nextExpiry?.points} points)`,
);
console.log("ana's tier history:");
for (const h of tierStatus(ledger, { asOf, customerId: "ana" }).history)
  console.log(
    `  ${h.at.toISOString().slice(0, 10)}  ${h.change.padEnd(15)} ${h.from ?? "-"} → ${h.to ?? "-"} (${h.credits} credits)`,
  );

// Economics: breakage from the ledger's history, then the period's cost and break-even.
const breakage = estimateBreakage(ledger, { asOf });
const spend = log.reduce((sum, t) => sum + t.amount, 0);
const economics = programEconomics({
  spend,
  pointsIssued: earned.points.reduce((a, b) => a + b, 0),
  pointsOutstanding: breakage.outstanding,
  redemptionProbability: breakage.redemptionProbability,
  costPerPoint: program.costPerPoint,
  operatingCost: 5,
  contributionMargin: 0.6,
});
console.log(
  `\nbreakage ${(100 * breakage.breakageRate).toFixed(1)}% (${breakage.broken} of ${breakage.redeemed + breakage.broken} settled points)`,
);
console.log(
  `spend €${spend.toFixed(2)}: reward cost €${economics.rewardCost.toFixed(2)} (${(100 * economics.rewardCostShareOfSpend).toFixed(2)}% of spend), liability €${economics.liability.toFixed(2)}, break-even incremental sales €${economics.requiredIncrementalSales?.toFixed(2)}`,
);

// Offers at 6% a year (converted exactly to months where the offer counts months).
const discountRate = { rate: 0.06, per: "year" } as const;
const card = coBrandedCardOffer({
  spendPerPeriod: 1500,
  periods: 36,
  bankedShare: 0.05,
  cap: 0.2 * 25000,
  unit: "month",
  discountRate,
});
const tradeIn = tradeInOffer({
  allowance: 9000,
  marketValue: 7500,
  resaleValue: 8000,
  at: 0,
  unit: "year",
  discountRate,
});
const lease = buyBackLeaseOffer({
  price: 30000,
  upfrontShare: 0.6,
  term: 3,
  residualValue: 14000,
  unit: "year",
  discountRate,
});
console.log("\noffer                              value to customer  cost to firm");
const row = (name: string, v: number, c: number) =>
  console.log(`${name.padEnd(34)} ${`€${v.toFixed(2)}`.padStart(17)} ${`€${c.toFixed(2)}`.padStart(13)}`);
row(`car card, €${card.banked} banked in 36 months`, card.presentValueToCustomer, card.costToFirm);
row("trade-in, €9,000 allowance", tradeIn.presentValueToCustomer, tradeIn.costToFirm);
row("buy-back lease, 60% now, 3 years", lease.presentValueToCustomer, lease.costToFirm);
