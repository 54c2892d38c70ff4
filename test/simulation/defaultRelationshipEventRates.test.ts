import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseInput } from "../../src/schema/index.ts";
import { defaultRelationshipEventRates, SimulateRelationshipEventsOptionsSchema } from "../../src/simulation/index.ts";

describe("defaultRelationshipEventRates", () => {
  it("are valid rates (the options schema accepts them all)", () => {
    const o = parseInput("test", SimulateRelationshipEventsOptionsSchema, {
      seed: 1,
      from: "1997-01-01",
      asOf: "1998-01-01",
      rates: defaultRelationshipEventRates,
    });
    expect(o.rates).toEqual(defaultRelationshipEventRates);
  });

  it("match the table in their documentation, value for value", () => {
    const source = readFileSync(
      new URL("../../src/simulation/defaultRelationshipEventRates.ts", import.meta.url),
      "utf8",
    );
    const table = source.split("export const")[0]!;
    for (const [name, value] of Object.entries(defaultRelationshipEventRates)) {
      const row = table.split("\n").find((line) => line.includes(`\`${name}\``));
      expect(row, name).toBeDefined();
      const names = [...row!.matchAll(/`(\w+)`/g)].map((m) => m[1]);
      const cells = row!
        .split("|")[2]!
        .replace(/\(.*\)/, "")
        .split("/")
        .map((x) => Number(x.trim()));
      expect(cells[names.indexOf(name)], name).toBe(value);
    }
  });
});
