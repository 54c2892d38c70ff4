import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/13-termination.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/13-termination.ts"], {
    cwd: root,
    encoding: "utf8",
  });

  it("keeps the profitable customer: margin (100 − 60) + (120 − 70) = 90, nothing to serve", () => {
    expect(out).toContain("ada: KEEP — margin 90.00, service cost 0.00, expected future value 90.00");
  });

  it("corrects the too-costly customer: 3 h × 40 + 2 calls × 6 = 132 against margin 60; +36 % (72 / 200) or a cap of 60", () => {
    expect(out).toContain("bo: CORRECT — margin 60.00, service cost 132.00, expected future value -72.00");
    expect(out).toContain("→ price-adjustment: raise this customer's prices by 36%");
    expect(out).toContain("to a cost of 60 over the horizon, down from 132");
  });

  it("corrects the abusive customer with a conduct agreement before anything else (2 incidents, 2 h × 40 = 80)", () => {
    expect(out).toContain("cy: CORRECT — margin 40.00, service cost 80.00, expected future value -40.00");
    expect(out).toMatch(/cy: CORRECT[\s\S]*?→ conduct-agreement: 2 abusive incidents/);
  });

  it("terminates when the correction failed: abuse after the 2024-03-01 conduct agreement", () => {
    expect(out).toContain("dee: TERMINATE");
    expect(out).toContain(
      "1 correction(s) tried and failed (latest: conduct-agreement on 2024-03-01: 1 abusive incident(s) after it); 1 required",
    );
    expect(out).toContain("→ end-relationship: 1 correction(s) failed");
  });

  it("terminates at once on fraud (core values), and keeps correcting a word-of-mouth risk (2 open complaints)", () => {
    expect(out).toContain("eve: TERMINATE");
    expect(out).toContain("[terminate] violates-core-values: fraud incident on 2024-05-05 (1 in all)");
    expect(out).toContain("fay: CORRECT");
    expect(out).not.toMatch(/fay: CORRECT[\s\S]*?correct-before-terminate[\s\S]*?eve with/);
  });

  it("reconfigures a core rule from JSON and runs a third-party rule (172 days since 2024-01-10)", () => {
    expect(out).toContain("eve with the JSON config and the acme rule: CORRECT");
    expect(out).toContain("[correct] acme/quiet-since-january: no purchase for 172 days");
  });
});

describe("examples/_demo/termination.ts (the demo's termination section)", () => {
  it("says the service events are simulated, decides for all 2,357 CDNOW customers and lists who to terminate and why", async () => {
    const { loadCdnowSample } = await import("../../examples/_data/cdnow.ts");
    const { groupByCustomer, parseTransactions } = await import("../../src/customers/index.ts");
    const { printTerminationDemo } = await import("../../examples/_demo/termination.ts");
    const records = groupByCustomer({ transactions: parseTransactions(loadCdnowSample()) });
    const lines: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void lines.push(args.join(" "));
    try {
      // The published CDNOW estimates the clv docs use (BG/NBD: Fader, Hardie & Lee 2005; Gamma-Gamma p, q, γ).
      printTerminationDemo(records, {
        fit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
        spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
      });
    } finally {
      console.log = log;
    }
    const text = lines.join("\n");
    expect(text).toContain("simulated service events, seed 1212");
    const m = text.match(/2357 customers: keep (\d+), correct (\d+), terminate (\d+)/);
    expect(m).not.toBeNull();
    expect(Number(m![1]) + Number(m![2]) + Number(m![3])).toBe(2357);
    expect(Number(m![3])).toBeGreaterThan(0);
    // Every customer listed under "terminate" is there for a terminate rule, with the action to end.
    const terminate = text.slice(text.indexOf("terminate ("), text.indexOf("correct ("));
    const leads = [...terminate.matchAll(/value +-?[\d.]+ {2}([a-z-]+):/g)].map((x) => x[1]);
    expect(leads.length).toBe(Math.min(5, Number(m![3])));
    for (const id of leads) expect(["violates-core-values", "correct-before-terminate"]).toContain(id);
    expect(terminate).toContain("→ end-relationship");
    expect(text).toMatch(/lifecycle stages \(lapsed after 180 days\): /);
  });
});
