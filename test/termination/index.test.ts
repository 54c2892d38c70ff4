import { describe, expect, it } from "vitest";
import * as root from "../../src/index.ts";
import * as facade from "../../src/termination/index.ts";

describe("clientele/termination facade", () => {
  it("exports the termination API, also from the root", () => {
    expect(Object.keys(facade).sort()).toEqual([
      "collectTerminationFacts",
      "coreTerminationRules",
      "decideTermination",
      "decideTerminations",
    ]);
    for (const [name, value] of Object.entries(facade))
      expect((root as Record<string, unknown>)[name], name).toBe(value);
  });
});
