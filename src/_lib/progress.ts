// Progress reports and cancellation for long computations (the fits' optimiser, bootstrap intervals):
// reading the two options `onProgress` and `signal` at the edge, and throwing `aborted` once the signal
// is. Structural types only: the core compiles without DOM or Node types, and any object with a boolean
// `aborted` (a browser, Deno, Bun or Node ≥ 20 AbortSignal) works.

import { ClienteleError, ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { describeReceived } from "./describeReceived.ts";

/**
 * One progress report: `done` of `total` units of work, in a named phase.
 *
 * @internal
 */
export interface ProgressReport {
  /** Work done so far, 0 ≤ done ≤ total. */
  readonly done: number;
  /** Total work of the phase. */
  readonly total: number;
  /** What the work is, when a computation has several phases. */
  readonly phase?: string | undefined;
}

/**
 * The progress options once read: a callback and a signal, each possibly absent.
 *
 * @internal
 */
export interface ProgressControl {
  /** Called with each report. */
  readonly onProgress: ((progress: ProgressReport) => void) | undefined;
  /** Aborted when the caller cancels. */
  readonly signal: { readonly aborted: boolean; readonly reason?: unknown } | undefined;
}

/** No callback, no signal. */
export const noProgress: ProgressControl = { onProgress: undefined, signal: undefined };

/**
 * Reports at most about this many times per phase: every ⌈total / REPORTS⌉ units, and at the end.
 */
const REPORTS = 100;

/**
 * Issues for bad `onProgress` (not a function) or `signal` (not an object with a boolean `aborted`)
 * among `options`, at paths `<path>.onProgress` and `<path>.signal`.
 *
 * @param options - The options record (already known to be an object, or undefined).
 * @param path - Path of the options in the caller's arguments (default `options`).
 * @returns The issues, empty when both are valid or absent.
 * @internal
 */
export function progressIssues(options: object | undefined, path: readonly string[] = ["options"]): ClienteleIssue[] {
  const issues: ClienteleIssue[] = [];
  const { onProgress, signal } = (options ?? {}) as { onProgress?: unknown; signal?: unknown };
  if (onProgress !== undefined && typeof onProgress !== "function") {
    issues.push({
      code: "invalid_type",
      path: [...path, "onProgress"],
      message: `expected function, received ${describeReceived(onProgress)}`,
      expected: "function",
      received: describeReceived(onProgress),
    });
  }
  if (
    signal !== undefined &&
    !(typeof signal === "object" && signal !== null && typeof (signal as { aborted?: unknown }).aborted === "boolean")
  ) {
    issues.push({
      code: "invalid_type",
      path: [...path, "signal"],
      message: `expected AbortSignal, received ${describeReceived(signal)}`,
      expected: "AbortSignal",
      received: describeReceived(signal),
    });
  }
  return issues;
}

/**
 * Splits `onProgress` and `signal` off an options value, validating them: the rest goes to the caller's
 * own validation (a strict schema), the two come back read.
 *
 * @param fnName - Public function name.
 * @param options - Options as given (untrusted).
 * @param path - Path of the options in the caller's arguments (default `options`).
 * @returns `rest` (the options without the two keys; `options` itself when it has neither or is not an
 *   object) and `control`.
 * @throws {@link ClienteleInputError} `invalid_input` at `<path>.onProgress` or `<path>.signal`.
 * @internal
 */
export function splitProgressOptions(
  fnName: string,
  options: unknown,
  path: readonly string[] = ["options"],
): { rest: unknown; control: ProgressControl } {
  if (typeof options !== "object" || options === null || !("onProgress" in options || "signal" in options)) {
    return { rest: options, control: noProgress };
  }
  const issues = progressIssues(options, path);
  if (issues.length > 0) throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
  const { onProgress, signal, ...rest } = options as {
    onProgress?: ProgressControl["onProgress"];
    signal?: ProgressControl["signal"];
  };
  return { rest, control: { onProgress, signal } };
}

/**
 * Throws `aborted` (cause: the signal's reason) if the signal is aborted.
 *
 * @param fnName - Public function name.
 * @param signal - The caller's signal, or undefined.
 * @throws {@link ClienteleError} `aborted`.
 * @internal
 */
export function throwIfAborted(fnName: string, signal: ProgressControl["signal"]): void {
  if (signal?.aborted === true) {
    throw new ClienteleError("aborted", `${fnName}: aborted by options.signal`, { cause: signal.reason });
  }
}

/**
 * A reporter for one phase of `total` units: `at(done)` checks the signal and, every ⌈total / 100⌉ units
 * (and at `done = total`), calls `onProgress`; so a phase reports at most about 101 times whatever its
 * size, and the last report of a finished phase has `done = total`.
 *
 * @param fnName - Public function name (for `aborted`).
 * @param control - Callback and signal.
 * @param total - Units of work in the phase.
 * @param phase - Its name.
 * @returns `at(done)`, to call after each unit (cheap when no report is due).
 * @internal
 */
export function progressPhase(
  fnName: string,
  control: ProgressControl,
  total: number,
  phase: string,
): (done: number) => void {
  const { onProgress, signal } = control;
  if (onProgress === undefined && signal === undefined) return () => {};
  const step = Math.max(1, Math.ceil(total / REPORTS));
  let next = step;
  return (done: number): void => {
    if (done < next && done < total) return;
    throwIfAborted(fnName, signal);
    while (next <= done) next += step;
    onProgress?.({ done, total, phase });
  };
}
