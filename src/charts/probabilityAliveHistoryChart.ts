import * as z from "zod/mini";
import { chartSpec, readChartOptions } from "./_internal/chartSpec.ts";
import { readNumbers, readObject } from "./_internal/readRecords.ts";
import { throwOutOfRange } from "./_internal/throwOutOfRange.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, JsonValue, VegaLiteSpec } from "./VegaLiteSpec.ts";

/**
 * One customer's P(alive) over time, as {@link probabilityAliveHistoryChart} draws it: the times given to
 * `probabilityAliveHistory` (clientele/clv), what it returned, and the purchase times it was given.
 *
 * @example
 * ```ts
 * import type { AliveHistory } from "clientele/charts";
 * const history: AliveHistory = { at: [1, 2, 5], probabilityAlive: [1, 0.75, 0.81], purchaseTimes: [0, 2, 5] };
 * ```
 * @category Model checks
 */
export interface AliveHistory {
  /** The evaluation times (`options.at` of `probabilityAliveHistory`), finite, in the fit's unit. */
  readonly at: ArrayLike<number>;
  /** P(alive) at each time of `at` (what `probabilityAliveHistory` returned), each in [0, 1]. */
  readonly probabilityAlive: ArrayLike<number>;
  /** The customer's purchase times, drawn as vertical rules (optional). */
  readonly purchaseTimes?: ArrayLike<number> | undefined;
}

/**
 * Options of {@link probabilityAliveHistoryChart} ({@link ProbabilityAliveHistoryChartOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { ProbabilityAliveHistoryChartOptions } from "clientele/charts";
 * const options: ProbabilityAliveHistoryChartOptions = { timeLabel: "week", title: "Customer 1234" };
 * ```
 * @category Model checks
 */
export interface ProbabilityAliveHistoryChartOptions extends ChartOptions {
  /** Label of the time axis (default `"time"`). */
  readonly timeLabel?: string | undefined;
}

/**
 * Schema of {@link ProbabilityAliveHistoryChartOptions}.
 *
 * @example
 * ```ts
 * import { ProbabilityAliveHistoryChartOptionsSchema } from "clientele/charts";
 * import { safeParse } from "zod/mini";
 * safeParse(ProbabilityAliveHistoryChartOptionsSchema, { timeLabel: "week" }).success; // => true
 * ```
 * @category Model checks
 */
export const ProbabilityAliveHistoryChartOptionsSchema: z.ZodMiniType<
  ProbabilityAliveHistoryChartOptions,
  ProbabilityAliveHistoryChartOptions
> = /* @__PURE__ */ z.extend(ChartOptionsSchema, {
  timeLabel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(100))),
});

/**
 * One customer's probability of being alive over time, with their purchases marked: it jumps at each
 * purchase and decays while none follows (the P(alive) history plots of BTYDplus and `lifetimes`).
 *
 * @remarks
 * Draws the values of `probabilityAliveHistory` (clientele/clv) against the times they were computed at
 * (layer `history`, one point per time, in the order given) and a vertical rule per purchase time (layer
 * `purchases`). The y axis runs from 0 to 1. O(times + purchases).
 *
 * @param history - `at`, `probabilityAlive` (same length, at least one) and optionally `purchaseTimes`.
 * @param options - {@link ProbabilityAliveHistoryChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a non-finite time, a probability outside [0, 1],
 *   columns of different lengths, or bad options.
 * @throws {@link ClienteleDomainError} `insufficient_data` for no times.
 * @example
 * ```ts
 * import { probabilityAliveHistoryChart } from "clientele/charts";
 * import { type CountModel, probabilityAliveHistory } from "clientele/clv";
 * const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };
 * const purchaseTimes = [0, 2, 5];
 * const at = Array.from({ length: 40 }, (_, k) => k + 1);
 * const spec = probabilityAliveHistoryChart({ at, probabilityAlive: probabilityAliveHistory(fit, purchaseTimes, { at }), purchaseTimes });
 * spec.data?.values.length; // => 40
 * ```
 * @see {@link probabilityAliveMatrixChart}
 * @category Model checks
 */
export function probabilityAliveHistoryChart(
  history: AliveHistory,
  options?: ProbabilityAliveHistoryChartOptions | undefined,
): VegaLiteSpec {
  const fn = "probabilityAliveHistoryChart";
  const h = readObject(fn, history, ["history"]);
  const at = readNumbers(fn, h.at, ["history", "at"]);
  const p = readNumbers(fn, h.probabilityAlive, ["history", "probabilityAlive"], 0);
  if (p.length !== at.length) {
    throwOutOfRange(fn, ["history", "probabilityAlive"], p.length, `${at.length} values (one per time of at)`);
  }
  p.forEach((v, i) => {
    if (v < 0 || v > 1) throwOutOfRange(fn, ["history", "probabilityAlive", i], v, "a probability in [0, 1]");
  });
  const purchases =
    h.purchaseTimes === undefined ? [] : readNumbers(fn, h.purchaseTimes, ["history", "purchaseTimes"], 0);
  const o = readChartOptions(fn, ProbabilityAliveHistoryChartOptionsSchema, options);
  const values: ChartDatum[] = at.map((t, i) => ({ time: t, probabilityAlive: p[i]! }));
  const timeLabel = o.timeLabel ?? "time";
  const layer: JsonValue[] = [
    {
      name: "history",
      mark: { type: "line", point: true, interpolate: "linear" },
      encoding: {
        x: { field: "time", type: "quantitative", title: timeLabel },
        y: { field: "probabilityAlive", type: "quantitative", title: "P(alive)", scale: { domain: [0, 1] } },
        ...(o.colors === undefined ? {} : { color: { value: o.colors[0]! } }),
      },
    },
  ];
  if (purchases.length > 0) {
    layer.push({
      name: "purchases",
      data: { values: purchases.map((t) => ({ purchase: t })) },
      mark: { type: "rule", strokeDash: [2, 2] },
      encoding: {
        x: { field: "purchase", type: "quantitative" },
        color: { value: o.colors?.[1] ?? "gray" },
      },
    });
  }
  return chartSpec(o, "Probability alive over time", {
    description: `P(alive) at ${at.length} times${purchases.length > 0 ? `, ${purchases.length} purchases marked` : ""}`,
    values,
    layer,
  });
}
