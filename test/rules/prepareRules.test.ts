import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { defineRule } from "../../src/rules/defineRule.ts";
import { evaluateRules } from "../../src/rules/evaluateRules.ts";
import { prepareRules } from "../../src/rules/prepareRules.ts";
import { ruleSet } from "../../src/rules/ruleSet.ts";
import { runPreparedRules } from "../../src/rules/runPreparedRules.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const quiet = defineRule({
  id: "gone-quiet",
  meta: {
    description: "No purchase lately",
    severity: "warn",
    messages: { quiet: "quiet for {{days}} days (limit {{limit}})" },
  },
  optionsSchema: z.object({ limit: z.number().check(z.gte(0)) }),
  defaultOptions: { limit: 90 },
  evaluate(facts: { days: number }, { limit }, report) {
    if (facts.days > limit) report("quiet", { days: facts.days, limit }, { days: facts.days });
  },
});
const loud = defineRule({
  id: "loud",
  meta: { description: "Complains", severity: "correct", messages: { loud: "loud" } },
  defaultOptions: {},
  evaluate(facts: { days: number }, _o, report) {
    if (facts.days < 10) report("loud");
  },
});
const set = ruleSet(quiet, loud);

describe("prepareRules", () => {
  it("checks the config once and resolves each rule's options; the prepared set is frozen", () => {
    const p = prepareRules(set, { "gone-quiet": { limit: 30 }, loud: "off" });
    expect(p.kind).toBe("prepared-rules");
    expect(p.evaluated).toEqual(["gone-quiet"]);
    expect(p.skipped).toEqual(["loud"]);
    expect(p.plan.map((s) => s.options)).toEqual([{ limit: 30 }]);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.plan[0])).toBe(true);
  });
  it("throws what evaluateRules throws, named prepareRules", () => {
    const bad = expectClienteleError(() => prepareRules(set, { "gone-quiet": { limit: -1 } }), "invalid_input");
    expect(issuePaths(bad)).toEqual(["config.gone-quiet.limit"]);
    expect(bad.message.startsWith("prepareRules:")).toBe(true);
    expectClienteleError(() => prepareRules(set, { nope: "off" } as never), "unknown_rule");
    expectClienteleError(() => prepareRules({} as never), "invalid_input");
  });
});

describe("runPreparedRules", () => {
  it("gives exactly evaluateRules' result for each facts, config applied", () => {
    const config = { "gone-quiet": { limit: 30 } } as const;
    const p = prepareRules(set, config);
    for (const days of [0, 5, 30, 31, 200]) {
      expect(runPreparedRules(p, { days })).toEqual(evaluateRules(set, { days }, config));
    }
    expect(runPreparedRules(p, { days: 5 }).findings.map((f) => f.ruleId)).toEqual(["loud"]);
  });
  it("rejects what is not a prepared set", () => {
    expect(
      issuePaths(expectClienteleError(() => runPreparedRules(set as never, { days: 1 }), "invalid_input")),
    ).toEqual(["prepared"]);
  });
});
