/**
 * The satisfaction chain (Spreng, MacKenzie & Olshavsky 1996) and disconfirmation (Oliver 1980):
 *
 * 1. one respondent's chain with the default model (equal weights, not estimates), every construct with its
 *    contributions, and the sentence an app would show;
 * 2. Oliver's disconfirmation for the same respondent, subtractive and ratio;
 * 3. a survey of 20,000 respondents simulated from known paths with a fixed seed, and the paths estimated back
 *    by fitSatisfactionChain, with standard errors;
 * 4. the first respondent's chain under the estimated model.
 *
 * Run: npx tsx examples/09-satisfaction-chain.ts
 */
import {
  disconfirmation,
  fitSatisfactionChain,
  type SatisfactionChainConstructValue,
  type SatisfactionChainModel,
  type SatisfactionChainResponse,
  satisfactionChain,
  simulateSatisfactionSurvey,
} from "../src/satisfaction/index.ts";

const f3 = (x: number): string => x.toFixed(3);

// ── 1. One respondent, by hand ────────────────────────────────────────────────────────────────────────────
// A 1–7 survey: what the customer wanted (desire), expected and got (performance) per attribute, two items on
// the information they chose by, and overall satisfaction.
const anna: SatisfactionChainResponse = {
  scale: { min: 1, max: 7, integer: true },
  attributes: [
    { name: "delivery speed", desire: 7, expectation: 6, performance: 3 },
    { name: "price", desire: 4, expectation: 4, performance: 5 },
    { name: "range", desire: 6, expectation: 5, performance: 6 },
  ],
  information: [3, 4],
};
const chain = satisfactionChain(anna);
console.log("1. anna's satisfaction chain (default model: equal weights, not estimates)");
const constructs: SatisfactionChainConstructValue[] = Object.values(chain.constructs);
for (const c of constructs) {
  const terms = c.contributions.map((t) => `${t.from} ${f3(t.coefficient)} × ${f3(t.value)}`).join(" + ");
  console.log(`  ${c.construct.padEnd(24)} ${f3(c.value).padStart(7)}  ${c.source.padEnd(8)} ${terms}`);
}
for (const a of chain.attributes) {
  console.log(
    `  ${a.name.padEnd(15)} performance − desire ${a.desireGap}, performance − expectation ${a.expectationGap}`,
  );
}
console.log(`  ${chain.explanation}`);

// ── 2. Disconfirmation ────────────────────────────────────────────────────────────────────────────────────
const subtractive = disconfirmation(anna);
const ratio = disconfirmation(anna, { form: "ratio" });
console.log("\n2. disconfirmation of anna's expectations (Oliver 1980)");
subtractive.attributes.forEach((a, i) => {
  console.log(`  ${a.name.padEnd(15)} P − E ${a.disconfirmation}   P / E ${f3(ratio.attributes[i]!.disconfirmation)}`);
});
console.log(`  mean P − E ${f3(subtractive.mean!)}, mean P / E ${f3(ratio.mean!)}`);

// ── 3. Estimating the paths from a simulated survey ───────────────────────────────────────────────────────
const truth: SatisfactionChainModel = {
  attributeSatisfaction: { intercept: 0.1, desiresCongruency: 0.8 },
  informationSatisfaction: { intercept: -0.05, desiresCongruency: 0.3, expectationsCongruency: 0.6 },
  overallSatisfaction: { intercept: 0.05, attributeSatisfaction: 0.7, informationSatisfaction: 0.25 },
};
const SEED = 20261207;
const survey = simulateSatisfactionSurvey({
  respondents: 20_000,
  attributes: ["delivery speed", "price", "range"],
  model: truth,
  noise: 0.08,
  seed: SEED,
});
const fit = fitSatisfactionChain(survey.responses);
console.log(
  `\n3. ${fit.n.toLocaleString("en-US")} respondents simulated from known paths (seed ${SEED}, ${survey.clipped} answers clipped); the fit:`,
);
for (const eq of Object.values(fit.equations)) {
  const terms = eq.coefficients.map((c) => `${c.predictor} ${f3(c.estimate)} (SE ${f3(c.standardError)})`).join(", ");
  console.log(`  ${eq.outcome.padEnd(24)} R² ${f3(eq.rSquared!)}  ${terms}`);
}
const t = truth.overallSatisfaction;
console.log(
  `  true overall path: intercept ${t.intercept}, attributeSatisfaction ${t.attributeSatisfaction}, informationSatisfaction ${t.informationSatisfaction}`,
);

// ── 4. The chain under the estimated model ────────────────────────────────────────────────────────────────
console.log("\n4. anna under the estimated model");
console.log(`  ${satisfactionChain(anna, fit.model).explanation}`);
