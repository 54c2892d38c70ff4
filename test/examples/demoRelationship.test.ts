import { describe, expect, it, vi } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { printRelationshipDemo } from "../../examples/_demo/relationship.ts";
import { groupByCustomer, parseTransactions } from "../../src/customers/index.ts";

describe("examples/_demo/relationship.ts (the demo's last section)", () => {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(args.join(" "));
  });
  printRelationshipDemo(groupByCustomer({ transactions: parseTransactions(loadCdnowSample()) }), {
    fit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
    spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
  });
  spy.mockRestore();
  const out = lines.join("\n");

  it("states what is simulated or assumed, since CDNOW has purchases only", () => {
    expect(out).toContain(
      "service events, surveys and bonds simulated by clientele/simulation, seed 19; margin assumed 30%; made-up activity costs",
    );
  });

  it("routes every one of the 2,357 customers to one CRM job", () => {
    expect(out).toContain("at 1998-06-30, 2357 customers");
    const counts = [...out.matchAll(/^ {2}([a-z-]+) +(\d+) +\$/gm)].map((m) => Number(m[2]));
    expect(counts.length).toBe(6);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2357);
  });

  it("explains three customers in plain words, the first being the top of the act-first list", () => {
    const paragraphs = out.split("three customers, in plain words:")[1]!.trim().split(/\n\n/);
    expect(paragraphs.length).toBe(3);
    const top = out.match(/act first: (\d+) \(/)?.[1];
    expect(paragraphs[0]).toMatch(new RegExp(`^Customer ${top} is `));
    expect(paragraphs[1]).toContain("CRM job now: complaint-management.");
    expect(paragraphs[2]).toContain("CRM job now: win-back.");
    for (const p of paragraphs)
      expect(p).toMatch(/P\(alive\) 0\.\d\d; \d+\.\d\d purchases expected in the next 52 weeks\./);
  });
});
