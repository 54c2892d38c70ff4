/**
 * Key accounts: a packaging supplier screens twelve business customers for key-account management, gives the
 * five it picks to two relationship managers within their capacities, reviews one account's annual plan at
 * mid-year, watches the account's health quarter by quarter, and looks for the next complementary product
 * to offer it. The customers and figures are made up for the example; every figure printed is checked by hand
 * in test/examples/keyAccounts.test.ts.
 *
 * Run: npx tsx examples/16-key-accounts.ts
 */
import {
  type AccountPlan,
  accountHealthSeries,
  assignKeyAccount,
  basketAffinities,
  createAssignmentBook,
  detectHealthChanges,
  managerWorkload,
  nextComplementaryProduct,
  planProgress,
  type RelationshipManager,
  screenKeyAccounts,
  stakeholderCoverage,
} from "../src/accounts/index.ts";
import type { Transaction } from "../src/customers/index.ts";
import { isClienteleError } from "../src/errors/index.ts";

// ── 1. Screening: current profit (last year, after cost to serve), expected growth, strategic fit ─────────
const candidates = [
  { customerId: "c01", profit: 120_000, growth: 0.05, strategicFit: 0.6 },
  { customerId: "c02", profit: 90_000, growth: 0.2, strategicFit: 0.9 },
  { customerId: "c03", name: "Acme Foods", profit: 60_000, growth: 0.4, strategicFit: 0.8 },
  { customerId: "c04", profit: 150_000, growth: -0.05, strategicFit: 0.4 },
  { customerId: "c05", profit: 30_000, growth: 0.1, strategicFit: 0.3 },
  { customerId: "c06", profit: 80_000, growth: 0.1, strategicFit: 0.7 },
  { customerId: "c07", profit: -10_000, growth: 0.45, strategicFit: 0.9 },
  { customerId: "c08", profit: 45_000, growth: 0, strategicFit: 0.5 },
  { customerId: "c09", profit: 20_000, growth: 0.05, strategicFit: 0.2 },
  { customerId: "c10", profit: 100_000, growth: 0.15, strategicFit: 0.5 },
  { customerId: "c11", profit: 5_000, growth: 0.3, strategicFit: 0.6 },
  { customerId: "c12", profit: 70_000, growth: 0.25, strategicFit: 0.6 },
];
const screening = screenKeyAccounts(candidates, { top: 5, minProfit: 0 });
console.log("key accounts (weights: profit 0.5, growth 0.3, strategic fit 0.2; profit floor 0)");
for (const a of screening.ranking) {
  console.log(
    `  ${String(a.rank).padStart(2)}. ${a.customerId}  score ${a.score.toFixed(4)}  ${a.selected ? "KEY" : "   "}  ${a.reasons[0]}`,
  );
}

// ── 2. Relationship managers: a general manager, two managers with capacities ──────────────────────────────
const manager = (managerId: string, capacity: number): RelationshipManager => ({
  managerId,
  capacity,
  reportsTo: "grace",
  responsibilities: ["annual account plan", "executive contacts", "quarterly business reviews"],
  evaluationCriteria: [
    { criterion: "account profit growth", weight: 0.6, target: 0.1 },
    { criterion: "plan milestones on time", weight: 0.4 },
  ],
  resources: { budget: 40_000, supportStaff: 1 },
});
let book = createAssignmentBook({
  generalManager: { managerId: "grace", name: "Grace (sales director)" },
  managers: [manager("ana", 4), manager("ben", 2)],
});
const firstDay = "2025-01-06";
for (const [accountId, managerId] of [
  ["c03", "ana"],
  ["c02", "ana"],
  ["c01", "ana"],
  ["c04", "ben"],
  ["c10", "ben"],
] as const) {
  book = assignKeyAccount(book, { accountId, managerId, date: firstDay });
}
book = assignKeyAccount(book, {
  accountId: "c10",
  managerId: "ana",
  date: "2025-04-01",
  reason: "ana covers the region",
});
try {
  book = assignKeyAccount(book, { accountId: "c12", managerId: "ana", date: "2025-04-15" });
} catch (e) {
  if (!isClienteleError(e, "domain_error")) throw e;
  console.log(`\nrefused: ${e.message.split("\n")[0]}`);
}
console.log("workload:");
for (const m of managerWorkload(book))
  console.log(`  ${m.managerId}: ${m.accounts.join(", ")} (${m.accounts.length} of ${m.capacity})`);
console.log(`history: ${book.history.length} changes; last: ${JSON.stringify(book.history.at(-1))}`);

// ── 3. Acme Foods' plan for 2025, reviewed on 30 June ───────────────────────────────────────────────────────
const plan: AccountPlan = {
  accountId: "c03",
  year: 2025,
  manager: { managerId: "ana", reportsTo: "grace" },
  longTermGoals: [{ goalId: "g1", description: "sole packaging supplier by 2028", horizonYears: 4 }],
  objectives: [
    {
      objectiveId: "o1",
      description: "share of wallet to 40 %",
      goalId: "g1",
      measure: "share of wallet",
      target: 0.4,
    },
    {
      objectiveId: "o2",
      description: "next-day delivery to every plant",
      market: "supplier-alliance",
      stakeholderId: "haulier",
    },
  ],
  strategy: "become part of Acme's production planning",
  actions: [
    { actionId: "a1", objectiveId: "o1", description: "quarterly business reviews", owner: "ana", budget: 6000 },
    { actionId: "a2", objectiveId: "o2", description: "joint route planning", owner: "ops", budget: 3000 },
  ],
  milestones: [
    { milestoneId: "m1", objectiveId: "o1", description: "first review", owner: "ana", due: "2025-03-31" },
    { milestoneId: "m2", objectiveId: "o1", description: "framework offer sent", owner: "ana", due: "2025-06-15" },
    { milestoneId: "m3", objectiveId: "o2", description: "haulier contract", owner: "ops", due: "2025-05-31" },
    {
      milestoneId: "m4",
      objectiveId: "o2",
      description: "all plants served next-day",
      owner: "ops",
      due: "2025-10-31",
    },
  ],
  budget: 10_000,
  evaluationCriteria: [
    { criterion: "share of wallet", weight: 0.7, target: 0.4 },
    { criterion: "milestones on time", weight: 0.3 },
  ],
  stakeholders: [
    { stakeholderId: "buyer", market: "customer", objectives: [{ description: "renew the framework contract" }] },
    { stakeholderId: "haulier", market: "supplier-alliance", objectives: [{ description: "next-day delivery" }] },
    { stakeholderId: "plant-staff", market: "internal", objectives: [{ description: "one contact per plant" }] },
  ],
};
const progress = planProgress(
  plan,
  [
    { kind: "spend", amount: 2500, date: "2025-02-10", actionId: "a1" },
    { kind: "milestone-done", milestoneId: "m1", date: "2025-04-03" },
    { kind: "spend", amount: 1200, date: "2025-05-01", objectiveId: "o2" },
    { kind: "milestone-done", milestoneId: "m3", date: "2025-05-20" },
    { kind: "spend", amount: 300, date: "2025-06-01" },
  ],
  { asOf: "2025-06-30" },
);
const c = progress.counts;
console.log(
  `\nplan ${plan.accountId} ${plan.year} at ${progress.asOf}: ${c.done} done, ${c.overdue} overdue, ${c.upcoming} upcoming of ${c.total} (${c.late} late)`,
);
for (const m of progress.milestones)
  console.log(`  ${m.milestoneId} due ${m.due}: ${m.status}${m.daysLate > 0 ? `, ${m.daysLate} days late` : ""}`);
console.log(
  `  budget: spent ${progress.budget.spent} of ${progress.budget.planned} (${(100 * (progress.budget.spentShare ?? 0)).toFixed(0)}%), unallocated ${progress.unallocatedSpend}`,
);
for (const o of progress.objectives) console.log(`  ${o.objectiveId}: spent ${o.spent} of ${o.plannedBudget}`);
console.log(`  markets without an objective: ${stakeholderCoverage(plan.stakeholders ?? []).uncovered.join(", ")}`);

// ── 4. Health, quarter by quarter ───────────────────────────────────────────────────────────────────────────
const series = accountHealthSeries(
  [
    { accountId: "c03", timestamp: "2025-02-15", metric: "revenue", value: 200_000 },
    { accountId: "c03", timestamp: "2025-05-15", metric: "revenue", value: 150_000 },
    { accountId: "c03", timestamp: "2025-03-01", metric: "satisfaction", value: 8.2 },
    { accountId: "c03", timestamp: "2025-06-01", metric: "satisfaction", value: 7.9 },
    { accountId: "c03", timestamp: "2025-04-10", metric: "complaints", value: 1 },
    { accountId: "c03", timestamp: "2025-05-10", metric: "complaints", value: 1 },
    { accountId: "c03", timestamp: "2025-06-10", metric: "complaints", value: 1 },
    { accountId: "c03", timestamp: "2025-03-31", metric: "bondLevel", value: 2 },
    { accountId: "c03", timestamp: "2025-06-30", metric: "bondLevel", value: 2 },
  ],
  { period: "quarter", from: "2025-01-01", to: "2025-06-30" },
);
console.log("\nhealth alerts:");
for (const alert of detectHealthChanges(series)) console.log(`  ${alert.accountId}: ${alert.message}`);

// ── 5. Complementary products from last year's orders ───────────────────────────────────────────────────────
const orders: [string, string[]][] = [
  ["o1", ["boxes", "tape"]],
  ["o2", ["boxes", "tape", "labels"]],
  ["o3", ["boxes", "wrap"]],
  ["o4", ["pallets", "wrap"]],
  ["o5", ["boxes", "tape"]],
  ["o6", ["pallets", "wrap"]],
  ["o7", ["labels"]],
  ["o8", ["boxes"]],
];
const lines: Transaction[] = orders.flatMap(([transactionId, products]) =>
  products.map((productId) => ({
    customerId: "any",
    timestamp: new Date("2024-06-01"),
    amount: 1,
    transactionId,
    productId,
  })),
);
const affinities = basketAffinities(lines, { basketBy: "transactionId", minSupport: 0.25 });
console.log(`\nproducts bought together (${affinities.baskets} orders, pairs in at least ${affinities.minCount}):`);
for (const p of affinities.pairs) {
  console.log(
    `  ${p.productA} + ${p.productB}: support ${p.support.toFixed(3)}, confidence ${p.confidenceAToB.toFixed(3)} / ${p.confidenceBToA.toFixed(3)}, lift ${p.lift.toFixed(3)}`,
  );
}
const offer = nextComplementaryProduct(["boxes"], affinities);
console.log(
  `next for Acme Foods (buys boxes): ${offer?.productId} (because ${offer?.because}, confidence ${offer?.confidence.toFixed(3)}, lift ${offer?.lift.toFixed(3)})`,
);
