// Bundle budgets (STYLE.md section 5.5, zod's packages/treeshake): bundles small fixture apps against the
// built package (resolved through package.json "exports", as a user's bundler would), minifies and gzips
// them, prints the sizes, and asserts each stays under its ceiling and contains none of its
// MUST_NOT_APPEAR identifiers. Needs a build (`npm run build`). Ceilings are the sizes measured when they
// were set plus ~30% headroom: raise one only with a reason in the changeset/PR.
// `node scripts/size.mjs --suggest` also prints, per fixture, measured size + 30% rounded up to 100 B.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { root } from "./layout.mjs";

// Identifiers that betray zod's runtime (schema classes, internals, parsing).
const ZOD_RUNTIME = ["ZodObject", "ZodMini", "_zod", "safeParse"];

// Ceilings measured 2026-11 (gzip B): 151, 658, 151, 9096, 7484; set to +30% rounded up to 100 B.
// The clientele/time, rfm and customers fixtures were added when clientele/time moved onto date-fns and
// @date-fns/tz (measured 7752, 10977, 15985, 10677 B; before the move 7548, 10138, 16157, 10678 B).
/** @type {{ name: string, code: string, maxGzipBytes: number, mustNotAppear?: string[] }[]} */
const fixtures = [
  {
    name: "errors only (clientele/errors)",
    code: 'export { isClienteleError } from "clientele/errors";',
    maxGzipBytes: 200,
    mustNotAppear: [...ZOD_RUNTIME, "fitBgNbd", "parseTransactions"],
  },
  {
    name: "error classes (clientele/errors)",
    code: 'export { ClienteleInputError, isClienteleError } from "clientele/errors";',
    // 658 B before error messages learnt to summarise long issue lists (first 8, count, kinds): 1,114 B.
    maxGzipBytes: 1200,
    mustNotAppear: [...ZOD_RUNTIME, "fitBgNbd", "parseTransactions"],
  },
  {
    name: "errors only via the root (clientele)",
    code: 'export { isClienteleError } from "clientele";',
    maxGzipBytes: 200,
    mustNotAppear: [...ZOD_RUNTIME, "fitBgNbd", "parseTransactions"],
  },
  {
    name: "parseTransactions (clientele)",
    code: 'export { parseTransactions } from "clientele";',
    maxGzipBytes: 11900,
    mustNotAppear: ["fitBgNbd", "evaluateRules"],
  },
  {
    name: "civilDate (clientele/time)",
    code: 'export { civilDate } from "clientele/time";',
    maxGzipBytes: 10100,
    mustNotAppear: ["fitBgNbd", "parseTransactions"],
  },
  {
    name: "all of clientele/time",
    code: 'export * from "clientele/time";',
    maxGzipBytes: 14300,
    mustNotAppear: ["fitBgNbd", "parseTransactions"],
  },
  {
    name: "summarizeTransactions (clientele/rfm)",
    code: 'export { summarizeTransactions } from "clientele/rfm";',
    maxGzipBytes: 20800,
    mustNotAppear: ["fitBgNbd", "evaluateRules"],
  },
  {
    name: "customerBaseOverview (clientele)",
    code: 'export { customerBaseOverview } from "clientele";',
    maxGzipBytes: 13900,
    mustNotAppear: ["fitBgNbd", "evaluateRules"],
  },
  {
    // parseCsv reads text with hand-written checks: no zod, nothing of the statistics (2,572 B measured 2026-12).
    name: "parseCsv (clientele/csv)",
    code: 'export { parseCsv } from "clientele/csv";',
    maxGzipBytes: 3400,
    mustNotAppear: [...ZOD_RUNTIME, "parseTransactions", "summarizeTransactions"],
  },
  {
    // netPromoterScore validates with hand-written checks: no zod runtime on the NPS path (issue 11: ≤ 5 KB;
    // 3,583 B measured 2026-12, ceiling +30%).
    name: "netPromoterScore (clientele/satisfaction)",
    code: 'export { netPromoterScore } from "clientele/satisfaction";',
    maxGzipBytes: 4700,
    mustNotAppear: [...ZOD_RUNTIME, "servqualGaps", "aggregateSatisfaction", "parseTransactions"],
  },
  {
    // SQL text builders: no driver, nothing of the fits. 16,997 B measured 2026-12-07, mostly zod (the options
    // are validated by summarizeTransactions' own schema) and the time-zone code of clientele/time. 22,136 B
    // when the scores came (expected purchases, Pareto/NBD, spend, lifetime value: their query templates, the
    // parameter schemas of four models, the DiscountRate reader): ceiling +30%.
    name: "all of clientele/sql",
    code: 'export * from "clientele/sql";',
    maxGzipBytes: 28800,
    mustNotAppear: ["fitBgNbd", "evaluateRules", "@duckdb/node-api", "@electric-sql/pglite", "PGlite"],
  },
  {
    name: "evaluateRules (clientele/rules)",
    code: 'export { evaluateRules } from "clientele/rules";',
    maxGzipBytes: 9800,
    mustNotAppear: ["fitBgNbd", "parseTransactions"],
  },
  {
    // A chart over a result: the spec builder, its options schema (zod) and the shape checks, nothing of
    // the fits (the rows come from trackingCurve, which the app imports itself) and nothing of vega.
    // 11,083 B measured 2026-12-08, most of it zod/mini and the error family.
    name: "trackingChart (clientele/charts)",
    code: 'export { trackingChart } from "clientele/charts";',
    maxGzipBytes: 14500,
    mustNotAppear: ["fitBgNbd", "parseTransactions", "trackingCurve", "vega-lite/build", "scenegraph"],
  },
  {
    // Every chart: 30,573 B measured 2026-12-08; the matrices bring the prediction kernels of every count
    // model, the relationship views the schemas they validate with (repurchase tree, health metrics).
    name: "all of clientele/charts",
    code: 'export * from "clientele/charts";',
    maxGzipBytes: 39200,
    mustNotAppear: ["fitBgNbd", "parseTransactions", "evaluateRules", "scenegraph"],
  },
];

const suggest = process.argv.includes("--suggest");
const work = mkdtempSync(join(tmpdir(), "clientele-size-"));
let failed = 0;
try {
  // A consumer folder whose node_modules/clientele is the repository: esbuild resolves the package by
  // name through its "exports", and zod/date-fns from the repository's node_modules.
  mkdirSync(join(work, "node_modules"));
  symlinkSync(root, join(work, "node_modules", "clientele"), "dir");
  console.log("size: minified + gzipped (level 9), esbuild --bundle --platform=browser --format=esm");
  for (const fixture of fixtures) {
    try {
      const result = await build({
        stdin: { contents: fixture.code, resolveDir: work, sourcefile: "app.js", loader: "js" },
        bundle: true,
        minify: true,
        platform: "browser",
        format: "esm",
        write: false,
        logLevel: "silent",
        legalComments: "none",
      });
      const code = result.outputFiles[0].text;
      const gzip = gzipSync(code, { level: 9 }).length;
      const leaked = (fixture.mustNotAppear ?? []).filter((id) => code.includes(id));
      const over = gzip > fixture.maxGzipBytes;
      const ok = !over && leaked.length === 0;
      if (!ok) failed++;
      console.log(
        `${ok ? "ok  " : "FAIL"}  ${fixture.name.padEnd(40)} ${String(code.length).padStart(7)} B min  ${String(gzip).padStart(6)} B gzip  (ceiling ${fixture.maxGzipBytes} B)`,
      );
      if (suggest) console.log(`        suggested ceiling: ${Math.ceil((gzip * 1.3) / 100) * 100}`);
      if (over) console.log(`        over the ceiling by ${gzip - fixture.maxGzipBytes} B`);
      if (leaked.length > 0) console.log(`        contains MUST_NOT_APPEAR identifiers: ${leaked.join(", ")}`);
    } catch (error) {
      failed++;
      const messages = error?.errors?.map((e) => e.text) ?? [String(error)];
      console.log(
        `FAIL  ${fixture.name}: esbuild failed (run \`npm run build\` first?)\n        ${messages.join("\n        ")}`,
      );
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(
  failed === 0 ? `size: all ${fixtures.length} budgets ok` : `size: ${failed} of ${fixtures.length} budgets FAILED`,
);
process.exit(failed === 0 ? 0 : 1);
