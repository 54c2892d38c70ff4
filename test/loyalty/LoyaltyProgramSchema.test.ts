import { describe, expect, it } from "vitest";
import { LoyaltyProgramSchema } from "../../src/loyalty/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const base = { costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } } as const;
const window = { length: 12, unit: "month" } as const;
const parse = (input: unknown) => parseInput("f", LoyaltyProgramSchema, input);

describe("LoyaltyProgramSchema", () => {
  it("parses a full program", () => {
    const p = parse({
      ...base,
      programId: "club",
      currency: "EUR",
      valuePerPoint: 0.012,
      earn: {
        basis: "distance",
        rate: 1,
        multipliers: [{ field: "channel", value: "partner", factor: 0.5 }],
        capPerTransaction: 20000,
        capPerPeriod: { points: 100000, period: "year" },
        rounding: "nearest",
      },
      expiry: { kind: "rolling", after: { length: 24, unit: "month" } },
      tiers: {
        window,
        ladder: [
          { name: "Silver", threshold: 25000, retainThreshold: 20000 },
          { name: "Gold", threshold: 50000 },
        ],
      },
      rewards: [{ rewardId: "upgrade", points: 15000, cost: 90, name: "Upgrade" }],
    });
    expect(p.tiers?.ladder.map((t) => t.name)).toEqual(["Silver", "Gold"]);
  });

  it("rejects overlapping tiers (two on one threshold) at the tier's threshold", () => {
    const e = expectClienteleError(
      () =>
        parse({
          ...base,
          tiers: {
            window,
            ladder: [
              { name: "Silver", threshold: 1000 },
              { name: "Gold", threshold: 1000 },
            ],
          },
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["tiers.ladder[1].threshold"]);
    expect(e.message).toMatchInlineSnapshot(`
      "f: invalid input
        ✖ expected a threshold above tiers.ladder[0]'s (1000); two tiers on one threshold overlap, received 1000 → at tiers.ladder[1].threshold"
    `);
  });

  it("rejects a ladder that is not monotone, in thresholds or in retain thresholds", () => {
    const down = expectClienteleError(
      () =>
        parse({
          ...base,
          tiers: {
            window,
            ladder: [
              { name: "A", threshold: 100 },
              { name: "B", threshold: 300 },
              { name: "C", threshold: 200 },
            ],
          },
        }),
      "invalid_input",
    );
    expect(issuePaths(down)).toEqual(["tiers.ladder[2].threshold"]);
    expect(down.message).toContain("the ladder runs from the lowest tier up");
    const retain = expectClienteleError(
      () =>
        parse({
          ...base,
          tiers: {
            window,
            ladder: [
              { name: "A", threshold: 100, retainThreshold: 90 },
              { name: "B", threshold: 300, retainThreshold: 80 },
            ],
          },
        }),
      "invalid_input",
    );
    expect(issuePaths(retain)).toEqual(["tiers.ladder[1].retainThreshold"]);
    const above = expectClienteleError(
      () => parse({ ...base, tiers: { window, ladder: [{ name: "A", threshold: 100, retainThreshold: 150 }] } }),
      "invalid_input",
    );
    expect(issuePaths(above)).toEqual(["tiers.ladder[0].retainThreshold"]);
  });

  it("rejects repeated tier names, reward ids and multipliers, and bad numbers, with paths", () => {
    const e = expectClienteleError(
      () =>
        parse({
          costPerPoint: -1,
          earn: {
            basis: "spend",
            rate: 0,
            multipliers: [
              { field: "productId", value: "x", factor: 2 },
              { field: "productId", value: "x", factor: 3 },
            ],
          },
          tiers: {
            window: { length: 0, unit: "month" },
            ladder: [
              { name: "A", threshold: 1 },
              { name: "A", threshold: 2 },
            ],
          },
          rewards: [
            { rewardId: "r", points: 10, cost: 1 },
            { rewardId: "r", points: 2.5, cost: 1 },
          ],
        }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(
      ["costPerPoint", "earn.rate", "tiers.window.length", "rewards[1].points"].sort(),
    );
    const refinements = expectClienteleError(
      () =>
        parse({
          ...base,
          earn: {
            basis: "spend",
            rate: 1,
            multipliers: [
              { field: "productId", value: "x", factor: 2 },
              { field: "productId", value: "x", factor: 3 },
            ],
          },
          tiers: {
            window,
            ladder: [
              { name: "A", threshold: 1 },
              { name: "A", threshold: 2 },
            ],
          },
          rewards: [
            { rewardId: "r", points: 10, cost: 1 },
            { rewardId: "r", points: 20, cost: 1 },
          ],
        }),
      "invalid_input",
    );
    expect(issuePaths(refinements)).toEqual([
      "tiers.ladder[1].name",
      "rewards[1].rewardId",
      "earn.multipliers[1].value",
    ]);
  });

  it("rejects an unknown expiry kind or key", () => {
    expect(
      issuePaths(expectClienteleError(() => parse({ ...base, expiry: { kind: "sometimes" } }), "invalid_input")),
    ).toEqual(["expiry.kind"]);
    expect(issuePaths(expectClienteleError(() => parse({ ...base, bonus: 1 }), "invalid_input"))).toEqual([""]);
  });
});
