import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/05-clv-cdnow.ts", () => {
  it("runs and prints the published-vs-fitted BG/NBD and Gamma-Gamma tables and the top customers by CLV", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "examples/05-clv-cdnow.ts"], {
      cwd: root,
      encoding: "utf8",
    });
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
});
