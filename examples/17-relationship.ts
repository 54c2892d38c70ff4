/**
 * The whole relationship in one call: six customers of a shop at 2024-06-30, each assessed with
 * `assessRelationship` (lifecycle, bonds, P(alive), profitability, switching risk, the termination
 * decision, and the CRM job with its next actions), then the shop as a portfolio with `assessPortfolio`.
 * The customers are made up for the example; the BG/NBD parameters are Fader, Hardie & Lee's (2005)
 * CDNOW estimates (weeks). The figures printed are checked by hand in test/examples/relationship.test.ts.
 *
 * Run: npx tsx examples/17-relationship.ts
 */
import { groupByCustomer } from "../src/customers/index.ts";
import { assessPortfolio, assessRelationship, type RelationshipContext } from "../src/relationship/index.ts";

const buy = (customerId: string, ...dates: string[]) =>
  dates.map((timestamp) => ({ customerId, timestamp, amount: 100, cost: 60 }));
const steady = ["2023-09-01", "2024-01-01", "2024-05-01"];

const records = groupByCustomer({
  transactions: [
    ...buy("nina", "2024-06-20"), // first purchase 10 days ago
    ...buy("alex", ...steady), // buys every four months
    ...buy("rita", ...steady), // the same, but a rival called her with an offer
    ...buy("carl", ...steady), // the same, with a major complaint open
    ...buy("lena", "2023-01-01", "2023-05-01"), // nothing for 426 days
    ...buy("otto", ...steady), // abusive to the staff twice
  ],
  interactions: [
    { customerId: "rita", timestamp: "2024-06-10", kind: "competitor-offer", channel: "phone", direction: "inbound" },
  ],
  complaints: [{ customerId: "carl", openedAt: "2024-06-20", severity: "major", outcome: "unresolved" }],
  incidents: [
    { customerId: "otto", timestamp: "2024-02-01", kind: "abuse", staffHours: 2 },
    { customerId: "otto", timestamp: "2024-04-01", kind: "abuse", staffHours: 3 },
  ],
});

const context: RelationshipContext = {
  asOf: "2024-06-30",
  countFit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
  currency: "USD",
  costDrivers: { perIncidentStaffHour: 40 },
};

for (const record of records) {
  const a = assessRelationship(record, context);
  const stage = a.lifecycle.status === "computed" ? a.lifecycle.value.stage : "?";
  const pAlive = a.probabilityAlive.status === "computed" ? a.probabilityAlive.value.value.toFixed(3) : "—";
  const profit = a.profitability.status === "computed" ? a.profitability.value.profit.profit.toFixed(2) : "—";
  const decision = a.termination.status === "computed" ? a.termination.value.decision : "—";
  console.log(
    `\n${a.customerId.padEnd(5)} stage ${stage}, P(alive) ${pAlive}, profit ${profit} USD, decision ${decision}`,
  );
  if (a.job.status === "computed") {
    console.log(`  job: ${a.job.value.job} (${a.job.value.reason})`);
    for (const step of a.job.value.nextActions) console.log(`  - ${step.message}`);
  }
  console.log(`  missing: ${a.missing.join(", ")}`);
}

const s = assessPortfolio(records, context);
console.log(`\nportfolio at 2024-06-30: ${s.customers} customers`);
for (const [job, cell] of Object.entries(s.byJob)) {
  if (cell.customers > 0) console.log(`  ${job.padEnd(22)} ${cell.customers} customer(s), revenue ${cell.revenue} USD`);
}
console.log(`act first: ${s.actFirst.map((e) => `${e.customerId} (${e.valueAtRisk.toFixed(2)} at risk)`).join(", ")}`);
