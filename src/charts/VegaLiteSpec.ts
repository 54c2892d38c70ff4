/**
 * The `$schema` of every spec `clientele/charts` returns: Vega-Lite version 6.
 *
 * @example
 * ```ts
 * import { vegaLiteSchema } from "clientele/charts";
 * vegaLiteSchema; // => "https://vega.github.io/schema/vega-lite/v6.json"
 * ```
 * @category Specs
 */
export const vegaLiteSchema = "https://vega.github.io/schema/vega-lite/v6.json";

/**
 * A JSON value as it appears in a spec: what `JSON.stringify` writes and `JSON.parse` gives back.
 *
 * @example
 * ```ts
 * import type { JsonValue } from "clientele/charts";
 * const encoding: JsonValue = { x: { field: "week", type: "quantitative" } };
 * ```
 * @category Specs
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * One row of a chart's inline data (`data.values`): numbers are always finite.
 *
 * @example
 * ```ts
 * import type { ChartDatum } from "clientele/charts";
 * const row: ChartDatum = { week: 3, series: "actual", purchases: 28 };
 * ```
 * @category Specs
 */
export type ChartDatum = { readonly [field: string]: string | number | boolean | null };

/**
 * A Vega-Lite v6 specification, as the chart functions return it: a plain JSON object (no functions, no
 * dates, no class instances) with its data inline, ready for `vega-embed`, Observable's `vl`, Jupyter,
 * or `vega`/`vega-lite` on a server.
 *
 * @remarks
 * clientele's own minimal type (the top-level keys its charts use, the rest as {@link JsonValue}), so that
 * the package has no dependency on vega-lite, not even for its types. To check a spec against vega-lite's
 * full types, cast it: `spec as unknown as import("vega-lite").TopLevelSpec`.
 *
 * @example
 * ```ts
 * import { type VegaLiteSpec, vegaLiteSchema } from "clientele/charts";
 * const spec: VegaLiteSpec = {
 *   $schema: vegaLiteSchema,
 *   data: { values: [{ x: 1, y: 2 }] },
 *   mark: "point",
 *   encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
 * };
 * ```
 * @category Specs
 */
export interface VegaLiteSpec {
  /** Always {@link vegaLiteSchema}. */
  readonly $schema: typeof vegaLiteSchema;
  /** The chart's title (string, or a title object with a subtitle). */
  readonly title?: JsonValue;
  /** A one-line description of what the chart shows (for screen readers). */
  readonly description?: string;
  /** Width of the plotting area in pixels. */
  readonly width?: number;
  /** Height of the plotting area in pixels. */
  readonly height?: number;
  /** The chart's data, inline. */
  readonly data?: {
    /** The rows, one object per mark or part of a mark. */
    readonly values: readonly ChartDatum[];
  };
  /** Derived fields and filters applied to the data. */
  readonly transform?: readonly JsonValue[];
  /** The mark of a single-view chart. */
  readonly mark?: JsonValue;
  /** Field-to-channel mappings of a single-view chart. */
  readonly encoding?: JsonValue;
  /** The layers of a layered chart. */
  readonly layer?: readonly JsonValue[];
  /** Scale, axis and legend sharing between layers. */
  readonly resolve?: JsonValue;
  /** Theme settings: here the colour ranges set by the `colors` option. */
  readonly config?: JsonValue;
}
