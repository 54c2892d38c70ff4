import { parseInput } from "../../schema/parseInput.ts";
import { type CostDrivers, CostDriversSchema } from "../CostDriversSchema.ts";

/**
 * A cost-driver table validated and indexed for the per-customer loop: the keyed rates as sorted key
 * lists with their index, so that a record's counts go to a scratch array (no map per record) and its
 * lines come out in key order without a sort.
 *
 * @internal
 */
export interface ResolvedCostDrivers {
  /** The table as validated. */
  readonly table: CostDrivers;
  /** `perOrderByChannel`'s channels, sorted. */
  readonly channels: readonly string[];
  /** Their rates, in that order. */
  readonly channelRates: Float64Array;
  /** Channel → its index in `channels`. */
  readonly channelIndex: ReadonlyMap<string, number>;
  /** Whether interactions are priced at all (`perInteraction` or `otherInteraction` given). */
  readonly pricesInteractions: boolean;
  /** `perInteraction`'s kinds, sorted. */
  readonly kinds: readonly string[];
  /** Their rates, in that order. */
  readonly kindRates: Float64Array;
  /** Kind → its index in `kinds`. */
  readonly kindIndex: ReadonlyMap<string, number>;
}

function indexed(table: Readonly<Record<string, number>> | undefined) {
  const keys = Object.keys(table ?? {}).sort();
  const rates = new Float64Array(keys.length);
  const index = new Map<string, number>();
  keys.forEach((k, i) => {
    rates[i] = (table as Record<string, number>)[k]!;
    index.set(k, i);
  });
  return { keys, rates, index };
}

/**
 * Validates a cost-driver table (at path `drivers`) and indexes its keyed rates.
 *
 * @param fn - Public function name.
 * @param drivers - The table as given.
 * @returns The resolved table.
 * @throws {@link ClienteleInputError} `invalid_input` at `drivers.…`.
 * @internal
 */
export function resolveCostDrivers(fn: string, drivers: unknown): ResolvedCostDrivers {
  const table = parseInput(fn, CostDriversSchema, drivers, ["drivers"]);
  const ch = indexed(table.perOrderByChannel);
  const kd = indexed(table.perInteraction);
  return {
    table,
    channels: ch.keys,
    channelRates: ch.rates,
    channelIndex: ch.index,
    pricesInteractions: table.perInteraction !== undefined || table.otherInteraction !== undefined,
    kinds: kd.keys,
    kindRates: kd.rates,
    kindIndex: kd.index,
  };
}
