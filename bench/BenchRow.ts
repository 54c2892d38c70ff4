/**
 * One line of a benchmark report: what was timed, on how much data, the median time, and the reference
 * time of the leading Python tool on the same task (from bench/peer-reference.md, via peerReference.ts), if any,
 * and the project's target for the task, if it has one.
 */
export interface BenchRow {
  /** What was timed, e.g. "summary, calibration + holdout (T1)". */
  readonly task: string;
  /** Data size, e.g. "1,000,000 rows / 100,000 customers". */
  readonly size: string;
  /**
   * Which data, where it matters to the figure: for scoring, the layout of T ("G1: T = 52 for all" and the
   * scoring layouts "const T", "days / 7", "continuous T" of bench/score-layouts.mjs); shown in the README table.
   */
  readonly layout?: string;
  /** Median wall time in milliseconds. */
  readonly ms: number;
  /** The reference tool's time for the same task, in milliseconds. */
  readonly referenceMs?: number;
  /** The project's time target for the task, in milliseconds (met when `ms` is at most this). */
  readonly targetMs?: number;
  /** Anything needed to read the figure: runs, checks, memory. */
  readonly note?: string;
}
