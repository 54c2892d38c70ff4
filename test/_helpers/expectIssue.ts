import { expect } from "vitest";
import { type ClienteleErrorCode, isClienteleError } from "../../src/errors/index.ts";

/**
 * Runs `fn`, asserts it throws a clientele error with `code`, and returns the error for further checks
 * (issue paths, message snapshot).
 */
export function expectClienteleError(fn: () => unknown, code: ClienteleErrorCode) {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, "expected the call to throw").toBeDefined();
  if (!isClienteleError(caught)) throw new Error(`expected a ClienteleError, got ${String(caught)}`);
  expect(caught.code).toBe(code);
  return caught;
}

/** The issue paths of an error, rendered as `rows[3].amount` strings, for compact assertions. */
export function issuePaths(error: { issues: readonly { path: readonly (string | number)[] }[] }): string[] {
  return error.issues.map((i) =>
    i.path.map((s, k) => (typeof s === "number" ? `[${s}]` : k === 0 ? s : `.${s}`)).join(""),
  );
}
