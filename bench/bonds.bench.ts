/**
 * Benchmark of clientele/bonds: `bondProfile` over 100,000 customer records (issue 10's target: ≤ 200 ms on
 * one core), each record carrying the bonds simulated by examples/_data/simulatedBonds.ts with a fixed
 * seed (about 1.1 instruments per customer, a fifth of them ended). Data generation is not timed; the
 * figure is the median of 5 runs after a warm-up. Run alone with `npx tsx bench/bonds.bench.ts`.
 */
import { pathToFileURL } from "node:url";
import { BONDS_SEED, simulateCustomerBonds } from "../examples/_data/simulatedBonds.ts";
import { bondProfile } from "../src/bonds/bondProfile.ts";
import { type CustomerRecord, parseBondInstruments } from "../src/customers/index.ts";
import type { BenchRow } from "./BenchRow.ts";

const RUNS = 5;
const CUSTOMERS = 100_000;
const asOf = new Date("2024-06-30T00:00:00Z");

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** 100,000 validated records (the shape groupByCustomer returns), their bonds parsed by parseBondInstruments. */
function records(): CustomerRecord[] {
  const from = Date.UTC(2020, 0, 1);
  const to = asOf.getTime();
  const out: CustomerRecord[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const customerId = String(i);
    const { bonds } = simulateCustomerBonds(customerId, i, { seed: BONDS_SEED, from, to });
    const parsed = parseBondInstruments(bonds); // the validated shape bondProfile receives in practice
    out.push({
      customerId,
      transactions: [],
      interactions: [],
      serviceFailures: [],
      complaints: [],
      surveyResponses: [],
      incidents: [],
      bonds: parsed,
      loyaltyEvents: [],
    });
  }
  return out;
}

/** Runs the bonds benchmark and returns its row. */
export function runBondsBench(): BenchRow[] {
  const data = records();
  const instruments = data.reduce((n, r) => n + r.bonds.length, 0);
  const options = { asOf };
  let checksum = 0;
  const run = () => {
    let s = 0;
    for (let i = 0; i < data.length; i++) s += bondProfile(data[i]!, options).strength.score;
    return s;
  };
  checksum = run(); // warm-up
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    const s = run();
    times.push(performance.now() - t0);
    if (s !== checksum) throw new Error("bonds bench: bondProfile is not deterministic");
  }
  const ms = median(times);
  return [
    {
      task: "bondProfile, one call per record (target ≤ 200 ms)",
      size: `${CUSTOMERS.toLocaleString("en-US")} records`,
      ms,
      note: `${instruments.toLocaleString("en-US")} instruments (seed ${BONDS_SEED}); runs ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms; Σ strength ${checksum.toFixed(3)}`,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const r of runBondsBench()) console.log(`${r.task}  ${r.size}  ${r.ms.toFixed(1)} ms  ${r.note ?? ""}`);
}
