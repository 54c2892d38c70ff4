import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/02-bonds.ts", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "examples/02-bonds.ts"], {
    cwd: root,
    encoding: "utf8",
  });

  it("prints Berry (1995) Table 1", () => {
    expect(out).toMatch(/ {2}3 {2}financial \+ social \+ structural +service delivery +differentiation high/);
  });

  it("profiles each customer and prices the switching cost checked by hand", () => {
    // ana: 4,000 points × €0.005 = €20.00
    expect(out).toContain("highest level financial, counts 1/0/0, stacked yes, strength 0.083");
    expect(out).toContain("switching cost €20.00 monetised");
    // ben: setup 2,500 (stated) + trade-in 900 + exit fee 1,200 = €4,600.00; the punch-out is the host's own structural kind
    expect(out).toContain("highest level structural, counts 1/0/1, stacked no (missing social), strength 0.333");
    expect(out).toContain("switching cost €4,600.00 monetised");
    // cleo: 26,500 × 0.005 = €132.50; the club ended in 2023, the account manager counts as a personal tie
    expect(out).toContain("switching cost €132.50 monetised");
    expect(out).toMatch(/relational personalRelationshipLoss score 0\.50/);
  });

  it("recommends levers: social and technical for the variety seeker, correction for the dissatisfied, the next level for the bonded", () => {
    expect(out).toContain("levers: social, technical");
    expect(out).toContain("[correct] dissatisfied-fix-service-first");
    expect(out).toContain("[info] acme/named-engineer: integrated (1 structural bond)");
    expect(out).toContain("[info] bonded-next-level: bonded at level 2 (social");
  });
});
