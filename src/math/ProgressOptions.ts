/**
 * One progress report of a long computation: `done` of `total` units of work in a named `phase`.
 * Reports of a phase come in increasing `done`, and the last one of a finished phase has
 * `done === total`.
 *
 * @example
 * ```ts
 * import type { Progress } from "clientele/math";
 * const p: Progress = { done: 250, total: 1000, phase: "draws" };
 * ```
 * @category Math
 */
export interface Progress {
  /** Work done so far in this phase, 0 ≤ done ≤ total. */
  readonly done: number;
  /** Total work of this phase (for an optimiser: its iteration limit, then the iterations used). */
  readonly total: number;
  /** What the work is (`"fit"`, `"draws"`, …), when a computation has several phases. */
  readonly phase?: string | undefined;
}

/**
 * What clientele needs of an `AbortSignal`: any object with a boolean `aborted` (and, optionally, a
 * `reason`). Browsers, Deno, Bun and Node ≥ 20 provide `AbortController`/`AbortSignal`; pass
 * `controller.signal`.
 *
 * @example
 * ```ts
 * import type { AbortSignalLike } from "clientele/math";
 * const signal: AbortSignalLike = new AbortController().signal;
 * ```
 * @category Math
 */
export interface AbortSignalLike {
  /** Whether the computation should stop. */
  readonly aborted: boolean;
  /** Why (passed on as the `cause` of the `aborted` error). */
  readonly reason?: unknown;
}

/**
 * Progress and cancellation options of the long computations (optimisers, model fits, bootstrap
 * intervals).
 *
 * - `onProgress` is called with a {@link Progress} at a bounded rate: once per optimiser iteration, or at
 *   most about 100 times per phase of a loop (every ⌈total/100⌉ units and at the end), never once per
 *   customer. An exception it throws propagates.
 * - `signal`: when it is aborted, the computation throws a {@link ClienteleError} with code `aborted`
 *   (its `cause` is `signal.reason`) at the next check: before starting, and at each progress point.
 *
 * @example
 * ```ts
 * import type { ProgressOptions } from "clientele/math";
 * const controller = new AbortController();
 * const options: ProgressOptions = {
 *   onProgress: ({ done, total, phase }) => console.log(phase, done, "/", total),
 *   signal: controller.signal,
 * };
 * ```
 * @category Math
 */
export interface ProgressOptions {
  /** Called with each progress report. */
  readonly onProgress?: ((progress: Progress) => void) | undefined;
  /** Cancels the computation when aborted (`aborted` error). */
  readonly signal?: AbortSignalLike | undefined;
}
