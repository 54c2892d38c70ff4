import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Every public function, given huge inputs of bad values (20,000 by default, HUGE_N for more: NaN, nulls or empty objects; NaN typed
// arrays and columns; an array-like claiming 1e10 elements) in each argument position, must return or
// throw a ClienteleError whose message stays short and whose kept issues are capped — never another error
// type, an out-of-memory crash or a hang (issue 17 items 7, 8 and the "no hang" rule). The sweep runs in a
// child process so that a hang can be stopped: it is a hang guard with a generous deadline (10 minutes for
// the whole sweep, which takes well under a minute), not a timing assertion. HUGE_N changes the size.
const root = fileURLToPath(new URL("../..", import.meta.url));
const DEADLINE_MS = 10 * 60_000;

interface Line {
  readonly name: string;
  readonly position: number;
  readonly kind: string;
  readonly outcome: "returned" | "clientele" | "other";
  readonly messageLength?: number;
  readonly kept?: number;
  readonly counted?: number;
  readonly type?: string;
  readonly message?: string;
}

describe("public functions on huge inputs of bad values", () => {
  const run = spawnSync(
    process.execPath,
    ["--max-old-space-size=2048", "--import", "tsx", "test/fuzz/_sweeps/hugeInputs.ts"],
    {
      cwd: root,
      encoding: "utf8",
      timeout: DEADLINE_MS,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const out = run.stdout ?? "";
  const lines = out.split("\n");
  const results: Line[] = lines.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Line);

  it("finishes: no call hangs or crashes the process", () => {
    const lastStarted = lines.filter((l) => l.startsWith("start ")).at(-1);
    expect(
      { status: run.status, signal: run.signal, done: out.includes("\ndone\n") },
      `stopped in ${lastStarted}; stderr: ${(run.stderr ?? "").slice(0, 500)}`,
    ).toEqual({ status: 0, signal: null, done: true });
    expect(results.length).toBeGreaterThan(1_000);
  });

  it("throws nothing but ClienteleErrors", () => {
    expect(results.filter((r) => r.outcome === "other")).toEqual([]);
  });

  it("keeps every message under 2,000 characters and at most 10,000 issues, counting them all", () => {
    const errors = results.filter((r) => r.outcome === "clientele");
    expect(errors.filter((r) => (r.messageLength ?? 0) >= 2_000)).toEqual([]);
    expect(errors.filter((r) => (r.kept ?? 0) > 10_000 || (r.counted ?? 0) < (r.kept ?? 0))).toEqual([]);
  });
});
