import { expect } from "vitest";

/** Tolerance for {@link expectClose}: relative (|a−e| ≤ rel·|e|), absolute, or both (either suffices). */
export interface CloseTolerance {
  readonly rel?: number;
  readonly abs?: number;
}

/**
 * Asserts that `actual` is within tolerance of `expected`; the failure message prints the label,
 * actual, expected, the difference and the tolerance (never round-then-compare).
 */
export function expectClose(actual: number, expected: number, tol: CloseTolerance, label = ""): void {
  const diff = Math.abs(actual - expected);
  const relOk = tol.rel !== undefined && diff <= tol.rel * Math.abs(expected);
  const absOk = tol.abs !== undefined && diff <= tol.abs;
  const ok = Number.isFinite(actual) && (relOk || absOk || actual === expected);
  if (!ok) {
    const relDiff = expected === 0 ? Number.POSITIVE_INFINITY : diff / Math.abs(expected);
    expect.fail(
      `${label ? `${label}: ` : ""}actual ${actual}, expected ${expected}, |diff| ${diff} (rel ${relDiff}), tolerance ${JSON.stringify(tol)}`,
    );
  }
}
