import type { CostToServe } from "../costToServe.ts";
import type { ResolvedCostDrivers } from "./resolveCostDrivers.ts";
import { runTally } from "./runTally.ts";

/**
 * One record's cost to serve with a cost-driver table validated beforehand (by `costToServe` on each call,
 * or once by `createCostToServe`); the record and the window are checked here.
 *
 * @internal
 */
export function costToServeWith(resolved: ResolvedCostDrivers, record: unknown, options: unknown): CostToServe {
  const { tallies, currency } = runTally("costToServe", { list: [record], single: true }, resolved, options, false);
  const t = tallies[0]!;
  return {
    customerId: t.customerId,
    ...(currency === undefined ? {} : { currency }),
    total: t.costToServe,
    lines: t.lines,
  };
}
