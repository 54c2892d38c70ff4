import { describe, expect, it } from "vitest";
import type { LifecycleStageName } from "../../src/lifecycle/index.ts";
import { crmJobPrecedence, routeCrmJob } from "../../src/relationship/index.ts";

const stages: LifecycleStageName[] = ["new", "active", "at-risk", "complaining", "lapsed", "terminated", "won-back"];

describe("routeCrmJob", () => {
  it("a terminate decision overrides every stage", () => {
    for (const s of stages)
      expect(routeCrmJob(s, "terminate")).toEqual({ job: "termination", rank: 0, reason: crmJobPrecedence[0]!.when });
  });
  it("an open complaint comes before a correction", () => {
    expect(routeCrmJob("complaining", "correct").job).toBe("complaint-management");
    expect(routeCrmJob("new", "correct").job).toBe("termination");
  });
  it("then the lifecycle decides", () => {
    const jobs = stages.map((s) => routeCrmJob(s, "keep").job);
    expect(jobs).toEqual([
      "new-customer",
      "retention",
      "switching-prevention",
      "complaint-management",
      "win-back",
      "win-back",
      "retention",
    ]);
    expect(stages.map((s) => routeCrmJob(s, null).job)).toEqual(jobs);
  });
  it("the rank points into crmJobPrecedence", () => {
    for (const s of stages) {
      for (const d of ["keep", "correct", "terminate", null] as const) {
        const r = routeCrmJob(s, d);
        expect(crmJobPrecedence[r.rank]).toEqual({ job: r.job, when: r.reason });
      }
    }
  });
});
