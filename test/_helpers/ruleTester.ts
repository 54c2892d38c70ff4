import { describe, expect, it } from "vitest";
import {
  type AnyRule,
  evaluateRules,
  type FactsOfRule,
  type OptionsOfRule,
  type RuleFinding,
  ruleSet,
} from "../../src/rules/index.ts";

/**
 * A rule tester in the style of ESLint's `RuleTester`, shared by every rule set's tests (retention levers,
 * and later complaints and termination): one table of `valid` cases (facts on which the rule must report
 * nothing) and one of `invalid` cases (facts on which it must report exactly the listed findings), each
 * run through the real engine (`evaluateRules` on a set holding only the rule), so options are merged
 * and validated as in production.
 *
 * Checks made for every rule:
 * - each valid case gives no finding at all (and so no `error` finding);
 * - each invalid case gives exactly `findings.length` findings, in order, each with the rule's id and
 *   severity, the expected `messageId`, and (when given) exactly the expected `data`, `message`, and
 *   evidence containing the expected entries (`toMatchObject`); the effective options are checked when
 *   the case gives `expectedOptions`;
 * - every message id of the rule is produced by at least one invalid case (no untested message);
 * - the facts are not mutated (deep-equal before and after).
 *
 * @example
 * ```ts
 * ruleTester(myRule, {
 *   valid: [{ name: "under the limit", facts: { days: 10 } }],
 *   invalid: [{ name: "over", facts: { days: 120 }, findings: [{ messageId: "quiet", data: { days: 120 } }] }],
 * });
 * ```
 */
export interface ValidRuleCase<R extends AnyRule> {
  /** What the case shows (the test title). */
  readonly name: string;
  /** The facts. */
  readonly facts: FactsOfRule<R>;
  /** Option overrides for the rule (merged over its defaults by the engine). */
  readonly options?: Partial<OptionsOfRule<R>>;
}

/** A case on which the rule must report exactly `findings`. */
export interface InvalidRuleCase<R extends AnyRule> extends ValidRuleCase<R> {
  /** The expected findings, in report order. */
  readonly findings: readonly ExpectedFinding[];
  /** The effective options the findings must carry, when the case checks them. */
  readonly expectedOptions?: Readonly<Record<string, unknown>>;
}

/** What an expected finding states; `messageId` is required, the rest is checked when given. */
export interface ExpectedFinding {
  /** The rule's message id. */
  readonly messageId: string;
  /** The placeholder data, compared exactly. */
  readonly data?: RuleFinding["data"];
  /** The rendered message, compared exactly. */
  readonly message?: string;
  /** Entries the evidence must contain. */
  readonly evidence?: Readonly<Record<string, unknown>>;
}

/** Runs the valid and invalid tables of one rule as a vitest `describe` block named after its id. */
export function ruleTester<R extends AnyRule>(
  rule: R,
  cases: { readonly valid: readonly ValidRuleCase<R>[]; readonly invalid: readonly InvalidRuleCase<R>[] },
): void {
  const set = ruleSet(rule);
  const run = (c: ValidRuleCase<R>) => {
    const before = structuredClone(c.facts);
    const config = c.options === undefined ? undefined : { [rule.id]: c.options };
    const result = evaluateRules(set, c.facts as never, config as never);
    expect(c.facts, "the rule mutated its facts").toEqual(before);
    return result.findings;
  };
  describe(`rule ${rule.id}`, () => {
    it("has at least one valid and one invalid case, and every message id is produced by an invalid case", () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      const produced = new Set(cases.invalid.flatMap((c) => c.findings.map((f) => f.messageId)));
      expect([...produced].sort()).toEqual(Object.keys(rule.meta.messages).sort());
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(run(c)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        expect(c.findings.length, "an invalid case must expect at least one finding").toBeGreaterThan(0);
        const findings = run(c);
        expect(findings.map((f) => f.messageId)).toEqual(c.findings.map((f) => f.messageId));
        findings.forEach((f, i) => {
          const want = c.findings[i]!;
          expect(f.ruleId).toBe(rule.id);
          expect(f.severity).toBe(rule.meta.severity);
          if (want.data !== undefined) expect(f.data).toEqual(want.data);
          if (want.message !== undefined) expect(f.message).toBe(want.message);
          if (want.evidence !== undefined) expect(f.evidence).toMatchObject(want.evidence);
          if (c.expectedOptions !== undefined) expect(f.options).toEqual(c.expectedOptions);
        });
      });
    }
  });
}
