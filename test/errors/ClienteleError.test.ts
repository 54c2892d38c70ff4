import { describe, expect, it } from "vitest";
import {
  ClienteleConvergenceError,
  ClienteleDomainError,
  ClienteleError,
  ClienteleInputError,
  isClienteleError,
} from "../../src/errors/index.ts";

describe("ClienteleError", () => {
  it("appends each issue to the summary line with its rendered path", () => {
    const e = new ClienteleError("invalid_input", "fitBgNbd: invalid input", {
      issues: [
        { code: "too_small", path: ["customers", 12, "frequency"], message: "expected number ≥ 0, received -3" },
        { code: "invalid_type", path: ["customers", 40, "firstPurchase"], message: "expected date, received string" },
      ],
    });
    expect(e.message).toMatchInlineSnapshot(`
      "fitBgNbd: invalid input
        ✖ expected number ≥ 0, received -3 → at customers[12].frequency
        ✖ expected date, received string → at customers[40].firstPurchase"
    `);
    expect(e.code).toBe("invalid_input");
    expect(e.issues).toHaveLength(2);
    expect(e).toBeInstanceOf(Error);
  });

  it("keeps the cause when given and has no issues by default", () => {
    const cause = new Error("inner");
    const e = new ClienteleError("domain_error", "f: bad", { cause });
    expect(e.cause).toBe(cause);
    expect(e.issues).toEqual([]);
    expect(e.message).toBe("f: bad");
  });
});

describe("subclasses", () => {
  it("ClienteleInputError always carries invalid_input", () => {
    const e = new ClienteleInputError("f: invalid input");
    expect(e.code).toBe("invalid_input");
    expect(e.name).toBe("ClienteleInputError");
  });
  it("ClienteleDomainError carries the domain code it was given", () => {
    for (const code of [
      "insufficient_data",
      "domain_error",
      "duplicate_rule",
      "unknown_rule",
      "invalid_rule",
    ] as const) {
      expect(new ClienteleDomainError(code, "f: x").code).toBe(code);
    }
  });
  it("ClienteleConvergenceError carries iterations and the last objective value", () => {
    const e = new ClienteleConvergenceError("fit: did not converge; raise maxIterations", {
      iterations: 7,
      lastValue: -1.5,
    });
    expect(e.code).toBe("not_converged");
    expect(e.iterations).toBe(7);
    expect(e.lastValue).toBe(-1.5);
  });
});

describe("isClienteleError", () => {
  it("recognises clientele errors with and without a code filter", () => {
    const e = new ClienteleInputError("f: invalid input");
    expect(isClienteleError(e)).toBe(true);
    expect(isClienteleError(e, "invalid_input")).toBe(true);
    expect(isClienteleError(e, "domain_error")).toBe(false);
  });
  it("rejects plain errors, look-alikes and non-objects", () => {
    expect(isClienteleError(new Error("x"))).toBe(false);
    expect(isClienteleError({ code: "invalid_input", issues: [] })).toBe(false);
    expect(isClienteleError(null)).toBe(false);
    expect(isClienteleError("invalid_input")).toBe(false);
  });
  it("recognises an error branded by another copy of the package (shared registry symbol)", () => {
    const foreign = Object.assign(new Error("other copy"), { code: "unknown_rule", issues: [] });
    Object.defineProperty(foreign, Symbol.for("clientele.error"), { value: true });
    expect(isClienteleError(foreign, "unknown_rule")).toBe(true);
  });
});

describe("ClienteleError with a capped issue list", () => {
  it("keeps the true count in issueCount and says it in the message", () => {
    const issues = Array.from({ length: 25 }, (_, i) => ({ code: "custom", path: ["rows", i], message: "bad" }));
    const e = new ClienteleError("invalid_input", "f: invalid input", { issues, issueCount: 1_000 });
    expect(e.issues).toHaveLength(25);
    expect(e.issueCount).toBe(1_000);
    expect(e.message).toContain("… and 992 more issues (the first 25 kept in error.issues); by kind, of those:");
  });

  it("counts the issues it has when no larger count is given (or a nonsensical one)", () => {
    const issues = [{ code: "custom", path: [], message: "bad" }];
    expect(new ClienteleError("domain_error", "f: x", { issues }).issueCount).toBe(1);
    expect(new ClienteleError("domain_error", "f: x", { issues, issueCount: Number.NaN }).issueCount).toBe(1);
    expect(new ClienteleError("domain_error", "f: x", { issues, issueCount: 0 }).issueCount).toBe(1);
    expect(new ClienteleError("domain_error", "f: x").issueCount).toBe(0);
  });
});
