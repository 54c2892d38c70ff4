import { describe, expect, it } from "vitest";
import * as root from "../../src/index.ts";
import * as facade from "../../src/satisfaction/index.ts";

describe("clientele/satisfaction facade", () => {
  it("exports the satisfaction API, also from the root", () => {
    expect(root.ResponseScaleSchema).toBe(facade.ResponseScaleSchema);
    expect(root.MissingAnswerPolicySchema).toBe(facade.MissingAnswerPolicySchema);
  });
});
