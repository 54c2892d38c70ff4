import { describe, expect, it } from "vitest";
import { defaultSwitchingRiskLevels } from "../../src/retention/index.ts";

describe("defaultSwitchingRiskLevels", () => {
  it("one warning sign is medium, three (or a correct finding and a warning) are high; frozen", () => {
    expect(defaultSwitchingRiskLevels).toEqual({ medium: 1, high: 3 });
    expect(Object.isFrozen(defaultSwitchingRiskLevels)).toBe(true);
  });
});
