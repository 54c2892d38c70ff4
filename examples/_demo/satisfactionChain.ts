/**
 * Demo section (npm run demo): a satisfaction breakdown for a few CDNOW customers. CDNOW has no surveys, so
 * one survey per customer is simulated by the library's own simulateSatisfactionSurvey with a fixed seed
 * (known paths, 1–7 integer scale), the chain's paths are estimated on all of them, and the chain explains
 * the four most frequent buyers' overall satisfaction.
 */
import type { CustomerRecord } from "../../src/customers/index.ts";
import {
  fitSatisfactionChain,
  type SatisfactionChainModel,
  satisfactionChain,
  simulateSatisfactionSurvey,
} from "../../src/satisfaction/index.ts";

/** The seed of the simulated surveys (every run shows the same answers). */
export const SATISFACTION_SEED = 1996;

const TRUTH: SatisfactionChainModel = {
  attributeSatisfaction: { intercept: 0.05, desiresCongruency: 0.9 },
  informationSatisfaction: { intercept: 0, desiresCongruency: 0.4, expectationsCongruency: 0.5 },
  overallSatisfaction: { intercept: 0, attributeSatisfaction: 0.6, informationSatisfaction: 0.35 },
};

/** Prints the satisfaction-chain section of the demo for `records` (one simulated survey per customer). */
export function printSatisfactionChainDemo(records: readonly CustomerRecord[]): void {
  const { responses } = simulateSatisfactionSurvey({
    respondents: records.length,
    attributes: ["delivery speed", "price", "catalogue range"],
    scale: { min: 1, max: 7, integer: true },
    model: TRUTH,
    noise: 0.1,
    seed: SATISFACTION_SEED,
  });
  const fit = fitSatisfactionChain(responses);
  const o = fit.equations.overallSatisfaction;
  console.log(
    `\nsatisfaction chain (Spreng, MacKenzie & Olshavsky 1996) — CDNOW has no surveys: one 1–7 survey per customer SIMULATED by simulateSatisfactionSurvey (seed ${SATISFACTION_SEED})`,
  );
  console.log(
    `  paths estimated on ${fit.n.toLocaleString("en-US")} simulated surveys: overall = ${o.coefficients
      .map((c) => `${c.estimate.toFixed(2)}${c.predictor === "intercept" ? "" : ` × ${c.predictor}`}`)
      .join(" + ")} (R² ${o.rSquared!.toFixed(2)}; true 0.60 and 0.35)`,
  );
  const index = new Map(records.map((r, i) => [r.customerId, i]));
  const frequent = [...records]
    .sort((a, b) => b.transactions.length - a.transactions.length || a.customerId.localeCompare(b.customerId))
    .slice(0, 4);
  for (const record of frequent) {
    const response = responses[index.get(record.customerId)!]!;
    const chain = satisfactionChain(response, fit.model);
    console.log(`  customer ${record.customerId} (${record.transactions.length} purchases): ${chain.explanation}`);
  }
}
