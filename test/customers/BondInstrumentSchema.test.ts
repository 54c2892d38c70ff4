import { describe, expect, it } from "vitest";
import { BondInstrumentSchema } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("BondInstrumentSchema", () => {
  const club = { customerId: 7, level: "social", kind: "club", start: "2024-01-15" } as const;
  it("parses an instrument, normalising the id and the dates", () => {
    const b = parseInput("f", BondInstrumentSchema, { ...club, end: "2025-01-15", value: 40, currency: "EUR" });
    expect(b).toEqual({
      customerId: "7",
      level: "social",
      kind: "club",
      start: new Date("2024-01-15T00:00:00Z"),
      end: new Date("2025-01-15T00:00:00Z"),
      value: 40,
      currency: "EUR",
    });
  });
  it("takes a host's own kind with the level it states", () => {
    expect(parseInput("f", BondInstrumentSchema, { ...club, kind: "acme/concierge-line" }).kind).toBe(
      "acme/concierge-line",
    );
  });
  it("rejects a built-in kind at the wrong level, naming the right one", () => {
    const e = expectClienteleError(
      () => parseInput("f", BondInstrumentSchema, { ...club, kind: "points-program" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["level"]);
    expect(e.issues[0]?.message).toContain('"financial"');
  });
  it("rejects an end before the start, a negative value and a currency without a value", () => {
    const e = expectClienteleError(
      () => parseInput("f", BondInstrumentSchema, { ...club, end: "2024-01-14" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["end"]);
    expect(
      issuePaths(
        expectClienteleError(() => parseInput("f", BondInstrumentSchema, { ...club, value: -1 }), "invalid_input"),
      ),
    ).toEqual(["value"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => parseInput("f", BondInstrumentSchema, { ...club, currency: "EUR" }),
          "invalid_input",
        ),
      ),
    ).toEqual(["currency"]);
  });
  it("accepts an end equal to the start (an instrument that never ran) and rejects unknown keys", () => {
    expect(parseInput("f", BondInstrumentSchema, { ...club, end: "2024-01-15" }).end).toEqual(
      new Date("2024-01-15T00:00:00Z"),
    );
    const e = expectClienteleError(
      () => parseInput("f", BondInstrumentSchema, { ...club, levle: "x" }),
      "invalid_input",
    );
    expect(e.issues[0]?.message).toContain("levle");
  });
});
