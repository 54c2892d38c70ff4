// Renders every chart of docs/concepts/charts.md to SVG under docs/charts/ (one file per chart function),
// from the bundled data (CDNOW, the donations, Fader & Hardie's sBG cohort) and seeded simulated
// relationship data, so that the page and the README can show them. Needs the dev dependencies vega and
// vega-lite; deterministic (fixed seeds, no clock). Run with `npx tsx scripts/render-charts.ts`.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as vega from "vega";
import * as vl from "vega-lite";
import { loadCdnowSample } from "../examples/_data/cdnow.ts";
import { simulateCustomerBonds } from "../examples/_data/simulatedBonds.ts";
import { createCounterStream, nextUnit, selectEntity, selectSubstream } from "../src/_lib/splitMix64.ts";
import { accountHealthSeries } from "../src/accounts/index.ts";
import { bondProfile } from "../src/bonds/index.ts";
import * as charts from "../src/charts/index.ts";
import {
  calibrationHoldoutTable,
  fitBgNbd,
  fitShiftedBetaGeometric,
  frequencyChiSquare,
  probabilityAliveHistory,
  retentionTracking,
  trackingCurve,
} from "../src/clv/index.ts";
import { tarpRepurchaseTree } from "../src/complaints/index.ts";
import { type CustomerRecord, parseBondInstruments } from "../src/customers/index.ts";
import { cohortRetentionTable, kaplanMeierSurvival } from "../src/retention/index.ts";
import { repeatPurchasesByPeriod, scoreRfm, summarizeTransactions } from "../src/rfm/index.ts";
import {
  aggregateSatisfaction,
  fitSatisfactionChain,
  servqualGaps,
  simulateSatisfactionSurvey,
} from "../src/satisfaction/index.ts";
import { customerPyramid, leakyBucket, whaleCurve } from "../src/value/index.ts";

const OUT = fileURLToPath(new URL("../docs/charts/", import.meta.url));

/** Seeded uniforms in (0, 1) from the library's counter-based SplitMix64 (entity 0 of `seed`). */
function rng(seed: number): () => number {
  const stream = createCounterStream();
  selectEntity(stream, seed, 0);
  selectSubstream(stream, 0);
  return () => nextUnit(stream);
}

const log = loadCdnowSample();
const summary = summarizeTransactions(log, {
  unit: "week",
  calibrationEnd: "1997-09-30",
  observationEnd: "1998-06-30",
});
const fit = fitBgNbd(summary);
const weekly = repeatPurchasesByPeriod(log, {
  unit: "week",
  start: "1997-01-01",
  periods: 78,
  observationEnd: "1998-06-30",
});
const tracking = trackingCurve(fit, {
  firstPurchaseTimes: weekly.firstPurchaseTimes,
  periods: 78,
  actual: weekly.repeatPurchases,
});
const spend = summarizeTransactions(log, { unit: "week", observationEnd: "1998-06-30" });
const profits = spend.rows.map((r) => ({
  customerId: r.customerId,
  profit: r.frequency * (r.monetaryValue ?? 0) - 15,
}));
const regular = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173]; // Fader & Hardie (2007), Table 1
const sbg = fitShiftedBetaGeometric({ survivors: regular.slice(0, 8) }, { unit: "year" });

const rand = rng(15);
const records = Array.from({ length: 400 }, (_, i) => ({
  customerId: `c${i}`,
  transactions: [],
  interactions: [],
  serviceFailures: [],
  complaints: [],
  incidents: [],
  bonds: [],
  loyaltyEvents: [],
  surveyResponses: [0, 3, 6, 9, 12, 15].map((month) => ({
    customerId: `c${i}`,
    timestamp: new Date(Date.UTC(2024, month, 1 + Math.floor(rand() * 28))),
    instrument: "relationship",
    scores: { recommend: Math.min(10, Math.floor(rand() * 11) + (i % 2 === 0 ? 1 : 0) + Math.floor(month / 8)) },
  })),
})) as unknown as CustomerRecord[];
const servqual = Array.from({ length: 300 }, () => ({
  expectations: Array.from({ length: 22 }, () => 5 + Math.floor(rand() * 3)),
  perceptions: Array.from({ length: 22 }, (_, i) => (i >= 4 && i < 9 ? 3 : 4) + Math.floor(rand() * 4)),
}));
const profiles = Array.from({ length: 10 }, (_, i) => {
  const { bonds } = simulateCustomerBonds(`c${i}`, i, {
    seed: 2026,
    from: Date.UTC(2023, 0, 1),
    to: Date.UTC(2024, 11, 31),
  });
  return {
    ...bondProfile(bonds.length === 0 ? [] : parseBondInstruments(bonds), { asOf: "2024-12-31" }),
    customerId: `c${i}`,
  };
});
const health = accountHealthSeries(
  ["acme", "globex", "initech"].flatMap((accountId, a) =>
    Array.from({ length: 12 }, (_, m) => ({
      accountId,
      timestamp: new Date(Date.UTC(2025, m, 10)),
      metric: "satisfaction" as const,
      value: Math.round((a === 0 ? 8.5 - 0.25 * m : a === 1 ? 6 + 0.2 * m : 7) * 10 + (rand() - 0.5) * 6) / 10,
    })),
  ),
  { period: "month", from: "2025-01-01", to: "2025-12-31" },
);

const specs: Record<string, charts.VegaLiteSpec> = {
  trackingChart: charts.trackingChart(tracking, {
    calibrationEnd: 39,
    timeLabel: "week",
    title: "CDNOW: weekly repeat purchases",
  }),
  trackingChartCumulative: charts.trackingChart(tracking, { calibrationEnd: 39, cumulative: true, timeLabel: "week" }),
  calibrationHoldoutChart: charts.calibrationHoldoutChart(calibrationHoldoutTable(fit, summary)),
  frequencyHistogramChart: charts.frequencyHistogramChart(frequencyChiSquare(fit, summary)),
  probabilityAliveMatrixChart: charts.probabilityAliveMatrixChart(fit, {
    T: 39,
    maxFrequency: 15,
    recencyCells: 13,
    timeLabel: "weeks",
  }),
  expectedPurchasesMatrixChart: charts.expectedPurchasesMatrixChart(fit, {
    T: 39,
    maxFrequency: 15,
    recencyCells: 13,
    horizon: 39,
    timeLabel: "weeks",
  }),
  probabilityAliveHistoryChart: (() => {
    const purchaseTimes = [0, 3, 8, 12];
    const at = Array.from({ length: 40 }, (_, k) => k);
    return charts.probabilityAliveHistoryChart(
      { at, probabilityAlive: probabilityAliveHistory(fit, purchaseTimes, { at }), purchaseTimes },
      { timeLabel: "week" },
    );
  })(),
  retentionTrackingChart: charts.retentionTrackingChart(
    retentionTracking(sbg, { survivors: regular, calibrationPeriods: 7 }),
    { timeLabel: "year" },
  ),
  kaplanMeierChart: charts.kaplanMeierChart(
    kaplanMeierSurvival([
      ...regular.slice(1).map((s, t) => ({ duration: t + 1, churned: true, count: regular[t]! - s })),
      { duration: 12, churned: false, count: 173 },
    ]),
    { timeLabel: "year" },
  ),
  cohortRetentionChart: charts.cohortRetentionChart(
    cohortRetentionTable({ transactions: log }, { asOf: "1998-06-30", period: "month" }),
  ),
  rfmSegmentChart: charts.rfmSegmentChart(
    scoreRfm(spend.rows.map((r) => ({ ...r, monetaryValue: r.monetaryValue ?? 0 }))),
  ),
  bondProfileChart: charts.bondProfileChart(profiles),
  satisfactionChainChart: charts.satisfactionChainChart(
    fitSatisfactionChain(simulateSatisfactionSurvey({ respondents: 1000, seed: 7 }).responses),
    { width: 720 },
  ),
  servqualGapsChart: charts.servqualGapsChart(servqualGaps(servqual)),
  npsTrendChart: charts.npsTrendChart(
    aggregateSatisfaction(
      records,
      { nps: { instrument: "relationship", item: "recommend" } },
      {
        period: { unit: "quarter", timeZone: "UTC" },
        segmentOf: (r) => (Number(r.customerId.slice(1)) % 2 === 0 ? "even ids" : "odd ids"),
      },
    ),
  ),
  repurchaseTreeChart: charts.repurchaseTreeChart(
    tarpRepurchaseTree("major", {
      failure: 0.2,
      complained: 0.5,
      outcomes: { resolvedQuickly: 0.4, resolved: 0.4, unresolved: 0.2 },
      noFailureRate: 0.9,
    }),
    { width: 640 },
  ),
  whaleCurveChart: charts.whaleCurveChart(whaleCurve(profits)),
  customerPyramidChart: charts.customerPyramidChart(customerPyramid(profits)),
  leakyBucketChart: charts.leakyBucketChart(
    leakyBucket({ initialBase: 1000, acquisition: 150, retention: 0.8, periods: 12 }),
  ),
  accountHealthChart: charts.accountHealthChart(health, { metric: "satisfaction" }),
};

mkdirSync(OUT, { recursive: true });
for (const [name, spec] of Object.entries(specs)) {
  const view = new vega.View(vega.parse(vl.compile(spec as unknown as vl.TopLevelSpec).spec), { renderer: "none" });
  const svg = await view.toSVG();
  writeFileSync(join(OUT, `${name}.svg`), `${svg}\n`);
  console.log(`docs/charts/${name}.svg  ${(svg.length / 1024).toFixed(1)} KB`);
}
