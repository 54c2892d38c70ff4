import { describe, expect, it } from "vitest";
import { resolveDrawSettings } from "../../../src/simulation/_internal/resolveDrawSettings.ts";
import { defaultRelationshipEventRates } from "../../../src/simulation/index.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("resolveDrawSettings", () => {
  it("fills the rates with their defaults, a given rate overriding its own field only (undefined keeps the default)", () => {
    const s = resolveDrawSettings("f", {
      seed: 4,
      from: "1997-01-01",
      asOf: "1998-06-30",
      rates: { bondEnded: 0.5, fraudIncident: undefined },
    });
    expect(s.rates).toEqual({ ...defaultRelationshipEventRates, bondEnded: 0.5 });
    expect(s.from).toBe(Date.UTC(1997, 0, 1));
    expect(s.asOf).toBe(Date.UTC(1998, 5, 30));
    expect(s.seed).toBe(4);
    expect(s.currency).toBeUndefined();
  });

  it("reports bad options under options", () => {
    expect(issuePaths(expectClienteleError(() => resolveDrawSettings("f", null), "invalid_input"))).toEqual([
      "options",
    ]);
  });
});
