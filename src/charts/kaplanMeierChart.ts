import * as z from "zod/mini";
import type { KaplanMeierCurve } from "../retention/kaplanMeierSurvival.ts";
import { chartSpec, readChartOptions } from "./_internal/chartSpec.ts";
import { readNumbers, readObject } from "./_internal/readRecords.ts";
import { throwOutOfRange } from "./_internal/throwOutOfRange.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, JsonValue, VegaLiteSpec } from "./VegaLiteSpec.ts";

/**
 * Options of {@link kaplanMeierChart} ({@link KaplanMeierChartOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { KaplanMeierChartOptions } from "clientele/charts";
 * const options: KaplanMeierChartOptions = { timeLabel: "months" };
 * ```
 * @category Model checks
 */
export interface KaplanMeierChartOptions extends ChartOptions {
  /** Label of the time axis (default `"time"`). */
  readonly timeLabel?: string | undefined;
}

/**
 * Schema of {@link KaplanMeierChartOptions}.
 *
 * @example
 * ```ts
 * import { KaplanMeierChartOptionsSchema } from "clientele/charts";
 * import { safeParse } from "zod/mini";
 * safeParse(KaplanMeierChartOptionsSchema, { timeLabel: "months" }).success; // => true
 * ```
 * @category Model checks
 */
export const KaplanMeierChartOptionsSchema: z.ZodMiniType<KaplanMeierChartOptions, KaplanMeierChartOptions> =
  /* @__PURE__ */ z.extend(ChartOptionsSchema, {
    timeLabel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(100))),
  });

/**
 * The Kaplan–Meier survival curve of customer lifetimes as a step function from S(0) = 1, with its
 * pointwise 95% band (S ± 1.96 Greenwood standard errors, clipped to [0, 1]) and the median lifetime
 * marked.
 *
 * @remarks
 * Takes the result of `kaplanMeierSurvival` (clientele/retention) as it is. Layers: `band` (the
 * interval), `curve` (the steps: one point at time 0 and one per churn time) and, when the curve falls
 * to one half, `median` (a vertical rule at `medianLifetime`). The first colour of `colors` colours the
 * curve. O(times).
 *
 * @param curve - The result of `kaplanMeierSurvival`.
 * @param options - {@link KaplanMeierChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad curve (path `curve.survival[2]`, a survival
 *   outside [0, 1], columns of different lengths) or bad options.
 * @example
 * ```ts
 * import { kaplanMeierChart } from "clientele/charts";
 * import { kaplanMeierSurvival } from "clientele/retention";
 * const km = kaplanMeierSurvival([
 *   { duration: 1, churned: true },
 *   { duration: 2, churned: false },
 *   { duration: 3, churned: true },
 *   { duration: 4, churned: false },
 * ]);
 * kaplanMeierChart(km).data?.values.length; // => 3   (time 0 and the two churn times)
 * ```
 * @see {@link retentionTrackingChart} for a fitted sBG curve against actual survivors
 * @category Model checks
 */
export function kaplanMeierChart(curve: KaplanMeierCurve, options?: KaplanMeierChartOptions | undefined): VegaLiteSpec {
  const fn = "kaplanMeierChart";
  const c = readObject(fn, curve, ["curve"]);
  const times = readNumbers(fn, c.times, ["curve", "times"], 0);
  const survival = readNumbers(fn, c.survival, ["curve", "survival"], 0);
  const se = readNumbers(fn, c.standardError, ["curve", "standardError"], 0);
  if (survival.length !== times.length)
    throwOutOfRange(fn, ["curve", "survival"], `length ${survival.length}`, `${times.length} values (one per time)`);
  if (se.length !== times.length)
    throwOutOfRange(fn, ["curve", "standardError"], `length ${se.length}`, `${times.length} values (one per time)`);
  survival.forEach((s, i) => {
    if (s < 0 || s > 1) throwOutOfRange(fn, ["curve", "survival", i], s, "a survival in [0, 1]");
  });
  const median = c.medianLifetime;
  if (median !== null && median !== undefined && !(typeof median === "number" && Number.isFinite(median))) {
    throwOutOfRange(fn, ["curve", "medianLifetime"], median, "finite number or null");
  }
  const o = readChartOptions(fn, KaplanMeierChartOptionsSchema, options);
  const values: ChartDatum[] = [{ time: 0, survival: 1, lower: 1, upper: 1 }];
  times.forEach((t, i) => {
    const s = survival[i]!;
    const half = 1.96 * se[i]!;
    values.push({ time: t, survival: s, lower: Math.max(0, s - half), upper: Math.min(1, s + half) });
  });
  const x = { field: "time", type: "quantitative", title: o.timeLabel ?? "time" };
  const layer: JsonValue[] = [
    {
      name: "band",
      mark: { type: "area", interpolate: "step-after", opacity: 0.2, color: o.colors?.[0] ?? "#4c78a8" },
      encoding: { x, y: { field: "lower", type: "quantitative", scale: { domain: [0, 1] } }, y2: { field: "upper" } },
    },
    {
      name: "curve",
      mark: { type: "line", interpolate: "step-after", color: o.colors?.[0] ?? "#4c78a8" },
      encoding: { x, y: { field: "survival", type: "quantitative", title: "share still active" } },
    },
  ];
  if (typeof median === "number") {
    layer.push({
      name: "median",
      data: { values: [{ median }] },
      mark: { type: "rule", strokeDash: [4, 4], color: "gray" },
      encoding: { x: { field: "median", type: "quantitative" } },
    });
  }
  return chartSpec({ ...o, colors: undefined }, "Survival of customers (Kaplan–Meier)", {
    description: `Kaplan–Meier survival at ${times.length} churn times${typeof median === "number" ? `, median lifetime ${median}` : ""}`,
    values,
    layer,
  });
}
