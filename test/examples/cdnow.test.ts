import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { customerBaseOverview, parseTransactions } from "../../src/customers/index.ts";
import { expectClose } from "../_helpers/expectClose.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("CDNOW sample fixture (Fader, Hardie & Lee 2005)", () => {
  it("parses every row and matches the documented facts: 6,919 rows, 2,357 customers, $244,091.94, 16,479 CDs", () => {
    const transactions = parseTransactions(loadCdnowSample());
    expect(transactions).toHaveLength(6919);
    const o = customerBaseOverview(transactions);
    expect(o.customers).toBe(2357);
    expect(o.purchaseDays).toBe(6696);
    expect(o.firstTimestamp.toISOString()).toBe("1997-01-01T00:00:00.000Z");
    expect(o.lastTimestamp.toISOString()).toBe("1998-06-30T00:00:00.000Z");
    // NOTE: a sum of 6,919 two-decimal amounts in binary floating point; 1e-6 absolute is far below a cent.
    expectClose(o.revenue, 244091.94, { abs: 1e-6 }, "revenue");
    expect(transactions.reduce((n, t) => n + (t.quantity ?? 0), 0)).toBe(16479);
  });
});

describe("examples/01-quick-start.ts (npm run demo)", () => {
  let out = "";
  beforeAll(() => {
    out = execFileSync(process.execPath, ["--import", "tsx", "examples/01-quick-start.ts"], {
      cwd: root,
      encoding: "utf8",
    });
  }, 120_000); // the demo takes ~3 s of CPU; on a loaded shared machine its wall time passed the 10 s hook default

  it("prints the overview of the CDNOW sample", () => {
    expect(out).toContain("customers              2,357");
    expect(out).toContain("6,919 rows, 6,696 customer-days");
    expect(out).toContain("1997-01-01 to 1998-06-30");
    expect(out).toContain("$244,091.94");
  });

  it("prints BG/NBD and Gamma-Gamma fits matching Fader, Hardie & Lee (2005), the holdout check and top customers", () => {
    expect(out).toContain("r 0.243  α 4.414  a 0.793  b 2.426  ln L -9582.4");
    expect(out).toContain("p 6.250  q 3.744  γ 15.444");
    expect(out).toMatch(/ {2}7\+ {11}64 {5}6\.36/);
    expect(out).toContain("1516  P(alive) 0.9689  x 26  t_x 30.86  T 31.00");
    expect(out).toContain("0509  CLV   $357.30");
  });

  it("says the bonds are simulated with a fixed seed and shows each shown customer's bond level and switching cost", () => {
    expect(out).toContain("bonds                  simulated with a fixed seed (2026): CDNOW has none");
    const shown = out.split("\n").filter((l) => /^ {2}\d{4} /.test(l));
    expect(shown).toHaveLength(15); // top 5 by spend, by P(alive) and by CLV
    for (const line of shown)
      expect(line).toMatch(/ · bond (none|financial|social|structural), switching cost \$[\d,]+\.\d\d$/);
    // 0509 holds a points program: 10 points per dollar on $1,943.58, half redeemed = 9,718 points × $0.01 = $97.18.
    expect(out).toContain("0509   $1,943.58   24 purchases  · bond financial, switching cost $97.18");
  });

  it("prints an sBG retention projection for a membership cohort (Fader & Hardie 2007, α 0.704, β 1.182)", () => {
    expect(out).toContain("sBG fit α 0.704, β 1.182");
    expect(out).toMatch(/ {5}8 {14}220\.1 {12}92\.1%/);
  });
});
