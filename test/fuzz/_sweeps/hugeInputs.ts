// Run by test/fuzz/hugeInputs.fuzz.test.ts in a child process (so that a hang can be stopped): calls every
// public function of the root facade with huge inputs of bad values in each argument position, and prints
// one JSON line per call: the function, the argument position, the input kind, the outcome and, for a
// ClienteleError, its code, message length and kept/counted issues. A line `start <name>` precedes each
// function, so that when the parent stops a hang the last such line names it.
import { isClienteleError } from "../../../src/errors/ClienteleError.ts";
import * as clientele from "../../../src/index.ts";

// 20,000 by default (twice the default issue cap, so the caps are exercised); HUGE_N=1000000 for a long run.
const N = Number(process.env.HUGE_N ?? 20_000);
const only = process.argv[2];

const inputs: [string, () => unknown][] = [
  ["array of NaN", () => new Array(N).fill(Number.NaN)],
  ["Float64Array of NaN", () => new Float64Array(N).fill(Number.NaN)],
  ["array of null", () => new Array(N).fill(null)],
  ["array of empty objects", () => Array.from({ length: N }, () => ({}))],
  ["array-like of length 1e10", () => ({ length: 1e10 })],
  [
    "columns of NaN",
    () => ({
      customerId: new Array(N).fill(Number.NaN),
      frequency: new Float64Array(N).fill(Number.NaN),
      recency: new Float64Array(N).fill(Number.NaN),
      T: new Float64Array(N).fill(Number.NaN),
      monetaryValue: new Float64Array(N).fill(Number.NaN),
      timestamp: new Array(N).fill(Number.NaN),
      amount: new Float64Array(N).fill(Number.NaN),
    }),
  ],
];

const functions = (Object.entries(clientele) as [string, unknown][]).filter(
  (e): e is [string, (...args: unknown[]) => unknown] => typeof e[1] === "function" && !/^[A-Z]/.test(e[0]),
);

for (const [name, fn] of functions) {
  if (only !== undefined && name !== only) continue;
  process.stdout.write(`start ${name}\n`);
  const arity = Math.max(1, Math.min(fn.length, 3));
  for (let position = 0; position < arity; position++) {
    for (const [kind, make] of inputs) {
      const args: unknown[] = new Array(arity).fill(undefined);
      args[position] = make();
      let line: Record<string, unknown>;
      const started = performance.now();
      try {
        fn(...args);
        line = { name, position, kind, outcome: "returned" };
      } catch (error) {
        line = isClienteleError(error)
          ? {
              name,
              position,
              kind,
              outcome: "clientele",
              code: error.code,
              messageLength: error.message.length,
              kept: error.issues.length,
              counted: error.issueCount,
            }
          : {
              name,
              position,
              kind,
              outcome: "other",
              type: (error as Error)?.constructor?.name,
              message: String((error as Error)?.message).slice(0, 200),
            };
      }
      line.ms = Math.round(performance.now() - started); // informational: the parent asserts nothing on it
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
}
process.stdout.write("done\n");
