import type { $ZodType, output } from "zod/v4/core";
import { parseInput } from "../../schema/parseInput.ts";
import type { ChartOptions } from "../ChartOptions.ts";
import { type ChartDatum, type JsonValue, type VegaLiteSpec, vegaLiteSchema } from "../VegaLiteSpec.ts";

/** Default size of the plotting area, in pixels. @internal */
const DEFAULT_WIDTH = 480;
const DEFAULT_HEIGHT = 300;

/**
 * Validates a chart's options (`undefined` is no options) with its schema, path `options`.
 *
 * @internal
 */
export function readChartOptions<S extends $ZodType>(fn: string, schema: S, options: unknown): output<S> {
  return parseInput(fn, schema, options === undefined ? {} : options, ["options"]);
}

/** The body of a chart: everything but `$schema`, title, size and colours. @internal */
export interface ChartBody {
  readonly description: string;
  readonly values: readonly ChartDatum[];
  readonly transform?: readonly JsonValue[];
  readonly mark?: JsonValue;
  readonly encoding?: JsonValue;
  readonly layer?: readonly JsonValue[];
  readonly resolve?: JsonValue;
}

/**
 * Assembles a spec: the shared options (title or the chart's default, width, height, colours as the
 * category range) around the chart's body.
 *
 * @internal
 */
export function chartSpec(
  options: ChartOptions,
  defaultTitle: JsonValue,
  body: ChartBody,
  ramp?: readonly string[] | undefined,
): VegaLiteSpec {
  const range: Record<string, JsonValue> = {};
  if (options.colors !== undefined) range.category = [...options.colors];
  if (ramp !== undefined) range.ramp = [...ramp];
  const spec: { -readonly [K in keyof VegaLiteSpec]: VegaLiteSpec[K] } = {
    $schema: vegaLiteSchema,
    title: options.title ?? defaultTitle,
    description: body.description,
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? DEFAULT_HEIGHT,
    data: { values: body.values },
  };
  if (body.transform !== undefined) spec.transform = body.transform;
  if (body.mark !== undefined) spec.mark = body.mark;
  if (body.encoding !== undefined) spec.encoding = body.encoding;
  if (body.layer !== undefined) spec.layer = body.layer;
  if (body.resolve !== undefined) spec.resolve = body.resolve;
  if (Object.keys(range).length > 0) spec.config = { range };
  return spec;
}

/** A colour scale mapping series names, in order, to the category range (so `colors` applies). @internal */
export function seriesScale(series: readonly string[]): JsonValue {
  return { domain: [...series] };
}
