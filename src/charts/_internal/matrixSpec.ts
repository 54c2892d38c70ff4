import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import type { ChartOptions } from "../ChartOptions.ts";
import type { VegaLiteSpec } from "../VegaLiteSpec.ts";
import { chartSpec } from "./chartSpec.ts";
import { type CustomerGrid, gridValues } from "./customerGrid.ts";

/**
 * The heat map of a (frequency, recency) grid: one rect per cell (layer `cells`), frequency rows from 0
 * at the bottom, recency slices left to right; throws `domain_error` for a value that is not finite.
 *
 * @internal
 */
export function matrixSpec(
  fn: string,
  o: ChartOptions & { readonly timeLabel?: string | undefined },
  grid: CustomerGrid,
  values: ArrayLike<number>,
  labels: {
    readonly title: string;
    readonly valueTitle: string;
    readonly domain: readonly [number, number] | undefined;
  },
): VegaLiteSpec {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      throw new ClienteleDomainError(
        "domain_error",
        `${fn}: the cell (${grid.frequency[i]}, ${grid.recency[i]}) evaluates to ${v}`,
        {
          issues: [{ code: "domain_error", path: ["options"], message: `cell value ${v}` }],
        },
      );
    }
  }
  const scale: Record<string, readonly (number | string)[]> = {};
  if (labels.domain !== undefined) scale.domain = labels.domain;
  if (o.colors !== undefined && o.colors.length >= 2) scale.range = o.colors;
  const unit = o.timeLabel === undefined ? "" : ` (${o.timeLabel})`;
  return chartSpec({ ...o, colors: undefined }, labels.title, {
    description: `${labels.valueTitle} for frequencies 0 to ${grid.frequency[grid.frequency.length - 1]} and ${
      grid.frequency.length - 1
    } recency cells`,
    values: gridValues(grid, values),
    layer: [
      {
        name: "cells",
        mark: { type: "rect" },
        encoding: {
          x: {
            field: "recencyFrom",
            type: "quantitative",
            title: `recency: time of the last purchase${unit}`,
            scale: { domain: [0, grid.T[0]!], nice: false },
          },
          x2: { field: "recencyTo" },
          y: { field: "frequency", type: "ordinal", sort: "descending", title: "frequency (repeat purchases)" },
          color: { field: "value", type: "quantitative", title: labels.valueTitle, scale },
          tooltip: [
            { field: "frequency" },
            { field: "recency", format: ".2f" },
            { field: "value", title: labels.valueTitle, format: ".3f" },
          ],
        },
      },
    ],
  });
}
