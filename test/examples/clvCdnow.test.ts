import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expectClose } from "../_helpers/expectClose.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/05-clv-cdnow.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/05-clv-cdnow.ts"], {
    cwd: root,
    encoding: "utf8",
  });

  it("runs and prints the published-vs-fitted BG/NBD and Gamma-Gamma tables and the top customers by CLV", () => {
    expect(out).toContain("customers 2357, repeat buyers 946");
    expect(out).toMatch(/ {2}r {14}0\.243 {6}0\.243/);
    expect(out).toMatch(/ {2}alpha {10}4\.414 {6}4\.414/);
    expect(out).toMatch(/ {2}p {15}6\.25 {7}6\.25/);
    expect(out).toMatch(/ {2}q {15}3\.74 {7}3\.74/);
    expect(out).toMatch(/ {2}gamma {10}15\.44 {6}15\.44/);
    expect(out).toContain("-4055.92");
    expect(out).toContain("1411 customers without repeat purchases: counted, not fitted");
    // CDNOW customer 1516 (x = 26, t_x = 30.86, T = 31): P(alive) 0.9689 and 25.76 purchases in 52 weeks, as published
    expect(out).toMatch(/1516 +26 +30\.86 +31\.00 +0\.9689 +25\.757/);
    const top = out.split("\n").findIndex((l) => l.startsWith("top 10 customers"));
    expect(out.split("\n")[top + 2]).toMatch(/^ {2}0509 /);
  });

  it("prints the weekly tracking table every 13 weeks: actual cumulative 2,457 at week 39 and 4,339 at week 78, beside BG/NBD's expectation", () => {
    const lines = out.split("\n");
    const head = lines.findIndex((l) => l.startsWith("cumulative repeat purchases, weekly from 1997-01-01"));
    expect(head).toBeGreaterThan(0);
    const table = lines.slice(head + 2, head + 8).map((l) => l.trim().split(/ +/));
    expect(table.map(([week, end, , actual]) => [week, end, actual])).toEqual([
      ["13", "1997-04-01", "828"],
      ["26", "1997-07-01", "1746"],
      ["39", "1997-09-30", "2457"],
      ["52", "1997-12-30", "3183"],
      ["65", "1998-03-31", "3844"],
      ["78", "1998-06-30", "4339"],
    ]);
    // NOTE: E[cumulative repeat purchases] of the fitted BG/NBD at week 78; the table prints it to 0.1, so 0.05 is the precision.
    expectClose(Number(table[5]![2]), 4165.7, { abs: 0.05 + 1e-9 }, "expected cumulative at week 78");
  });
});
