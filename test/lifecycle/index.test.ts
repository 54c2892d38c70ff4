import { describe, expect, it } from "vitest";
import * as root from "../../src/index.ts";
import * as facade from "../../src/lifecycle/index.ts";

describe("clientele/lifecycle facade", () => {
  it("exports the lifecycle API, also from the root", () => {
    expect(Object.keys(facade).sort()).toEqual(["lifecycleStage", "lifecycleStagePrecedence", "lifecycleStages"]);
    for (const [name, value] of Object.entries(facade))
      expect((root as Record<string, unknown>)[name], name).toBe(value);
  });
});
