import { describe, expect, it, vi } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { printKeyAccountsDemo } from "../../examples/_demo/accounts.ts";
import { groupByCustomer, parseTransactions } from "../../src/customers/index.ts";

describe("examples/_demo/accounts.ts (the demo's key-account section)", () => {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(args.join(" "));
  });
  printKeyAccountsDemo(groupByCustomer({ transactions: parseTransactions(loadCdnowSample()) }));
  spy.mockRestore();
  const out = lines.join("\n");

  it("states the assumed margin and the missing fit, and screens 10 of the 2,357 customers", () => {
    expect(out).toContain("top 10 of 2,357 customers");
    expect(out).toContain(
      "customerProfits (clientele/value) over the last 12 months, cost imputed from an ASSUMED margin of 30%",
    );
    expect(out).toContain("strategic fit 0 (CDNOW has no fit assessment)");
    expect(out.split("\n").filter((l) => /^\s+\d+\s+\d{4}\s/.test(l))).toHaveLength(10);
  });

  it("ranks customer 1203 first with figures checked against the raw file", () => {
    // awk over CDNOW_sample.txt: H2 1997 $547.26, H1 1998 $829.84; customerProfits with cost imputed at a 30%
    // margin and no drivers: profit 0.3 × 1,377.10 = 413.13;
    // growth (829.84 − 547.26) / 688.55 = 0.4104
    expect(out).toMatch(/\n\s+1 {2}1203 +413\.13 +0\.41 /);
  });
});
