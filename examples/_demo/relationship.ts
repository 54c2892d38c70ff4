/**
 * Demo section (npm run demo): the whole relationship of the CDNOW customers in one call. CDNOW has
 * purchases only: the service failures, complaints, surveys, bonds and contacts are drawn by the library's
 * seeded simulator (`simulateCustomerRecords`, clientele/simulation), the margin is an assumed 30% of
 * revenue and the activity costs are made up — the output says so. Ends with the portfolio table and three
 * customers' assessments in plain words.
 */
import type { CountModel, SpendModel } from "../../src/clv/index.ts";
import type { CustomerRecord } from "../../src/customers/index.ts";
import {
  assessPortfolio,
  assessRelationship,
  type RelationshipAssessment,
  type RelationshipContext,
} from "../../src/relationship/index.ts";
import {
  simulateCustomerRecords,
  simulatedChainSurveyMapping,
  simulatedSurveyMapping,
} from "../../src/simulation/index.ts";

/** The simulator's seed. */
const SEED = 19;

const money = (x: number) => `$${x.toFixed(2)}`;

/** Prints the relationship section for the CDNOW records, using the demo's fitted models. */
export function printRelationshipDemo(
  records: readonly CustomerRecord[],
  models: { readonly fit: CountModel; readonly spendFit: SpendModel },
): void {
  const asOf = "1998-06-30";
  const enriched = simulateCustomerRecords(
    records.map((r) => ({ ...r, bonds: [] })), // the simulator draws the bonds too
    { seed: SEED, from: "1997-01-01", asOf },
  );
  const context: RelationshipContext = {
    asOf,
    countFit: models.fit,
    spendFit: models.spendFit,
    currency: "USD",
    grossMarginRate: 0.3,
    discountRate: 0.0018, // per week, about 10% a year
    forecast: { horizon: 52 },
    costDrivers: {
      perOrder: 1,
      otherInteraction: 0.5,
      perComplaint: 25,
      perServiceFailure: 10,
      perIncidentStaffHour: 40,
    },
    satisfaction: { chain: simulatedChainSurveyMapping, survey: simulatedSurveyMapping },
    termination: { rules: { "too-costly": { tolerance: 10 } } },
    // A CD shop's bar for a win-back offer: $5 of lifetime value over the next year.
    jobs: { rules: { "win-back": { minValue: 5 } } },
    portfolio: { topK: 10 },
  };
  const s = assessPortfolio(enriched, context);
  console.log(
    `\n── The whole relationship (service events, surveys and bonds simulated by clientele/simulation, seed ${SEED}; margin assumed 30%; made-up activity costs) ──`,
  );
  console.log(
    `at ${asOf}, ${s.customers} customers, lifetime value over 52 weeks at 0.18% a week (BG/NBD × Gamma-Gamma):`,
  );
  console.log(
    `  ${"CRM job".padEnd(22)} ${"customers".padStart(9)} ${"lifetime value".padStart(15)} ${"value at risk".padStart(14)}`,
  );
  for (const [job, cell] of Object.entries(s.byJob)) {
    console.log(
      `  ${job.padEnd(22)} ${String(cell.customers).padStart(9)} ${money(cell.lifetimeValue).padStart(15)} ${money(cell.valueAtRisk).padStart(14)}`,
    );
  }
  const stages = Object.entries(s.byStage)
    .filter(([, c]) => c.customers > 0)
    .map(([stage, c]) => `${stage} ${c.customers}`);
  console.log(`  by stage: ${stages.join(", ")}`);
  console.log(
    `  decisions: keep ${s.byDecision.keep.customers}, correct ${s.byDecision.correct.customers}, terminate ${s.byDecision.terminate.customers}`,
  );
  console.log(
    `  act first: ${s.actFirst
      .slice(0, 5)
      .map((e) => `${e.customerId} (${e.job}, ${money(e.valueAtRisk)} at risk)`)
      .join("; ")}`,
  );

  const byId = new Map(enriched.map((r) => [r.customerId, r]));
  const assessed = (id: string) => assessRelationship(byId.get(id)!, context);
  const picks: RelationshipAssessment[] = [assessed(s.actFirst[0]!.customerId)];
  const wanted = new Set(["complaint-management", "win-back"]);
  for (const r of enriched) {
    if (wanted.size === 0) break;
    const a = assessRelationship(r, context);
    const job = a.job.status === "computed" ? a.job.value : undefined;
    if (job !== undefined && wanted.has(job.job) && job.nextActions[0]?.action !== "let-go") {
      wanted.delete(job.job);
      picks.push(a);
    }
  }
  console.log("\nthree customers, in plain words:");
  for (const a of picks) console.log(`\n${explain(a)}`);
}

/** One assessment as a paragraph a relationship manager can read. */
function explain(a: RelationshipAssessment): string {
  const out: string[] = [];
  if (a.lifecycle.status === "computed") {
    out.push(`Customer ${a.customerId} is ${a.lifecycle.value.stage}: ${a.lifecycle.value.reasons[0]!.message}.`);
  }
  if (a.bonds.status === "computed") {
    const { profile, switchingCost } = a.bonds.value;
    out.push(
      profile.highestLevel === null
        ? "No active bond ties them to the firm."
        : `Bonded up to the ${profile.highestLevel} level (strength ${profile.strength.score.toFixed(2)}); leaving would cost them ${money(switchingCost.total)}.`,
    );
  }
  if (a.probabilityAlive.status === "computed" && a.expectedPurchases.status === "computed") {
    out.push(
      `P(alive) ${a.probabilityAlive.value.value.toFixed(2)}; ${a.expectedPurchases.value.value.toFixed(2)} purchases expected in the next 52 weeks.`,
    );
  }
  if (a.lifetimeValue.status === "computed") out.push(`Worth ${money(a.lifetimeValue.value.value)} over that year.`);
  if (a.profitability.status === "computed") {
    const p = a.profitability.value.profit;
    out.push(
      `Last year: revenue ${money(p.revenue)}, cost to serve ${money(p.costToServe)}, profit ${money(p.profit)}.`,
    );
  }
  if (a.switchingRisk.status === "computed") {
    const r = a.switchingRisk.value;
    out.push(`Switching risk ${r.level}${r.firedRules.length > 0 ? ` (${r.firedRules.join(", ")})` : ""}.`);
  }
  if (a.termination.status === "computed") {
    const d = a.termination.value;
    out.push(
      d.decision === "keep"
        ? "Keep the relationship."
        : `${d.decision === "correct" ? "Correct" : "End"} the relationship: ${d.actions.map((x) => x.lever).join(", ")}.`,
    );
  }
  if (a.job.status === "computed") {
    out.push(
      `CRM job now: ${a.job.value.job}. Next: ${a.job.value.nextActions.map((x) => x.message).join("; ") || "nothing due"}.`,
    );
  }
  if (a.satisfactionChain.status === "computed") {
    const c = a.satisfactionChain.value;
    out.push(
      `Satisfaction survey of ${c.respondedAt.toISOString().slice(0, 10)}: overall ${c.result.constructs.overallSatisfaction.value.toFixed(2)}${c.result.largestShortfall === undefined ? "" : `, largest shortfall on ${c.result.largestShortfall.name}`}.`,
    );
  } else {
    out.push(`Satisfaction not known: ${a.satisfactionChain.reason}.`);
  }
  return out.join(" ");
}
