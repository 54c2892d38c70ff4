import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/14-lifecycle.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/14-lifecycle.ts"], {
    cwd: root,
    encoding: "utf8",
  });
  const stageOf = (name: string) => out.match(new RegExp(`\\n${name} +(\\S+)`))?.[1];

  it("places one customer in each stage", () => {
    expect(["nina", "alex", "rita", "carl", "lena", "tom", "will"].map(stageOf)).toEqual([
      "new",
      "active",
      "at-risk",
      "complaining",
      "lapsed",
      "terminated",
      "won-back",
    ]);
    expect(out).toContain("precedence: terminated > complaining > lapsed > won-back > new > at-risk > active");
  });

  it("gives the hand-checked figures: 2024-05-01 → 2024-06-30 = 60 days, 2023-05-01 → 426, 2022-03-01 → 2024-05-01 = 792", () => {
    expect(out).toContain("new: first purchase 60 days ago (new for 90 days)");
    expect(out).toContain("lapsed: no purchase for 426 days (lapsed after 365)");
    expect(out).toContain("won-back: bought again 60 days ago after 792 days without a purchase (lapsed after 365)");
    // 2024-06-01 → 2024-06-30 = 29 days
    expect(out).toContain("complaining: 1 complaint(s) unresolved at asOf, the oldest opened 29 days ago");
    expect(out).toContain("at-risk: switching risk medium (score 1; at risk from medium): competitor-offer");
    expect(out).toContain(
      'terminated: the relationship was ended on 2024-05-15 (interaction "relationship-terminated")',
    );
  });
});
