/**
 * Switching prevention and retention measures (clientele/retention), on a handful of made-up customers
 * whose figures can be checked by hand:
 *
 * 1. the switching-risk rules on three customers at one date, with a JSON config and an app's own rule;
 * 2. a cohort retention table of monthly subscriptions, its survival curve and average lifetime;
 * 3. the Kaplan–Meier curve of the same subscriptions and the sBG fitted to the cohorts in one call.
 *
 * Run with `npx tsx examples/12-retention.ts`.
 */
import { groupByCustomer } from "../src/customers/index.ts";
import {
  assessSwitchingRisk,
  cohortRetentionTable,
  createSwitchingRiskAssessor,
  fitCohortRetention,
  kaplanMeierSurvival,
  type SwitchingRiskFacts,
  type SwitchingRiskRules,
  subscriptionLifetimes,
  switchingRiskRules,
} from "../src/retention/index.ts";
import { defineRule, extendRuleSet, parseRuleConfig, type RuleSetConfig } from "../src/rules/index.ts";

const asOf = "2024-06-30";
const monthly = (customerId: string, days: readonly string[], amount: number) =>
  days.map((timestamp) => ({ customerId, timestamp, amount }));

// ── 1. Switching risk at 2024-06-30 ──────────────────────────────────────────────────────────────────────
const records = groupByCustomer({
  transactions: [
    // ana buys every 30 days, last on Mar 31: 91 days of silence is 3.03 × her rhythm.
    ...monthly("ana", ["2024-01-01", "2024-01-31", "2024-03-01", "2024-03-31"], 40),
    // ben: 4 purchases of 50 from July to October 2023, one of 30 since January: spend 200 → 30, count 4 → 1.
    ...monthly("ben", ["2023-07-15", "2023-08-15", "2023-09-15", "2023-10-15", "2024-05-20"], 50).map((t, i) =>
      i === 4 ? { ...t, amount: 30 } : t,
    ),
    // cleo buys every two weeks and did on Jun 24.
    ...monthly("cleo", ["2024-05-13", "2024-05-27", "2024-06-10", "2024-06-24"], 25),
  ],
  complaints: [{ customerId: "ben", openedAt: "2024-06-01", severity: "major", outcome: "unresolved" }],
  interactions: [
    { customerId: "ana", timestamp: "2024-06-10", kind: "competitor-offer", channel: "phone", direction: "inbound" },
  ],
  surveyResponses: [
    { customerId: "cleo", timestamp: "2024-02-01", instrument: "csat", scores: { overall: 5 } },
    { customerId: "cleo", timestamp: "2024-06-25", instrument: "csat", scores: { overall: 3 } },
  ],
});

console.log(`switching risk at ${asOf} (levels: score ≥ 1 medium, ≥ 3 high; warn 1, correct 2)`);
const assessor = createSwitchingRiskAssessor({ asOf });
for (const record of records) {
  const risk = assessor.assess(record);
  console.log(`  ${record.customerId.padEnd(5)} ${risk.level.padEnd(6)} score ${risk.score}`);
  for (const f of risk.findings) console.log(`    [${f.severity}] ${f.ruleId}: ${f.message}`);
}

// An app's own rule and a JSON config: a VIP threshold, and a stricter gap rule.
const bigSpenderQuiet = defineRule({
  id: "shop/big-spender-quiet",
  meta: {
    description: "A customer who spent a lot has not bought for a month",
    severity: "warn",
    messages: { quiet: "spent {{spend}} but nothing for {{days}} days" },
  },
  defaultOptions: { spendAtLeast: 150, days: 30 },
  evaluate(facts: SwitchingRiskFacts, { spendAtLeast, days }, report) {
    const txs = facts.record.transactions.filter((t) => t.timestamp <= facts.asOf);
    const spend = txs.reduce((s, t) => s + t.amount, 0);
    const last = txs.at(-1)?.timestamp.getTime();
    if (last === undefined || spend < spendAtLeast) return;
    const quiet = Math.round((facts.asOf.getTime() - last) / 86_400_000);
    if (quiet > days)
      report("quiet", { spend, days: quiet }, { spend, lastPurchase: txs.at(-1)!.timestamp.toISOString() });
  },
});
const rules = extendRuleSet(switchingRiskRules, bigSpenderQuiet);
const config = parseRuleConfig(
  JSON.parse('{ "shop/big-spender-quiet": { "days": 60 }, "purchase-gap-growing": { "ratioAbove": 4 } }'),
);
const ana = assessSwitchingRisk(records[0]!, {
  asOf,
  rules,
  config: config as RuleSetConfig<SwitchingRiskRules & { "shop/big-spender-quiet": typeof bigSpenderQuiet }>,
});
console.log(`  ana with the shop's config: ${ana.level}, rules fired: ${ana.firedRules.join(", ")}`);

// ── 2. Cohort retention of monthly subscriptions, as of 2024-03-31 ───────────────────────────────────────
const subscriptions = [
  ...Array.from({ length: 10 }, (_, i) => ({
    customerId: `jan${i}`,
    start: "2024-01-10",
    ...(i < 4 ? { end: "2024-02-01" } : i < 6 ? { end: "2024-03-01" } : {}),
  })),
  ...Array.from({ length: 10 }, (_, i) => ({
    customerId: `feb${i}`,
    start: "2024-02-10",
    ...(i < 3 ? { end: "2024-03-01" } : {}),
  })),
];
const table = cohortRetentionTable({ subscriptions }, { asOf: "2024-03-31", period: "month" });
console.log("\ncohort retention (subscribed at the start of each month since joining)");
for (const c of table.cohorts) {
  console.log(`  ${c.cohort}  size ${c.size}  active ${c.cells.map((x) => x.active).join(" → ")}`);
}
for (const r of table.overall) {
  console.log(
    `  month ${r.period}: ${r.cohorts} cohort(s), retention ${r.retention?.toFixed(3)}, churn ${r.churn?.toFixed(3)}, survival ${r.survival?.toFixed(3)}`,
  );
}
console.log(
  `  average lifetime ${table.averageLifetime?.periods.toFixed(3)} months (restricted mean over ${table.averageLifetime?.horizon} months)`,
);

// ── 3. Kaplan–Meier and the sBG in one call ──────────────────────────────────────────────────────────────
const km = kaplanMeierSurvival(subscriptionLifetimes(subscriptions, { asOf: "2024-03-31T00:00:00Z", unit: "day" }));
console.log("\nKaplan–Meier (days)");
km.times.forEach((t, i) => {
  console.log(`  day ${t}: at risk ${km.atRisk[i]}, churned ${km.churned[i]}, S ${km.survival[i]!.toFixed(4)}`);
});
const { fit } = fitCohortRetention(subscriptions, { asOf: "2024-03-31", period: "month" });
console.log(
  `sBG fitted to the cohorts: α ${fit.params.alpha.toFixed(3)}, β ${fit.params.beta.toFixed(3)} (unit ${fit.unit})`,
);
