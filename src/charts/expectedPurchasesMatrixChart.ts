import * as z from "zod/mini";
import type { CountModel } from "../clv/CountModelFit.ts";
import { conditionalExpectedPurchases } from "../clv/predictions/conditionalExpectedPurchases.ts";
import { readChartOptions } from "./_internal/chartSpec.ts";
import { customerGrid } from "./_internal/customerGrid.ts";
import { MatrixOptionsObject } from "./_internal/matrixOptions.ts";
import { matrixSpec } from "./_internal/matrixSpec.ts";
import type { MatrixChartOptions } from "./probabilityAliveMatrixChart.ts";
import type { VegaLiteSpec } from "./VegaLiteSpec.ts";

/**
 * Options of {@link expectedPurchasesMatrixChart} ({@link ExpectedPurchasesMatrixChartOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { ExpectedPurchasesMatrixChartOptions } from "clientele/charts";
 * const options: ExpectedPurchasesMatrixChartOptions = { T: 39, maxFrequency: 20, horizon: 39 };
 * ```
 * @category Model checks
 */
export interface ExpectedPurchasesMatrixChartOptions extends MatrixChartOptions {
  /** Length of the future period, in the fit's unit (finite, > 0): the cells show purchases expected in it. */
  readonly horizon: number;
}

/**
 * Schema of {@link ExpectedPurchasesMatrixChartOptions}.
 *
 * @example
 * ```ts
 * import { ExpectedPurchasesMatrixChartOptionsSchema } from "clientele/charts";
 * import { safeParse } from "zod/mini";
 * safeParse(ExpectedPurchasesMatrixChartOptionsSchema, { T: 39, maxFrequency: 5, horizon: 0 }).success; // => false
 * ```
 * @category Model checks
 */
export const ExpectedPurchasesMatrixChartOptionsSchema: z.ZodMiniType<
  ExpectedPurchasesMatrixChartOptions,
  ExpectedPurchasesMatrixChartOptions
> = /* @__PURE__ */ z.extend(MatrixOptionsObject, {
  horizon: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(1e12)),
});

/**
 * The expected-purchases matrix: how many purchases a customer is expected to make in the next `horizon`
 * for every combination of frequency (rows) and recency (columns), all observed for the same T.
 *
 * @remarks
 * Evaluates `conditionalExpectedPurchases` (clientele/clv) on the grid of
 * {@link probabilityAliveMatrixChart} (1 + maxFrequency × recencyCells hypothetical customers, each at the
 * centre of its recency slice; frequency 0 only at recency 0). The layer is named `cells`; the colour
 * scale starts at 0 (the `colors` option, if given, is its colour ramp).
 *
 * @param fit - A fitted count model (BG/NBD, MBG/NBD, Pareto/NBD; any `CountModel`).
 * @param options - `T`, `maxFrequency`, `horizon`, `recencyCells` and the {@link ChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit or options.
 * @throws {@link ClienteleDomainError} `domain_error` if a cell cannot be evaluated accurately.
 * @example
 * ```ts
 * import { expectedPurchasesMatrixChart } from "clientele/charts";
 * import type { CountModel } from "clientele/clv";
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * const spec = expectedPurchasesMatrixChart(fit, { T: 39, maxFrequency: 10, recencyCells: 13, horizon: 39 });
 * spec.data?.values.length; // => 131
 * ```
 * @see {@link probabilityAliveMatrixChart}
 * @category Model checks
 */
export function expectedPurchasesMatrixChart(
  fit: CountModel,
  options: ExpectedPurchasesMatrixChartOptions,
): VegaLiteSpec {
  const fn = "expectedPurchasesMatrixChart";
  const o = readChartOptions(fn, ExpectedPurchasesMatrixChartOptionsSchema, options);
  const grid = customerGrid(o.T, o.maxFrequency, o.recencyCells ?? 40);
  const values = conditionalExpectedPurchases(fit, o.horizon, {
    frequency: grid.frequency,
    recency: grid.recency,
    T: grid.T,
  });
  return matrixSpec(fn, o, grid, values, {
    title: `Expected purchases in the next ${o.horizon} by frequency and recency (T = ${o.T})`,
    valueTitle: "expected purchases",
    domain: undefined,
  });
}
