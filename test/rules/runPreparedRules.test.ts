import { describe, expect, it } from "vitest";
import { defineRule } from "../../src/rules/defineRule.ts";
import { prepareRules } from "../../src/rules/prepareRules.ts";
import { ruleSet } from "../../src/rules/ruleSet.ts";
import { runPreparedRules } from "../../src/rules/runPreparedRules.ts";

const a = defineRule({
  id: "b-info",
  meta: { description: "info", severity: "info", messages: { m: "info" } },
  defaultOptions: {},
  evaluate(_f: { n: number }, _o, report) {
    report("m");
  },
});
const b = defineRule({
  id: "a-terminate",
  meta: { description: "terminate", severity: "terminate", messages: { m: "end {{n}}" } },
  defaultOptions: {},
  evaluate(f: { n: number }, _o, report) {
    if (f.n > 1) report("m", { n: f.n });
  },
});
const broken = defineRule({
  id: "c-broken",
  meta: { description: "throws", severity: "warn", messages: { m: "m" } },
  defaultOptions: {},
  evaluate(_f: { n: number }) {
    throw new Error("boom");
  },
});

describe("runPreparedRules", () => {
  it("orders findings most severe first and turns a throwing rule into an error finding", () => {
    const r = runPreparedRules(prepareRules(ruleSet(a, b, broken)), { n: 2 });
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["c-broken", "error"],
      ["a-terminate", "terminate"],
      ["b-info", "info"],
    ]);
    expect(r.findings[1]?.message).toBe("end 2");
  });
  it("does not mutate the facts and can run many times", () => {
    const p = prepareRules(ruleSet(a, b));
    const facts = { n: 3 };
    const first = runPreparedRules(p, facts);
    expect(runPreparedRules(p, facts)).toEqual(first);
    expect(facts).toEqual({ n: 3 });
  });
});
