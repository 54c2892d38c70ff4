import { describe, expect, it } from "vitest";
import { runRule } from "../../../src/rules/_internal/runRule.ts";
import type { AnyRule } from "../../../src/rules/Rule.ts";
import { expectClienteleError } from "../../_helpers/expectIssue.ts";

const rule = (evaluate: AnyRule["evaluate"]): AnyRule => ({
  id: "acme/probe",
  meta: { description: "d", severity: "warn", messages: { hit: "hit {{n}}", plain: "plain" } },
  defaultOptions: {},
  evaluate,
});
const options = { limit: 3 };

describe("runRule", () => {
  it("turns each report into a finding with severity, message, data, evidence and options, in report order", () => {
    const findings = runRule(
      "f",
      rule((_facts, _options, report) => {
        report("hit", { n: 1 }, { seen: [1] });
        report("plain");
      }),
      {},
      options,
    );
    expect(findings).toEqual([
      {
        ruleId: "acme/probe",
        severity: "warn",
        messageId: "hit",
        message: "hit 1",
        data: { n: 1 },
        evidence: { seen: [1] },
        options,
      },
      { ruleId: "acme/probe", severity: "warn", messageId: "plain", message: "plain", data: {}, evidence: {}, options },
    ]);
  });

  it("passes the facts and options through unchanged", () => {
    const facts = { spend: 10 };
    const seen: unknown[] = [];
    runRule(
      "f",
      rule((f, o) => seen.push(f, o)),
      facts,
      options,
    );
    expect(seen[0]).toBe(facts);
    expect(seen[1]).toBe(options);
  });

  it("replaces a throwing rule's findings with one error finding naming the rule", () => {
    const boom = new Error("boom");
    const findings = runRule(
      "f",
      rule((_f, _o, report) => {
        report("plain");
        throw boom;
      }),
      {},
      options,
    );
    expect(findings).toEqual([
      {
        ruleId: "acme/probe",
        severity: "error",
        messageId: "ruleError",
        message: "acme/probe threw: boom",
        data: { error: "threw: boom" },
        evidence: { error: boom },
        options,
      },
    ]);
  });

  it("renders non-Error throws, including values whose String() fails", () => {
    const unprintable = {
      toString: () => {
        throw new Error("no");
      },
    };
    expect(
      runRule(
        "f",
        rule(() => {
          throw "text";
        }),
        {},
        options,
      )[0]?.message,
    ).toBe("acme/probe threw: text");
    expect(
      runRule(
        "f",
        rule(() => {
          throw unprintable;
        }),
        {},
        options,
      )[0]?.message,
    ).toBe("acme/probe threw: object");
  });

  it("turns a report with a missing placeholder value into an error finding naming the placeholder", () => {
    const findings = runRule(
      "f",
      rule((_f, _o, report) => report("hit", { m: 1 })),
      {},
      options,
    );
    expect(findings).toEqual([
      {
        ruleId: "acme/probe",
        severity: "error",
        messageId: "ruleError",
        message: 'acme/probe message "hit" has no value for placeholder {{n}}',
        data: { messageId: "hit", placeholders: "n", error: 'message "hit" has no value for placeholder {{n}}' },
        evidence: {},
        options,
      },
    ]);
  });

  it("keeps evaluating after a bad report: only that report becomes an error finding", () => {
    const findings = runRule(
      "f",
      rule((_f, _o, report) => {
        report("hit");
        report("plain");
      }),
      {},
      options,
    );
    expect(findings.map((f) => [f.severity, f.messageId])).toEqual([
      ["error", "ruleError"],
      ["warn", "plain"],
    ]);
  });

  it("turns unknown message ids and malformed data or evidence into error findings", () => {
    const messages = runRule(
      "f",
      rule((_f, _o, report) => {
        const loose = report as (...args: unknown[]) => void;
        loose("nope");
        loose("toString");
        loose("plain", [1]);
        loose("plain", { n: Number.POSITIVE_INFINITY });
        loose("plain", { n: { deep: 1 } });
        loose("plain", {}, "evidence");
      }),
      {},
      options,
    ).map((f) => `${f.severity}: ${f.message}`);
    expect(messages).toEqual([
      'error: acme/probe reported unknown message id "nope"',
      'error: acme/probe reported unknown message id "toString"',
      'error: acme/probe report("plain") data must be a plain object, received array',
      'error: acme/probe report("plain") data.n must be a string or finite number, received Infinity',
      'error: acme/probe report("plain") data.n must be a string or finite number, received object',
      'error: acme/probe report("plain") evidence must be a plain object, received "evidence"',
    ]);
  });

  it("reports a rule that returns a promise as an error finding and ignores its later reports", async () => {
    let later: (() => void) | undefined;
    const findings = runRule(
      "f",
      rule((_f, _o, report) => {
        later = () => report("plain");
        return Promise.reject(new Error("async failure")) as unknown as undefined;
      }),
      {},
      options,
    );
    expect(findings.map((f) => f.message)).toEqual(["acme/probe returned a promise: rules must be synchronous"]);
    expect(() => later?.()).not.toThrow();
    await Promise.resolve();
  });

  it("throws domain_error when a synchronous rule calls report() after evaluate() returned", () => {
    let later: (() => void) | undefined;
    runRule(
      "f",
      rule((_f, _o, report) => {
        later = () => report("plain");
      }),
      {},
      options,
    );
    const error = expectClienteleError(() => later?.(), "domain_error");
    expect(error.message).toBe(
      'f: rule "acme/probe" called report() after evaluate() returned; rules must be synchronous',
    );
  });
});
