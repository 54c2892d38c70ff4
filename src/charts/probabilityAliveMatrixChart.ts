import type * as z from "zod/mini";
import type { CountModel } from "../clv/CountModelFit.ts";
import { probabilityAlive } from "../clv/predictions/probabilityAlive.ts";
import { readChartOptions } from "./_internal/chartSpec.ts";
import { customerGrid } from "./_internal/customerGrid.ts";
import { MatrixOptionsObject } from "./_internal/matrixOptions.ts";
import { matrixSpec } from "./_internal/matrixSpec.ts";
import type { ChartOptions } from "./ChartOptions.ts";
import type { VegaLiteSpec } from "./VegaLiteSpec.ts";

/**
 * Options of {@link probabilityAliveMatrixChart} ({@link MatrixChartOptionsSchema}): the grid of
 * hypothetical customers, all observed for the same `T`.
 *
 * @example
 * ```ts
 * import type { MatrixChartOptions } from "clientele/charts";
 * const options: MatrixChartOptions = { T: 39, maxFrequency: 20, recencyCells: 39 };
 * ```
 * @category Model checks
 */
export interface MatrixChartOptions extends ChartOptions {
  /** Length of observation T of every customer of the grid, in the fit's unit (finite, > 0). */
  readonly T: number;
  /** Highest frequency (repeat purchases) of the grid, an integer in [1, 500]: rows 0 … maxFrequency. */
  readonly maxFrequency: number;
  /** Number of equal slices of [0, T] on the recency axis, an integer in [1, 500] (default 40). */
  readonly recencyCells?: number | undefined;
  /** Label of the time unit on the recency axis (default `"time"`; e.g. `"weeks"`). */
  readonly timeLabel?: string | undefined;
}

/**
 * Schema of {@link MatrixChartOptions}.
 *
 * @example
 * ```ts
 * import { MatrixChartOptionsSchema } from "clientele/charts";
 * import { safeParse } from "zod/mini";
 * safeParse(MatrixChartOptionsSchema, { T: 39 }).success; // => false   (maxFrequency is required)
 * ```
 * @category Model checks
 */
export const MatrixChartOptionsSchema: z.ZodMiniType<MatrixChartOptions, MatrixChartOptions> = MatrixOptionsObject;

/**
 * The P(alive) matrix: the probability that a customer is still active for every combination of
 * frequency (repeat purchases, rows) and recency (time of the last purchase, columns), all customers
 * observed for the same T — the heat map of the `lifetimes` and BTYD packages.
 *
 * @remarks
 * Evaluates `probabilityAlive` (clientele/clv) on a grid of hypothetical customers, so it costs
 * 1 + maxFrequency × recencyCells evaluations whatever the size of the customer base (never one point
 * per customer). Each cell is evaluated at the centre of its recency slice; frequency 0 has a single cell
 * at recency 0 (no repeat purchase, no recency). The layer is named `cells`; the colour scale runs from 0
 * to 1 (the `colors` option, if given, is its colour ramp).
 *
 * @param fit - A fitted count model (BG/NBD, MBG/NBD, Pareto/NBD; any `CountModel`).
 * @param options - `T`, `maxFrequency`, `recencyCells` and the {@link ChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit or options.
 * @throws {@link ClienteleDomainError} `domain_error` if a cell cannot be evaluated accurately.
 * @example
 * ```ts
 * import { probabilityAliveMatrixChart } from "clientele/charts";
 * import type { CountModel } from "clientele/clv";
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * const spec = probabilityAliveMatrixChart(fit, { T: 39, maxFrequency: 10, recencyCells: 13, timeLabel: "weeks" });
 * spec.data?.values.length; // => 131   (1 + 10 × 13 cells)
 * ```
 * @see {@link expectedPurchasesMatrixChart}, {@link probabilityAliveHistoryChart}
 * @category Model checks
 */
export function probabilityAliveMatrixChart(fit: CountModel, options: MatrixChartOptions): VegaLiteSpec {
  const fn = "probabilityAliveMatrixChart";
  const o = readChartOptions(fn, MatrixChartOptionsSchema, options);
  const grid = customerGrid(o.T, o.maxFrequency, o.recencyCells ?? 40);
  const values = probabilityAlive(fit, { frequency: grid.frequency, recency: grid.recency, T: grid.T });
  return matrixSpec(fn, o, grid, values, {
    title: `Probability alive by frequency and recency (T = ${o.T})`,
    valueTitle: "P(alive)",
    domain: [0, 1],
  });
}
