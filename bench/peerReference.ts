/**
 * The reference times of the leading Python tool (lifetimes 0.11.3) that the benchmarks compare against, in
 * milliseconds, each with the task and size of its row in bench/peer-reference.md (copied into this
 * repository with its provenance). test/bench/peerReference.test.ts checks every figure against that file.
 */
export interface PeerFigure {
  /** The `task` cell of the row in peer-reference.md's first table, as written there. */
  readonly task: string;
  /** The `size` cell of that row. */
  readonly size: string;
  /** The `lifetimes` cell of that row, as written there (e.g. "9.7 s"). */
  readonly written: string;
  /** The same time in milliseconds. */
  readonly ms: number;
}

/** lifetimes 0.11.3 on the same machine kind (2 cores, AMD EPYC), median of 3 runs, library call only. */
export const lifetimesReference = {
  summaryCdnow: {
    task: "summary (calibration only), CDNOW sample, days/7",
    size: "6,919 rows → 2,357 customers",
    written: "11.5 ms",
    ms: 11.5,
  },
  holdoutCdnow: { task: "calibration + holdout, CDNOW sample", size: "6,919 rows", written: "82 ms", ms: 82 },
  summaryT1: {
    task: "summary, synthetic log T1",
    size: "1,000,000 rows, 100,000 customers",
    written: "0.86 s",
    ms: 860,
  },
  holdoutT1: {
    task: "calibration + holdout, T1 (cal. end 2021-06-30, obs. end 2021-12-31)",
    size: "1,000,000 rows",
    written: "9.7 s",
    ms: 9700,
  },
  bgNbdFitCdnow: { task: "BG/NBD fit, CDNOW", size: "2,357", written: "53 ms", ms: 53 },
  paretoNbdFitCdnow: { task: "Pareto/NBD fit, CDNOW", size: "2,357", written: "293 ms", ms: 293 },
  mbgNbdFitCdnow: { task: "MBG/NBD fit, CDNOW", size: "2,357", written: "50 ms", ms: 50 },
  bgNbdFitG1: { task: "BG/NBD fit, synthetic G1", size: "1,000,000", written: "14.9 s", ms: 14_900 },
  paretoNbdFitG1First100k: {
    task: "Pareto/NBD fit, G1 (first 100,000)",
    size: "100,000",
    written: "15.0 s",
    ms: 15_000,
  },
  bgNbdExpectedG1: {
    task: "BG/NBD conditional expected purchases, t = 52",
    size: "1,000,000 customers",
    written: "0.43 s",
    ms: 430,
  },
  bgNbdAliveG1: { task: "BG/NBD P(alive)", size: "1,000,000", written: "17 ms", ms: 17 },
  paretoNbdExpectedG1: {
    task: "Pareto/NBD E[X(52)] / P(alive)",
    size: "1,000,000",
    written: "382 ms / 264 ms",
    ms: 382,
  },
  paretoNbdAliveG1: {
    task: "Pareto/NBD E[X(52)] / P(alive)",
    size: "1,000,000",
    written: "382 ms / 264 ms",
    ms: 264,
  },
} as const satisfies Record<string, PeerFigure>;

/** One figure of the scoring table of peer-reference.md ("Scoring and fitting when customers do not share a T"). */
export interface PeerLayoutFigure {
  /** The first cell of the row in that table, as written there. */
  readonly task: string;
  /** The column: the layout of T (score-layouts.mjs). */
  readonly layout: ScoreLayout;
  /** The cell as written (e.g. "155 / 11 ms"). */
  readonly written: string;
  /** Which of the cell's " / "-separated figures this is (0 for the first). */
  readonly part: number;
  /** That figure in milliseconds. */
  readonly ms: number;
}

/** The layouts of T of bench/score-layouts.mjs. */
export type ScoreLayout = "const" | "days" | "continuous";

const BG_EXPECTED = "BG/NBD `conditional_expected_number_of_purchases_up_to_time(52, …)`";
const BG_ALIVE = "BG/NBD `conditional_probability_alive`";
const MBG = "MBG/NBD E[Y(52) \\| …] / P(alive)";
const PARETO = "Pareto/NBD E[Y(52) \\| …] / P(alive)";

function layoutFigures(
  task: string,
  part: number,
  cells: Record<ScoreLayout, readonly [string, number]>,
): Record<ScoreLayout, PeerLayoutFigure> {
  const figure = (layout: ScoreLayout): PeerLayoutFigure => ({
    task,
    layout,
    written: cells[layout][0],
    part,
    ms: cells[layout][1],
  });
  return { const: figure("const"), days: figure("days"), continuous: figure("continuous") };
}

/**
 * lifetimes 0.11.3 scoring 1,000,000 customers of `scoreLayout(layout)` (bench/score-layouts.mjs) with the CDNOW
 * fits, horizon 52 weeks, median of 3 (peer-reference.md, "Scoring and fitting when customers do not share a T",
 * timed 2026-12-07; the same figures as issue 18's table).
 */
export const lifetimesLayoutReference = {
  bgNbdExpected: layoutFigures(BG_EXPECTED, 0, {
    const: ["290 ms", 290],
    days: ["320 ms", 320],
    continuous: ["317 ms", 317],
  }),
  bgNbdAlive: layoutFigures(BG_ALIVE, 0, { const: ["25 ms", 25], days: ["21 ms", 21], continuous: ["19 ms", 19] }),
  mbgNbdExpected: layoutFigures(MBG, 0, {
    const: ["155 / 11 ms", 155],
    days: ["175 / 8 ms", 175],
    continuous: ["168 / 10 ms", 168],
  }),
  mbgNbdAlive: layoutFigures(MBG, 1, {
    const: ["155 / 11 ms", 11],
    days: ["175 / 8 ms", 8],
    continuous: ["168 / 10 ms", 10],
  }),
  paretoNbdExpected: layoutFigures(PARETO, 0, {
    const: ["253 / 192 ms", 253],
    days: ["281 / 196 ms", 281],
    continuous: ["287 / 195 ms", 287],
  }),
  paretoNbdAlive: layoutFigures(PARETO, 1, {
    const: ["253 / 192 ms", 192],
    days: ["281 / 196 ms", 196],
    continuous: ["287 / 195 ms", 195],
  }),
} as const satisfies Record<string, Record<ScoreLayout, PeerLayoutFigure>>;
/**
 * A figure of lifetimes 0.11.3 in one of peer-reference.md's grids (a row per call, a column per data size or
 * layout): the grid's header cell, the row's first cell and the column's header, as written there.
 */
export interface PeerGridFigure {
  /** The first header cell of the grid, as written in peer-reference.md. */
  readonly grid: string;
  /** The first cell of the row. */
  readonly row: string;
  /** The header of the column. */
  readonly column: string;
  /** The start of the cell, as written there (e.g. "0.87 s"). */
  readonly written: string;
  /** The same time in milliseconds. */
  readonly ms: number;
}

const FIT_GRID = "lifetimes fit on `fitLayout(n)`";

/**
 * lifetimes' fits on `fitLayout(n)` (customers with distinct (x, t_x, T), T continuous in 26–78 weeks), issue 18;
 * the Pareto/NBD on 1,000,000 customers was not run by the reference ("≈ 10× the 100k time"), so the fit bench
 * compares it with ten times the 100,000-customer figure and says so.
 */
export const lifetimesFitLayoutReference = {
  bgNbd100k: { grid: FIT_GRID, row: "`BetaGeoFitter().fit`", column: "100,000", written: "0.87 s", ms: 870 },
  bgNbd1m: { grid: FIT_GRID, row: "`BetaGeoFitter().fit`", column: "1,000,000", written: "6.85 s", ms: 6850 },
  mbgNbd100k: { grid: FIT_GRID, row: "`ModifiedBetaGeoFitter().fit`", column: "100,000", written: "0.87 s", ms: 870 },
  mbgNbd1m: { grid: FIT_GRID, row: "`ModifiedBetaGeoFitter().fit`", column: "1,000,000", written: "7.06 s", ms: 7060 },
  paretoNbd100k: {
    grid: FIT_GRID,
    row: "`ParetoNBDFitter().fit` (numpy seed 0)",
    column: "100,000",
    written: "27.2 s",
    ms: 27_200,
  },
} as const satisfies Record<string, PeerGridFigure>;
