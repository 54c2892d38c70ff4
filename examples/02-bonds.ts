/**
 * Bonds and switching costs: three customers of an office-supplies firm, their financial, social and
 * structural bonds (Berry & Parasuraman's levels, Berry 1995 Table 1), what leaving would cost each of them
 * (Burnham, Frels & Mahajan 2003), and the retention levers that apply — for a satisfied variety seeker, a
 * dissatisfied customer and one already bonded. The customers are made up for the example.
 *
 * Run: npx tsx examples/02-bonds.ts
 */
import {
  bondLevelTable,
  bondProfile,
  defineBondKinds,
  recommendRetentionLevers,
  retentionLeverRules,
  switchingCost,
} from "../src/bonds/index.ts";
import { groupByCustomer, parseBondInstruments } from "../src/customers/index.ts";
import { defineRule, extendRuleSet } from "../src/rules/index.ts";

// The host app's own kinds, with their levels: a typed catalogue, no global registry.
const kinds = defineBondKinds({ "acme/eprocurement-punchout": "structural", "acme/account-manager": "social" });

const bonds = parseBondInstruments([
  // Ana: satisfied, but likes to try other suppliers; a points card only.
  { customerId: "ana", level: "financial", kind: "points-program", start: "2023-02-01" },
  // Ben: dissatisfied; tied by a punch-out integration and a trade-in deal on his copiers.
  { customerId: "ben", level: "financial", kind: "trade-in-offer", start: "2024-01-15", value: 900, currency: "EUR" },
  { customerId: "ben", level: "structural", kind: "acme/eprocurement-punchout", start: "2022-09-01" },
  // Cleo: bonded on two levels: points and an account manager.
  { customerId: "cleo", level: "financial", kind: "points-program", start: "2021-05-01" },
  { customerId: "cleo", level: "social", kind: "acme/account-manager", start: "2022-03-01" },
  { customerId: "cleo", level: "social", kind: "club", start: "2022-03-01", end: "2023-03-01" },
]);
const records = groupByCustomer({ transactions: [], bonds });
const asOf = "2024-06-30";
const survey = {
  ana: { satisfaction: 0.85, varietySeeking: 0.8 },
  ben: { satisfaction: 0.3, varietySeeking: 0.2 },
  cleo: { satisfaction: 0.9, varietySeeking: 0.2 },
} as const;
// Points balances and the value of a point would come from the loyalty ledger (clientele/loyalty).
const points = { ana: 4_000, ben: 0, cleo: 26_500 } as const;
const eur = (x: number) => `€${x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

console.log("Levels of relationship marketing (Berry 1995, Table 1, after Berry & Parasuraman 1991)");
for (const r of bondLevelTable.rows) {
  console.log(
    `  ${r.rank}  ${r.typeOfBond.join(" + ").padEnd(33)} ${r.mainMarketingMixElement.padEnd(24)} differentiation ${r.potentialForSustainedCompetitiveDifferentiation}`,
  );
}

// A lever rule of the app's own, added to the core set: punch-out customers get a named engineer.
const engineer = defineRule({
  id: "acme/named-engineer",
  meta: {
    description: "Integrated customers get a named integration engineer",
    severity: "info",
    messages: { engineer: "integrated ({{count}} structural bond): assign a named integration engineer" },
  },
  defaultOptions: {},
  evaluate(facts: { profile: { counts: { structural: number } } }, _options, report) {
    const count = facts.profile.counts.structural;
    if (count > 0) report("engineer", { count, lever: "social" }, { structural: count });
  },
});
const rules = extendRuleSet(retentionLeverRules, engineer);

for (const record of records) {
  const id = record.customerId as keyof typeof survey;
  const profile = bondProfile(record, { asOf, kinds });
  const cost = switchingCost(record, {
    asOf,
    currency: "EUR",
    kinds,
    forfeitablePoints: { points: points[id], valuePerPoint: 0.005 },
    ...(id === "ben" ? { contractPenalties: [{ label: "punch-out contract exit fee", amount: 1_200 }] } : {}),
    ...(id === "ben" ? { stated: { setup: { amount: 2_500, note: "new catalogue integration, quoted" } } } : {}),
  });
  const levers = recommendRetentionLevers(profile, { ...survey[id], rules });
  console.log(`\n${id}: satisfaction ${survey[id].satisfaction}, variety seeking ${survey[id].varietySeeking}`);
  console.log(
    `  bonds at ${asOf}: highest level ${profile.highestLevel ?? "none"}, counts ${profile.counts.financial}/${profile.counts.social}/${profile.counts.structural}, stacked ${profile.stacked ? "yes" : `no (missing ${profile.missingBelow.join(", ")})`}, strength ${profile.strength.score.toFixed(3)}`,
  );
  console.log(`  switching cost ${eur(cost.total)} monetised`);
  for (const c of cost.components) {
    if (c.assessment === "unassessed") continue;
    const shown = c.assessment === "monetised" ? eur(c.amount ?? 0) : `score ${(c.score ?? 0).toFixed(2)}`;
    console.log(
      `    ${c.type.padEnd(10)} ${c.facet.padEnd(24)} ${shown.padStart(10)}  ${c.evidence.map((e) => e.description).join("; ")}`,
    );
  }
  console.log(`  levers: ${levers.levers.length === 0 ? "none" : levers.levers.join(", ")}`);
  for (const f of levers.findings) console.log(`    [${f.severity}] ${f.ruleId}: ${f.message}`);
}
