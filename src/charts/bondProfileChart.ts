import * as z from "zod/mini";
import { isPlainObject } from "../_lib/isPlainObject.ts";
import type { BondProfile } from "../bonds/bondProfile.ts";
import type { BondLevel } from "../customers/BondLevelSchema.ts";
import { chartSpec, readChartOptions, seriesScale } from "./_internal/chartSpec.ts";
import { readFields, readObject, readRecords } from "./_internal/readRecords.ts";
import { throwOutOfRange } from "./_internal/throwOutOfRange.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, VegaLiteSpec } from "./VegaLiteSpec.ts";

/**
 * Options of {@link bondProfileChart} ({@link BondProfileChartOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { BondProfileChartOptions } from "clientele/charts";
 * const options: BondProfileChartOptions = { segmentOf: { c1: "gold", c2: "gold", c3: "silver" } };
 * ```
 * @category Relationship views
 */
export interface BondProfileChartOptions extends ChartOptions {
  /**
   * Segment of each customer id: when given, one bar per segment (the mean of its customers' bond
   * strength by level) instead of one per customer; every profile's customer must have one.
   */
  readonly segmentOf?: Readonly<Record<string, string>> | undefined;
}

/**
 * Schema of {@link BondProfileChartOptions}.
 *
 * @example
 * ```ts
 * import { BondProfileChartOptionsSchema } from "clientele/charts";
 * import { safeParse } from "zod/mini";
 * safeParse(BondProfileChartOptionsSchema, { segmentOf: [["c1", "gold"]] }).success; // => false   (an object, not entries)
 * ```
 * @category Relationship views
 */
export const BondProfileChartOptionsSchema: z.ZodMiniType<BondProfileChartOptions, BondProfileChartOptions> =
  /* @__PURE__ */ z.extend(ChartOptionsSchema, {
    // A plain object; its values are checked when looked up (a segment must be a string), so that a table
    // of a million customers is not copied.
    segmentOf: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.custom<Readonly<Record<string, string>>>((v) => isPlainObject(v)),
    ),
  });

/** The profile's `strength.byLevel` if its three levels are finite numbers, else `undefined`. */
function levelsOf(p: unknown): Record<BondLevel, number> | undefined {
  if (typeof p !== "object" || p === null) return undefined;
  const strength = (p as { strength?: unknown }).strength;
  if (typeof strength !== "object" || strength === null) return undefined;
  const b = (strength as { byLevel?: unknown }).byLevel;
  if (typeof b !== "object" || b === null) return undefined;
  const l = b as Record<string, unknown>;
  return Number.isFinite(l.financial) && Number.isFinite(l.social) && Number.isFinite(l.structural)
    ? (b as Record<BondLevel, number>)
    : undefined;
}

const LEVELS: readonly BondLevel[] = ["financial", "social", "structural"];

/**
 * Bond profiles: each customer's (or segment's) bond strength split by level — financial, social and
 * structural bonds (Berry & Parasuraman 1991) — as stacked horizontal bars, one bar per customer or
 * segment.
 *
 * @remarks
 * Takes `bondProfile` results (clientele/bonds) as they are: the bar's length is `strength.score` in
 * [0, 1), its parts `strength.byLevel`. With `segmentOf`, each segment's parts are the means over its
 * customers and the tooltip gives its number of customers. Levels, in the order of the `colors` option:
 * financial, social, structural; layer `bars` with three parts per bar. A profile without a customer id
 * is labelled by its index (`#3`). O(profiles).
 *
 * @param profiles - One `bondProfile` result or several.
 * @param options - {@link BondProfileChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad profile (path `profiles[2].strength.byLevel.social`),
 *   a customer without a segment in `segmentOf`, or bad options.
 * @throws {@link ClienteleDomainError} `insufficient_data` for no profiles.
 * @example
 * ```ts
 * import { bondProfile } from "clientele/bonds";
 * import { bondProfileChart } from "clientele/charts";
 * import { parseBondInstruments } from "clientele/customers";
 * const bonds = parseBondInstruments([
 *   { customerId: "c1", level: "financial", kind: "points-program", start: "2023-01-01" },
 *   { customerId: "c1", level: "structural", kind: "integrated-system", start: "2024-01-01" },
 * ]);
 * const profile = bondProfile(bonds, { asOf: "2024-06-30" });
 * bondProfileChart(profile).data?.values.length; // => 3   (one part per level)
 * ```
 * @category Relationship views
 */
export function bondProfileChart(
  profiles: BondProfile | readonly BondProfile[],
  options?: BondProfileChartOptions | undefined,
): VegaLiteSpec {
  const fn = "bondProfileChart";
  const list: readonly unknown[] = Array.isArray(profiles)
    ? readRecords(fn, profiles, ["profiles"], {}, 1)
    : [readObject(fn, profiles, ["profiles"])];
  const o = readChartOptions(fn, BondProfileChartOptionsSchema, options);
  const groups = new Map<string, { customers: number; sums: number[] }>();
  const segmentOf = o.segmentOf as Readonly<Record<string, unknown>> | undefined;
  for (let i = 0; i < list.length; i++) {
    const p: unknown = list[i];
    let byLevel = levelsOf(p);
    if (byLevel === undefined) {
      // Slow path, only to name what is wrong: each call below throws at the first bad level.
      const at = Array.isArray(profiles) ? ["profiles", i] : ["profiles"];
      const strength = readObject(fn, readObject(fn, p, at).strength, [...at, "strength"]);
      byLevel = readFields<Record<BondLevel, number>>(fn, strength.byLevel, [...at, "strength", "byLevel"], {
        financial: "number",
        social: "number",
        structural: "number",
      });
    }
    const id = (p as { customerId?: unknown }).customerId;
    let key = typeof id === "string" ? id : `#${i}`;
    if (segmentOf !== undefined) {
      const segment = typeof id === "string" && Object.hasOwn(segmentOf, id) ? segmentOf[id] : undefined;
      if (typeof segment !== "string") {
        const at = Array.isArray(profiles) ? ["profiles", i, "customerId"] : ["profiles", "customerId"];
        throwOutOfRange(fn, at, id, "a customer id with a segment (a string) in options.segmentOf");
      }
      key = segment;
    }
    let g = groups.get(key);
    if (g === undefined) {
      g = { customers: 0, sums: [0, 0, 0] };
      groups.set(key, g);
    }
    g.customers++;
    g.sums[0]! += byLevel.financial;
    g.sums[1]! += byLevel.social;
    g.sums[2]! += byLevel.structural;
  }
  const values: ChartDatum[] = [];
  for (const [name, g] of groups) {
    LEVELS.forEach((level, k) => {
      values.push({ name, level, order: k, strength: g.sums[k]! / g.customers, customers: g.customers });
    });
  }
  const by = o.segmentOf === undefined ? "customer" : "segment";
  return chartSpec(
    o,
    o.segmentOf === undefined ? "Bond strength by level, per customer" : "Bond strength by level, per segment",
    {
      description: `bond strength by level for ${groups.size} ${by}s`,
      values,
      layer: [
        {
          name: "bars",
          mark: { type: "bar" },
          encoding: {
            y: { field: "name", type: "nominal", sort: [...groups.keys()], title: by },
            x: {
              field: "strength",
              type: "quantitative",
              stack: "zero",
              title: "bond strength",
              scale: { domain: [0, 1] },
            },
            color: { field: "level", type: "nominal", scale: seriesScale(LEVELS), title: "bond level" },
            order: { field: "order" },
            tooltip: [
              { field: "name", title: by },
              { field: "level" },
              { field: "strength", format: ".3f" },
              { field: "customers" },
            ],
          },
        },
      ],
    },
  );
}
