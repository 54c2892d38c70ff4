import * as z from "zod/mini";

/**
 * Options every chart function accepts: a title, the size of the plotting area in pixels, and the colours
 * of its series (in order) and of its colour scales.
 *
 * @example
 * ```ts
 * import { ChartOptionsSchema } from "clientele/charts";
 * import { parse } from "zod/mini";
 * parse(ChartOptionsSchema, { title: "CDNOW", width: 600, colors: ["#1f77b4", "#ff7f0e"] }).width; // => 600
 * ```
 * @category Specs
 */
export const ChartOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** Title above the chart (at most 200 characters; each chart has a default). */
  title: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200))),
  /** Width of the plotting area, an integer number of pixels in [50, 4000] (default 480). */
  width: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(50), /* @__PURE__ */ z.lte(4000)),
  ),
  /** Height of the plotting area, an integer number of pixels in [50, 4000] (default 300). */
  height: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(50), /* @__PURE__ */ z.lte(4000)),
  ),
  /**
   * CSS colours of the series, in the order each chart documents (1 to 20 strings of at most 64
   * characters, e.g. `"#1f77b4"` or `"steelblue"`); default Vega's category palette.
   */
  colors: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)))
      .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(20)),
  ),
});

/**
 * Options every chart function accepts ({@link ChartOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { ChartOptions } from "clientele/charts";
 * const options: ChartOptions = { title: "Weekly repeat purchases", width: 640, height: 320 };
 * ```
 * @category Specs
 */
export interface ChartOptions {
  /** Title above the chart (at most 200 characters; each chart has a default). */
  readonly title?: string | undefined;
  /** Width of the plotting area, an integer number of pixels in [50, 4000] (default 480). */
  readonly width?: number | undefined;
  /** Height of the plotting area, an integer number of pixels in [50, 4000] (default 300). */
  readonly height?: number | undefined;
  /** CSS colours of the series, in the order each chart documents (1 to 20); default Vega's palette. */
  readonly colors?: readonly string[] | undefined;
}
