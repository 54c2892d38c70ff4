import { checkDistinctIds } from "./src/_lib/duplicateIds.ts";
import { parseSummaryTable } from "./src/rfm/parseSummaryTable.ts";
import { parseSummaryTable as parseMain } from "/work/main/src/rfm/parseSummaryTable.ts";
import { readCountData } from "./src/clv/_internal/readCountData.ts";
import { readCountData as readCountDataMain } from "/work/main/src/clv/_internal/readCountData.ts";

const n = 1_000_000;
const ids = Array.from({ length: n }, (_, i) => `c${i}`);
const numericIds = Uint32Array.from({ length: n }, (_, i) => i);
const frequency = new Float64Array(n).map((_, i) => i % 7);
const recency = new Float64Array(n).map((_, i) => (i % 7 === 0 ? 0 : 10));
const T = new Float64Array(n).fill(38);
function time(label: string, f: () => unknown, reps = 7): void {
  f();
  const ts: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    f();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  console.log(`${label}: median ${ts[Math.floor(reps / 2)]!.toFixed(0)} ms, min ${ts[0]!.toFixed(0)} ms`);
}
time("checkDistinctIds, 1M distinct string ids", () => checkDistinctIds("f", ids, (i) => [i]));
time("checkDistinctIds, 1M Uint32Array ids", () => checkDistinctIds("f", numericIds, (i) => [i]));
const columns = { customerId: ids, frequency, recency, T };
time("parseSummaryTable 1M columns, string ids (this branch)", () => parseSummaryTable(columns));
time("parseSummaryTable 1M columns, string ids (main)", () => parseMain(columns));
const typed = { customerId: numericIds, frequency, recency, T };
time("fit reader fast path 1M typed columns with ids (this branch)", () => readCountData("f", typed));
time("fit reader fast path 1M typed columns with ids (main)", () => readCountDataMain("f", typed));
time("fit reader fast path 1M typed columns, no ids (this branch)", () => readCountData("f", { frequency, recency, T }));
