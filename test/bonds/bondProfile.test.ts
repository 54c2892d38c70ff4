import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bondProfile } from "../../src/bonds/index.ts";
import {
  type BondInstrument,
  type BondLevel,
  groupByCustomer,
  parseBondInstruments,
} from "../../src/customers/index.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { asOf, bond } from "./_bondFixtures.ts";

const points = bond("financial", "points-program");
const stamp = bond("financial", "stamp-card");
const club = bond("social", "club");
const edi = bond("structural", "integrated-system");

describe("bondProfile", () => {
  it("groups the instruments active at asOf by level and names the highest level", () => {
    const p = bondProfile([points, club, edi, stamp], { asOf });
    expect(p.active).toEqual({ financial: [points, stamp], social: [club], structural: [edi] });
    expect(p.counts).toEqual({ financial: 2, social: 1, structural: 1 });
    expect(p.highestLevel).toBe("structural");
    expect(p.stacked).toBe(true);
    expect(p.missingBelow).toEqual([]);
    expect(p.customerId).toBe("c1");
    expect(p.asOf).toEqual(asOf);
    expect(p.active.financial[0]).toBe(points); // the same objects, not copies
  });

  it("counts an instrument from its start (inclusive) to its end (exclusive), and none in the future", () => {
    const at = (end?: string, start = "2024-01-01") =>
      bond("financial", "stamp-card", {
        start: new Date(`${start}T00:00:00Z`),
        ...(end === undefined ? {} : { end: new Date(`${end}T00:00:00Z`) }),
      });
    const p = bondProfile(
      [at("2024-06-30"), at("2024-07-01"), at(undefined, "2024-06-30"), at(undefined, "2024-07-01")],
      {
        asOf,
      },
    );
    expect(p.counts.financial).toBe(2); // ends exactly at asOf: out; ends later: in; starts at asOf: in; future: out
  });

  it("flags a structural bond without the lower levels, and a social bond without a financial one", () => {
    expect(bondProfile([edi], { asOf })).toMatchObject({
      highestLevel: "structural",
      stacked: false,
      missingBelow: ["financial", "social"],
    });
    expect(bondProfile([points, edi], { asOf })).toMatchObject({ stacked: false, missingBelow: ["social"] });
    expect(bondProfile([club], { asOf })).toMatchObject({
      highestLevel: "social",
      stacked: false,
      missingBelow: ["financial"],
    });
    expect(bondProfile([points], { asOf })).toMatchObject({
      highestLevel: "financial",
      stacked: true,
      missingBelow: [],
    });
  });

  it("gives an empty profile for no active bond: highest level null, stacked, strength 0", () => {
    const p = bondProfile([bond("social", "club", { end: new Date("2024-02-01T00:00:00Z") })], { asOf });
    expect(p.highestLevel).toBeNull();
    expect(p.stacked).toBe(true);
    expect(p.strength.score).toBe(0);
    expect(bondProfile([], { asOf }).customerId).toBeUndefined();
  });

  it("scores strength by the documented formula (worked example, checked by hand)", () => {
    // Weights 1, 2, 3 (Σ = 6), saturation s = 0.5; counts n = 2 financial, 1 social, 1 structural:
    //   financial  1 · (1 − 0.5²) / 6 = 0.75 / 6 = 0.125
    //   social     2 · (1 − 0.5¹) / 6 = 1 / 6    = 0.1666…
    //   structural 3 · (1 − 0.5¹) / 6 = 1.5 / 6  = 0.25
    //   score = 0.125 + 0.1666… + 0.25 = 0.541666…
    const p = bondProfile([points, stamp, club, edi], { asOf });
    expectClose(p.strength.byLevel.financial, 0.125, { rel: 1e-15 });
    expectClose(p.strength.byLevel.social, 1 / 6, { rel: 1e-15 });
    expectClose(p.strength.byLevel.structural, 0.25, { rel: 1e-15 });
    expectClose(p.strength.score, 0.125 + 1 / 6 + 0.25, { rel: 1e-15 });
    expect(p.strength.weights).toEqual({ financial: 1, social: 2, structural: 3 });
    expect(p.strength.saturation).toBe(0.5);
  });

  it("takes caller weights (merged over the defaults) and saturation", () => {
    // Weights 1, 0, 1 (Σ = 2), s = 1: financial 1 · 1 / 2 = 0.5; social 0; structural 1 · 1 / 2 = 0.5.
    const p = bondProfile([points, stamp, club, edi], { asOf, weights: { social: 0, structural: 1 }, saturation: 1 });
    expect(p.strength.byLevel).toEqual({ financial: 0.5, social: 0, structural: 0.5 });
    expect(p.strength.score).toBe(1);
    expect(p.strength.weights).toEqual({ financial: 1, social: 0, structural: 1 });
  });

  it("profiles a customer record from groupByCustomer, at an ISO asOf", () => {
    const bonds = parseBondInstruments([
      { customerId: "7", level: "financial", kind: "stamp-card", start: "2024-01-01" },
      { customerId: "7", level: "social", kind: "membership", start: "2024-02-01", end: "2025-02-01" },
    ]);
    const [record] = groupByCustomer({ transactions: [], bonds });
    const p = bondProfile(record!, { asOf: "2024-06-30" });
    expect(p.customerId).toBe("7");
    expect(p.highestLevel).toBe("social");
    expect(p.stacked).toBe(true);
  });

  describe("invalid input", () => {
    it("requires asOf: the library never reads the clock", () => {
      const e = expectClienteleError(() => bondProfile([points], {} as never), "invalid_input");
      expect(issuePaths(e)).toEqual(["options.asOf"]);
      expect(e.message).toMatchInlineSnapshot(`
        "bondProfile: invalid input
          ✖ expected date or ISO-8601 string (asOf is required: the library never reads the clock), received undefined → at options.asOf"
      `);
      expectClienteleError(() => bondProfile([points], { asOf: "2024-06-31" }), "invalid_input");
      expectClienteleError(() => bondProfile([points], { asOf: new Date(Number.NaN) }), "invalid_input");
      expectClienteleError(() => bondProfile([points], undefined as never), "invalid_input");
    });
    it("rejects bad weights and saturation with paths", () => {
      const e = expectClienteleError(
        () => bondProfile([points], { asOf, weights: { social: -1, extra: 2 } as never, saturation: 0 }),
        "invalid_input",
      );
      expect(issuePaths(e)).toEqual(["options.weights.social", "options.weights.extra", "options.saturation"]);
      const zero = expectClienteleError(
        () => bondProfile([points], { asOf, weights: { financial: 0, social: 0, structural: 0 } }),
        "invalid_input",
      );
      expect(issuePaths(zero)).toEqual(["options.weights"]);
      expectClienteleError(() => bondProfile([points], { asOf, weights: { social: Number.NaN } }), "invalid_input");
      expectClienteleError(() => bondProfile([points], { asOf, saturation: 1.5 }), "invalid_input");
    });
    it("rejects an instrument whose end is before its start, an unknown level, a bad value, with their paths", () => {
      const bad = [
        bond("social", "club", { end: new Date("2023-12-31T00:00:00Z") }),
        { ...points, level: "emotional" } as unknown as BondInstrument,
        bond("financial", "trade-in-offer", { value: -5 }),
        bond("financial", "stamp-card", { start: "2024-01-01" as unknown as Date }),
        42 as unknown as BondInstrument,
      ];
      const e = expectClienteleError(() => bondProfile(bad, { asOf }), "invalid_input");
      expect(issuePaths(e)).toEqual([
        "instruments[0].end",
        "instruments[1].level",
        "instruments[2].value",
        "instruments[3].start",
        "instruments[4]",
      ]);
    });
    it("rejects instruments of two customers and input that is neither a record nor a list", () => {
      const e = expectClienteleError(
        () => bondProfile([points, { ...club, customerId: "c2" }], { asOf }),
        "invalid_input",
      );
      expect(issuePaths(e)).toEqual(["instruments[1].customerId"]);
      expectClienteleError(() => bondProfile("c1" as never, { asOf }), "invalid_input");
    });
    it("keeps the message short for a long list of bad instruments (the first 10,000 issues kept, all counted)", () => {
      const bad = Array.from({ length: 20_000 }, () => ({ ...points, kind: "" }));
      const e = expectClienteleError(() => bondProfile(bad, { asOf }), "invalid_input");
      expect(e.issues).toHaveLength(10_000);
      expect(e.issueCount).toBe(20_000);
      expect(e.message.length).toBeLessThan(2_000);
    });
  });

  describe("properties", () => {
    const level = fc.constantFrom<BondLevel>("financial", "social", "structural");
    const day = fc.integer({ min: 0, max: 2000 }).map((d) => new Date(Date.UTC(2022, 0, 1) + d * 86_400_000));
    const instrument = fc
      .record({ level, start: day, length: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }) })
      .map(
        ({ level, start, length }): BondInstrument => ({
          customerId: "c1",
          level,
          kind: `host-${level}`,
          start,
          ...(length === undefined ? {} : { end: new Date(start.getTime() + length * 86_400_000) }),
        }),
      );
    const list = fc.array(instrument, { maxLength: 12 });
    const weights = fc.record({
      financial: fc.double({ min: 0, max: 10, noNaN: true }),
      social: fc.double({ min: 0, max: 10, noNaN: true }),
      structural: fc.double({ min: 0.01, max: 10, noNaN: true }),
    });
    const saturation = fc.double({ min: 0.01, max: 1, noNaN: true });
    const when = day;

    it("adding an instrument never lowers the strength (any weights and saturation)", () => {
      fc.assert(
        fc.property(list, instrument, when, weights, saturation, (bonds, extra, t, w, s) => {
          const before = bondProfile(bonds, { asOf: t, weights: w, saturation: s }).strength.score;
          const after = bondProfile([...bonds, extra], { asOf: t, weights: w, saturation: s }).strength.score;
          expect(after).toBeGreaterThanOrEqual(before);
        }),
      );
    });
    it("keeps the score in [0, 1], never NaN, equal to the sum of the levels' shares", () => {
      fc.assert(
        fc.property(list, when, weights, saturation, (bonds, t, w, s) => {
          const { score, byLevel } = bondProfile(bonds, { asOf: t, weights: w, saturation: s }).strength;
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1 + 1e-12);
          expect(score).toBe(byLevel.financial + byLevel.social + byLevel.structural);
        }),
      );
    });
    it("never mutates its input, and does not depend on the instruments' order for counts, levels and score", () => {
      fc.assert(
        fc.property(list, when, (bonds, t) => {
          const copy = structuredClone(bonds);
          const p = bondProfile(bonds, { asOf: t });
          expect(bonds).toEqual(copy);
          const q = bondProfile([...bonds].reverse(), { asOf: t });
          expect(q.counts).toEqual(p.counts);
          expect(q.highestLevel).toBe(p.highestLevel);
          expect(q.missingBelow).toEqual(p.missingBelow);
          expect(q.strength.score).toBe(p.strength.score);
        }),
      );
    });
    it("is stacked exactly when every level below the highest has an active instrument", () => {
      fc.assert(
        fc.property(list, when, (bonds, t) => {
          const p = bondProfile(bonds, { asOf: t });
          const order: BondLevel[] = ["financial", "social", "structural"];
          const top = p.highestLevel === null ? -1 : order.indexOf(p.highestLevel);
          const below = order.slice(0, Math.max(top, 0));
          expect(p.stacked).toBe(below.every((l) => p.counts[l] > 0));
          expect(p.missingBelow).toEqual(below.filter((l) => p.counts[l] === 0));
        }),
      );
    });
  });
});
