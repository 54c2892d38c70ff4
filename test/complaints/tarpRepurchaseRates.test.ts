import { describe, expect, it } from "vitest";
import { tarpRepurchaseRates } from "../../src/complaints/index.ts";

describe("tarpRepurchaseRates", () => {
  it("holds the figures as quoted from TARP (Fast Company 2003, quoting J. Huba): minor 37/46/70/95, major 9/19/54/82", () => {
    expect(tarpRepurchaseRates.minor).toEqual({
      notComplained: 0.37,
      unresolved: 0.46,
      resolved: 0.7,
      resolvedQuickly: 0.95,
    });
    expect(tarpRepurchaseRates.major).toEqual({
      notComplained: 0.09,
      unresolved: 0.19,
      resolved: 0.54,
      resolvedQuickly: 0.82,
    });
  });
  it("says the figures were not verified against the primary source, and names it", () => {
    expect(tarpRepurchaseRates.verifiedAgainstPrimarySource).toBe(false);
    expect(tarpRepurchaseRates.primarySource).toMatch(/Consumer Complaint Handling in America/);
    expect(tarpRepurchaseRates.quotedFrom.length).toBeGreaterThan(0);
  });
  it("orders the outcomes as the figures claim: quick resolution ≥ resolution ≥ no resolution ≥ silence", () => {
    for (const f of [tarpRepurchaseRates.minor, tarpRepurchaseRates.major]) {
      expect(f.resolvedQuickly).toBeGreaterThanOrEqual(f.resolved);
      expect(f.resolved).toBeGreaterThanOrEqual(f.unresolved);
      expect(f.unresolved).toBeGreaterThanOrEqual(f.notComplained);
    }
  });
  it("is frozen: a caller cannot change the preset for everyone", () => {
    expect(Object.isFrozen(tarpRepurchaseRates)).toBe(true);
    expect(Object.isFrozen(tarpRepurchaseRates.minor)).toBe(true);
  });
});
