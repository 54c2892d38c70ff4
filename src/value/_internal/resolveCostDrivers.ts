import { parseInput } from "../../schema/parseInput.ts";
import { type CostDrivers, CostDriversSchema } from "../CostDriversSchema.ts";

/**
 * A cost-driver table validated and indexed for the per-customer loop.
 *
 * @internal
 */
export interface ResolvedCostDrivers {
  /** The table as validated. */
  readonly table: CostDrivers;
  /** `perOrderByChannel` as a map (empty without it). */
  readonly byChannel: ReadonlyMap<string, number>;
  /** `perInteraction` as a map, or `undefined` when interactions are not priced at all. */
  readonly byKind: ReadonlyMap<string, number> | undefined;
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
  const byChannel = new Map(Object.entries(table.perOrderByChannel ?? {}));
  const priced = table.perInteraction !== undefined || table.otherInteraction !== undefined;
  const byKind = priced ? new Map(Object.entries(table.perInteraction ?? {})) : undefined;
  return { table, byChannel, byKind };
}
