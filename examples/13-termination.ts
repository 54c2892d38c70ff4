/**
 * Termination criteria: six customers of a business-supplies firm, and whether the firm should keep them,
 * correct the relationship (price, service level, conduct) or end it — economically excessive,
 * emotionally excessive, violating the firm's core values — with the policy that a correction is tried
 * first and that a customer's word of mouth raises the bar. The customers are made up for the example;
 * every figure printed is checked by hand in test/examples/termination.test.ts.
 *
 * Run: npx tsx examples/13-termination.ts
 */
import { groupByCustomer } from "../src/customers/index.ts";
import { defineRule, extendRuleSet, parseRuleConfig, prepareRules } from "../src/rules/index.ts";
import { coreTerminationRules, decideTerminations, type TerminationFacts } from "../src/termination/index.ts";

const asOf = "2024-06-30";
const call = (customerId: string, timestamp: string) =>
  ({ customerId, timestamp, kind: "call", channel: "phone", direction: "inbound" }) as const;
const correction = (customerId: string, timestamp: string, topic: string) =>
  ({ customerId, timestamp, kind: "correction-offered", channel: "email", direction: "outbound", topic }) as const;

const records = groupByCustomer({
  transactions: [
    // ada: two profitable orders. bo: two orders at 30% margin but a lot of service.
    { customerId: "ada", timestamp: "2024-01-10", amount: 100, cost: 60 },
    { customerId: "ada", timestamp: "2024-04-10", amount: 120, cost: 70 },
    { customerId: "bo", timestamp: "2024-01-10", amount: 100, cost: 70 },
    { customerId: "bo", timestamp: "2024-04-10", amount: 100, cost: 70 },
    ...["cy", "dee", "eve", "fay"].map((customerId) => ({
      customerId,
      timestamp: "2024-01-10",
      amount: 100,
      cost: 60,
    })),
  ],
  interactions: [
    call("bo", "2024-03-01"),
    call("bo", "2024-05-01"),
    correction("dee", "2024-03-01", "conduct-agreement"),
    correction("fay", "2024-03-01", "conduct-agreement"),
  ],
  incidents: [
    { customerId: "bo", timestamp: "2024-02-01", kind: "policy-violation", staffHours: 3 },
    // cy and dee: abusive twice; dee was offered a conduct agreement on 2024-03-01 and was abusive again.
    { customerId: "cy", timestamp: "2024-02-01", kind: "abuse", staffHours: 1 },
    { customerId: "cy", timestamp: "2024-02-15", kind: "abuse", staffHours: 1 },
    { customerId: "dee", timestamp: "2024-02-01", kind: "abuse", staffHours: 1 },
    { customerId: "dee", timestamp: "2024-02-15", kind: "abuse", staffHours: 1 },
    { customerId: "dee", timestamp: "2024-04-01", kind: "abuse", staffHours: 2 },
    // eve: fraud (a core-value violation by default).
    { customerId: "eve", timestamp: "2024-05-05", kind: "fraud", staffHours: 4 },
    // fay: like dee, but with two open complaints (a word-of-mouth risk).
    { customerId: "fay", timestamp: "2024-02-01", kind: "abuse", staffHours: 1 },
    { customerId: "fay", timestamp: "2024-02-15", kind: "abuse", staffHours: 1 },
    { customerId: "fay", timestamp: "2024-04-01", kind: "abuse", staffHours: 2 },
  ],
  complaints: [
    { customerId: "fay", openedAt: "2024-05-01", severity: "major", outcome: "unresolved" },
    { customerId: "fay", openedAt: "2024-05-10", severity: "minor", outcome: "unresolved" },
  ],
});

// The firm's activity costs (clientele/value's cost-driver table): a staff hour on an incident costs 40,
// a service call 6; other touchpoints (the correction e-mails) cost nothing.
const costDrivers = { perIncidentStaffHour: 40, perInteraction: { call: 6 }, otherInteraction: 0 };

console.log(`termination decisions at ${asOf} (lookback and horizon 365 days)`);
const decisions = decideTerminations(records, { asOf, costDrivers });
for (const d of decisions) {
  const e = d.economics;
  console.log(
    `\n${d.customerId}: ${d.decision.toUpperCase()} — margin ${e.grossMargin.toFixed(2)}, service cost ${e.serviceCost.toFixed(2)}, expected future value ${e.expectedFutureValue.toFixed(2)}`,
  );
  for (const f of d.findings) console.log(`  [${f.severity}] ${f.ruleId}: ${f.message}`);
  for (const a of d.actions) console.log(`  → ${a.lever}: ${a.reason}`);
}

// Reconfigured from JSON (as an app stores it), plus a third-party rule: the firm treats fraud as a
// correctable matter handled by its own rule, and flags customers with no purchase since the new year.
const config = parseRuleConfig(JSON.parse('{ "violates-core-values": { "includeFraud": false } }'));
const quietSinceJanuary = defineRule({
  id: "acme/quiet-since-january",
  meta: {
    description: "No purchase in the last 150 days",
    severity: "correct",
    messages: { quiet: "no purchase for {{days}} days: offer a reactivation discount" },
  },
  defaultOptions: { days: 150, discount: 0.1 },
  evaluate(facts: TerminationFacts, { days, discount }, report) {
    const last = Math.max(...facts.record.transactions.map((t) => t.timestamp.getTime()));
    const quiet = Math.floor((facts.asOf.getTime() - last) / 86_400_000);
    if (quiet < days) return;
    report(
      "quiet",
      { days: quiet },
      {
        actions: [
          { lever: "price-adjustment", reason: "a reactivation discount", targets: { priceIncrease: -discount } },
        ],
      },
    );
  },
});
const rules = prepareRules(extendRuleSet(coreTerminationRules, quietSinceJanuary), config as never);
const eve = decideTerminations(
  records.filter((r) => r.customerId === "eve"),
  { asOf, costDrivers, rules },
)[0]!;
console.log(`\neve with the JSON config and the acme rule: ${eve.decision.toUpperCase()}`);
for (const f of eve.findings) console.log(`  [${f.severity}] ${f.ruleId}: ${f.message}`);
