import { describe, expect, it } from "vitest";
import { parseLoyaltyProgram } from "../../src/loyalty/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("parseLoyaltyProgram", () => {
  const program = {
    costPerPoint: 0.008,
    earn: { basis: "spend", rate: 1, capPerTransaction: 5000 },
    expiry: { kind: "rolling", after: { length: 24, unit: "month" } },
    tiers: {
      window: { length: 12, unit: "month" },
      ladder: [
        { name: "Silver", threshold: 2500 },
        { name: "Gold", threshold: 10000 },
      ],
    },
    rewards: [{ rewardId: "voucher-10", points: 1000, cost: 8 }],
  } as const;

  it("parses a program (the TSDoc example) without touching the input", () => {
    const copy = structuredClone(program);
    expect(parseLoyaltyProgram(program).tiers?.ladder[1]?.name).toBe("Gold");
    expect(program).toEqual(copy);
  });

  it("names itself and the path of a non-monotone ladder", () => {
    const e = expectClienteleError(
      () =>
        parseLoyaltyProgram({
          ...program,
          tiers: { window: program.tiers.window, ladder: [program.tiers.ladder[1], program.tiers.ladder[0]] },
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["tiers.ladder[1].threshold"]);
    expect(e.message.split("\n")[0]).toBe("parseLoyaltyProgram: invalid input");
  });
});
