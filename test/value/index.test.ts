import { describe, expect, it } from "vitest";
import * as root from "../../src/index.ts";
import * as facade from "../../src/value/index.ts";

describe("clientele/value facade", () => {
  it("exports the value API, also from the root", () => {
    const names = Object.keys(facade).sort();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names)
      expect((root as Record<string, unknown>)[name], name).toBe((facade as Record<string, unknown>)[name]);
    expect(typeof facade.costToServe).toBe("function");
    expect(typeof facade.customerProfit).toBe("function");
  });
});
