import type { ChartDatum } from "../VegaLiteSpec.ts";

/** A (frequency, recency) grid of hypothetical customers observed for the same T. @internal */
export interface CustomerGrid {
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
  /** Left and right edges of each cell on the recency axis. */
  readonly from: Float64Array;
  readonly to: Float64Array;
}

/**
 * The cells of a P(alive) or expected-purchases matrix: frequency 0 … maxFrequency (rows) and
 * `recencyCells` equal slices of [0, T] (columns), each customer evaluated at the centre of its slice;
 * frequency 0 has only recency 0 (its first slice).
 *
 * @internal
 */
export function customerGrid(T: number, maxFrequency: number, recencyCells: number): CustomerGrid {
  const n = 1 + maxFrequency * recencyCells;
  const g: CustomerGrid = {
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n).fill(T),
    from: new Float64Array(n),
    to: new Float64Array(n),
  };
  const width = T / recencyCells;
  g.to[0] = width;
  let k = 1;
  for (let x = 1; x <= maxFrequency; x++) {
    for (let j = 0; j < recencyCells; j++) {
      g.frequency[k] = x;
      g.from[k] = j * width;
      g.to[k] = j === recencyCells - 1 ? T : (j + 1) * width;
      g.recency[k] = (j + 0.5) * width;
      k++;
    }
  }
  return g;
}

/** The grid's cells with their values, as chart data. @internal */
export function gridValues(grid: CustomerGrid, values: ArrayLike<number>): ChartDatum[] {
  const out: ChartDatum[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    out[i] = {
      frequency: grid.frequency[i]!,
      recency: grid.recency[i]!,
      recencyFrom: grid.from[i]!,
      recencyTo: grid.to[i]!,
      value: values[i]!,
    };
  }
  return out;
}
