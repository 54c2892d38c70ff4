import type { ClienteleIssue } from "./ClienteleIssue.ts";
import type { ClienteleErrorCode } from "./codes.ts";
import { formatIssuesUnchecked } from "./formatIssues.ts";

/**
 * Brand used by {@link isClienteleError}: a registry symbol, so it is the same symbol in the ESM and
 * the CJS copy of the package (and across realms), where `instanceof` would fail.
 */
const BRAND = Symbol.for("clientele.error");

/**
 * Options shared by every {@link ClienteleError} constructor.
 *
 * @example
 * ```ts
 * import { ClienteleDomainError, type ClienteleErrorOptions } from "clientele/errors";
 * const options: ClienteleErrorOptions = { issues: [{ code: "domain_error", path: ["rows", 0], message: "recency > T" }] };
 * new ClienteleDomainError("domain_error", "fitBgNbd: recency exceeds T", options).issues.length; // => 1
 * ```
 * @category Errors
 */
export interface ClienteleErrorOptions {
  /** Problems found, each with a path; listed in the message (summarised when there are many). */
  readonly issues?: readonly ClienteleIssue[] | undefined;
  /**
   * How many problems were found, when `issues` keeps only the first of them (a capped list).
   * Defaults to `issues.length`; a smaller number is ignored.
   */
  readonly issueCount?: number | undefined;
  /** The underlying error or data (e.g. the zod error) for those who want it. */
  readonly cause?: unknown;
}

/**
 * Base class of every error clientele throws. Check with {@link isClienteleError} (works across the
 * ESM and CJS copies of the package), then branch on the stable {@link ClienteleErrorCode} in `code`.
 *
 * @remarks
 * The message starts with the name of the public function that threw, then lists every issue with its
 * path, e.g.
 * ```
 * parseTransactions: invalid input
 *   ✖ expected number ≥ 0, received -3 → at rows[12].amount
 * ```
 *
 * @example
 * ```ts
 * import { ClienteleError } from "clientele/errors";
 * const e = new ClienteleError("domain_error", "myFunction: T must exceed recency");
 * e.code; // => "domain_error"
 * ```
 * @category Errors
 */
export class ClienteleError extends Error {
  /** Stable machine-readable code. */
  readonly code: ClienteleErrorCode;
  /** The problems found, each with the path of the bad field (the first `issues.length` of `issueCount`). */
  readonly issues: readonly ClienteleIssue[];
  /** How many problems were found: `issues.length`, or more when the list was capped. */
  readonly issueCount: number;

  /**
   * @param code - Stable error code.
   * @param summary - First line of the message, starting with the public function's name.
   * @param options - Issues (appended to the message) and cause.
   */
  constructor(code: ClienteleErrorCode, summary: string, options: ClienteleErrorOptions = {}) {
    const issues = options.issues ?? [];
    const given = options.issueCount;
    const issueCount = typeof given === "number" && given > issues.length ? given : issues.length;
    const listing = formatIssuesUnchecked(issues, issueCount);
    super(
      listing === "" ? summary : `${summary}\n${listing}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = "ClienteleError";
    this.code = code;
    this.issues = issues;
    this.issueCount = issueCount;
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }
}

/**
 * Thrown with code `invalid_input` when input fails validation; `issues` lists every bad field.
 *
 * @example
 * ```ts
 * import { ClienteleInputError } from "clientele/errors";
 * const e = new ClienteleInputError("parseTransactions: invalid input", {
 *   issues: [{ code: "invalid_type", path: ["rows", 0, "amount"], message: "expected number, received string" }],
 * });
 * e.message.split("\n")[1]; // => "  ✖ expected number, received string → at rows[0].amount"
 * ```
 * @category Errors
 */
export class ClienteleInputError extends ClienteleError {
  /**
   * @param summary - First line of the message, starting with the public function's name.
   * @param options - Issues and cause.
   */
  constructor(summary: string, options: ClienteleErrorOptions = {}) {
    super("invalid_input", summary, options);
    this.name = "ClienteleInputError";
  }
}

/**
 * Thrown for valid-looking input the computation cannot use: `insufficient_data`, `domain_error`,
 * and the rule-set codes `duplicate_rule`, `unknown_rule`, `invalid_rule`.
 *
 * @example
 * ```ts
 * import { ClienteleDomainError } from "clientele/errors";
 * new ClienteleDomainError("insufficient_data", "netPromoterScore: no scores").code; // => "insufficient_data"
 * ```
 * @category Errors
 */
export class ClienteleDomainError extends ClienteleError {
  /**
   * @param code - One of the domain codes.
   * @param summary - First line of the message, starting with the public function's name.
   * @param options - Issues and cause.
   */
  constructor(
    code: Exclude<ClienteleErrorCode, "invalid_input" | "not_converged" | "aborted">,
    summary: string,
    options: ClienteleErrorOptions = {},
  ) {
    super(code, summary, options);
    this.name = "ClienteleDomainError";
  }
}

/**
 * Thrown with code `not_converged` when an optimiser or series stops before meeting its tolerance.
 * Carries the iterations used and the last objective value so the caller can decide what to change.
 *
 * @example
 * ```ts
 * import { ClienteleConvergenceError } from "clientele/errors";
 * const e = new ClienteleConvergenceError("fitBgNbd: did not converge in 100 iterations; raise maxIterations", {
 *   iterations: 100,
 *   lastValue: -9582.5,
 * });
 * e.iterations; // => 100
 * ```
 * @category Errors
 */
export class ClienteleConvergenceError extends ClienteleError {
  /** Iterations performed before stopping. */
  readonly iterations: number;
  /** The last objective value reached. */
  readonly lastValue: number;

  /**
   * @param summary - First line of the message: function name, what failed and which option to change.
   * @param details - Iterations used, last objective value, and optional issues/cause.
   */
  constructor(
    summary: string,
    details: ClienteleErrorOptions & { readonly iterations: number; readonly lastValue: number },
  ) {
    super("not_converged", summary, details);
    this.name = "ClienteleConvergenceError";
    this.iterations = details.iterations;
    this.lastValue = details.lastValue;
  }
}

/**
 * The one reliable check for clientele errors: true for any {@link ClienteleError} (optionally with the
 * given code), including errors thrown by another copy of the package (ESM vs CJS, or two versions).
 *
 * @param error - Anything caught.
 * @param code - If given, also require this code.
 * @returns Whether `error` is a clientele error (with that code).
 * @example
 * ```ts
 * import { isClienteleError } from "clientele/errors";
 * import { parseTransactions } from "clientele/customers";
 * try {
 *   parseTransactions([{ customerId: "a", timestamp: "1997-01-01", amount: -1 }]);
 * } catch (e) {
 *   isClienteleError(e, "invalid_input"); // => true
 * }
 * ```
 * @category Errors
 */
export function isClienteleError(error: unknown, code?: ClienteleErrorCode): error is ClienteleError {
  if (typeof error !== "object" || error === null) return false;
  if ((error as Record<symbol, unknown>)[BRAND] !== true) return false;
  return code === undefined || (error as { code?: unknown }).code === code;
}
