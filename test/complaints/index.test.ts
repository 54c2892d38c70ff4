import { describe, expect, it } from "vitest";
import * as facade from "../../src/complaints/index.ts";
import * as root from "../../src/index.ts";

describe("clientele/complaints facade", () => {
  it("exports the complaints API, also from the root", () => {
    expect(root.repurchaseIntention).toBe(facade.repurchaseIntention);
    expect(root.estimateRepurchaseTree).toBe(facade.estimateRepurchaseTree);
    expect(root.RepurchaseTreeSchema).toBe(facade.RepurchaseTreeSchema);
    expect(root.repurchaseShareTolerance).toBe(facade.repurchaseShareTolerance);
    expect(root.tarpRepurchaseRates).toBe(facade.tarpRepurchaseRates);
    expect(root.tarpRepurchaseTree).toBe(facade.tarpRepurchaseTree);
    expect(root.timeToResolution).toBe(facade.timeToResolution);
    expect(root.recoveryParadox).toBe(facade.recoveryParadox);
    expect(typeof facade.estimateRepurchaseTree).toBe("function");
  });
});
