import { describe, expect, it } from "vitest";
import { decideOnFacts, resolveRules } from "../../../src/termination/_internal/decideOnFacts.ts";
import { coreTerminationRules } from "../../../src/termination/index.ts";
import { expectClienteleError } from "../../_helpers/expectIssue.ts";
import { factsOf, incident, rec } from "../_terminationFixtures.ts";

describe("decideOnFacts", () => {
  it("decides from the most severe finding and lists that severity's actions", () => {
    const facts = factsOf(
      rec({ incidents: [incident("2024-01-01", "abuse"), incident("2024-02-01", "core-value-violation")] }),
    );
    const d = decideOnFacts("f", facts, resolveRules("f", {}));
    expect(d.decision).toBe("terminate");
    expect(d.actions.map((a) => a.ruleId)).toEqual(["violates-core-values"]);
  });
});

describe("resolveRules", () => {
  it("reuses one prepared core set when nothing is configured, and prepares a configured one", () => {
    expect(resolveRules("f", {})).toBe(resolveRules("f", {}));
    const facts = factsOf(rec());
    expect(resolveRules("f", { config: { "too-costly": "off" } }).evaluate(facts).skipped).toEqual(["too-costly"]);
    expect(resolveRules("f", { rules: coreTerminationRules }).evaluate(facts).evaluated).toEqual(
      coreTerminationRules.order,
    );
    expectClienteleError(() => resolveRules("f", { rules: resolveRules("f", {}), config: {} }), "invalid_input");
  });
});
