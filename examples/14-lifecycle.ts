/**
 * Lifecycle stages: seven customers of a shop, each placed in new / active / at-risk / complaining /
 * lapsed / terminated / won-back at 2024-06-30 with the reasons, so the app can route each one to the
 * right CRM job (onboarding, retention, switching prevention, complaint management, recovery). The
 * customers are made up for the example; every figure printed is checked by hand in
 * test/examples/lifecycle.test.ts.
 *
 * Run: npx tsx examples/14-lifecycle.ts
 */
import { groupByCustomer } from "../src/customers/index.ts";
import { lifecycleStagePrecedence, lifecycleStages } from "../src/lifecycle/index.ts";

const asOf = "2024-06-30";
const buy = (customerId: string, ...dates: string[]) =>
  dates.map((timestamp) => ({ customerId, timestamp, amount: 40 }));
const steady = ["2023-09-01", "2024-01-01", "2024-05-01"];
const touch = (customerId: string, timestamp: string, kind: string) =>
  ({ customerId, timestamp, kind, channel: "phone", direction: "inbound" }) as const;

const records = groupByCustomer({
  transactions: [
    ...buy("nina", "2024-05-01"), // first purchase 60 days ago
    ...buy("alex", ...steady), // buys every four months
    ...buy("rita", ...steady), // the same, but a rival called her with an offer
    ...buy("carl", ...steady), // the same, with a complaint still open
    ...buy("lena", "2023-01-01", "2023-05-01"), // nothing for 426 days
    ...buy("tom", ...steady), // the firm ended the relationship in May
    ...buy("will", "2022-03-01", "2024-05-01"), // back after 792 days
  ],
  interactions: [
    touch("rita", "2024-06-10", "competitor-offer"),
    touch("tom", "2024-05-15", "relationship-terminated"),
  ],
  complaints: [{ customerId: "carl", openedAt: "2024-06-01", severity: "major", outcome: "unresolved" }],
});

console.log(`lifecycle stages at ${asOf} (new within 90 days, lapsed after 365, won back within 180)`);
console.log(`precedence: ${lifecycleStagePrecedence.join(" > ")}`);
for (const s of lifecycleStages(records, { asOf })) {
  console.log(`\n${s.customerId.padEnd(5)} ${s.stage}`);
  for (const r of s.reasons) console.log(`  ${r.stage}: ${r.message}`);
}
