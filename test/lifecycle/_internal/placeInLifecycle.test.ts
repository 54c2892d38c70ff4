import { describe, expect, it } from "vitest";
import { placeInLifecycle, readLifecycleOptions } from "../../../src/lifecycle/_internal/placeInLifecycle.ts";
import { expectClienteleError } from "../../_helpers/expectIssue.ts";
import { asOf, rec, tx } from "../../termination/_terminationFixtures.ts";

describe("readLifecycleOptions", () => {
  it("fills the defaults and prepares the switching-risk assessor once", () => {
    const t = readLifecycleOptions("f", { asOf });
    expect([t.newWithinDays, t.lapsedAfterDays, t.wonBackWithinDays, t.terminationKind, t.atRiskLevel]).toEqual([
      90,
      365,
      180,
      "relationship-terminated",
      "medium",
    ]);
    expect(t.assessor.asOf.toISOString()).toBe("2024-06-30T00:00:00.000Z");
    expectClienteleError(() => readLifecycleOptions("f", null as never), "invalid_input");
  });
});

describe("placeInLifecycle", () => {
  it("lists the reasons in precedence order, the first deciding", () => {
    const t = readLifecycleOptions("f", { asOf, newWithinDays: 365 });
    const s = placeInLifecycle("f", rec({ transactions: [tx("2023-09-01", 10)] }), ["record"], t);
    expect(s.reasons.map((r) => r.stage)).toEqual(["new", "active"]);
    expect(s.stage).toBe("new");
  });
});
