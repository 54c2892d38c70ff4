import { describe, expect, it } from "vitest";
import { parseInput } from "../../src/schema/index.ts";
import { defaultRelationshipEventRates, SimulateRelationshipEventsOptionsSchema } from "../../src/simulation/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const parse = (input: unknown) => parseInput("test", SimulateRelationshipEventsOptionsSchema, input);

describe("SimulateRelationshipEventsOptionsSchema", () => {
  it("parses the window to dates and keeps the rates given", () => {
    const o = parse({
      seed: 3,
      from: "1997-01-01",
      asOf: new Date("1998-06-30"),
      rates: { bondEnded: 0.5 },
      currency: "EUR",
    });
    expect(o.from.toISOString()).toBe("1997-01-01T00:00:00.000Z");
    expect(o.asOf.toISOString()).toBe("1998-06-30T00:00:00.000Z");
    expect(o.rates).toEqual({ bondEnded: 0.5 });
    expect(o.currency).toBe("EUR");
  });

  it("accepts every default rate, and the window's limit of 36,525 days", () => {
    expect(parse({ seed: 0, from: "2000-01-01", asOf: "2100-01-01", rates: defaultRelationshipEventRates }).seed).toBe(
      0,
    );
    expect(
      issuePaths(
        expectClienteleError(() => parse({ seed: 0, from: "2000-01-01", asOf: "2100-01-02" }), "invalid_input"),
      ),
    ).toEqual(["asOf"]);
  });

  it("requires seed, from and asOf (no date defaults), and rejects bad values with their paths", () => {
    expect(issuePaths(expectClienteleError(() => parse({}), "invalid_input")).sort()).toEqual(["asOf", "from", "seed"]);
    const e = expectClienteleError(
      () =>
        parse({
          seed: 1.5,
          from: "1997-01-01",
          asOf: "1998-01-01",
          rates: { touchpointsPerYear: 400, staffHoursMin: 5, staffHoursMax: 1, failurePerPurchase: Number.NaN },
          currency: "usd",
        }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["currency", "rates.failurePerPurchase", "rates.touchpointsPerYear", "seed"]);
    expect(
      issuePaths(
        expectClienteleError(
          () =>
            parse({ seed: 1, from: "1997-01-01", asOf: "1998-01-01", rates: { staffHoursMin: 5, staffHoursMax: 1 } }),
          "invalid_input",
        ),
      ),
    ).toEqual(["rates.staffHoursMax"]);
  });
});
