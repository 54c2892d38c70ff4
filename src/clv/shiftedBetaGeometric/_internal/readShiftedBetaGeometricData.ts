import { describeReceived } from "../../../_lib/describeReceived.ts";
import { ClienteleInputError } from "../../../errors/ClienteleError.ts";
import { parseInput } from "../../../schema/parseInput.ts";
import { shiftedBetaGeometricDataShapes } from "../ShiftedBetaGeometricData.ts";

/**
 * Retention data reduced to what the sBG likelihood needs: the sorted distinct tenures p at which
 * ln S(p) is needed, with the number of customers censored at p (still active after p periods) and the
 * number who churned in period p + 1 (T = p + 1).
 *
 * @internal
 */
export interface RetentionTally {
  /** Number of customers (cohort sizes summed, or duration rows weighted by count). */
  readonly customers: number;
  /** Customers who churned within the observation. */
  readonly churned: number;
  /** Sorted distinct tenures p ≥ 0. */
  readonly points: Float64Array;
  /** Customers still active after `points[k]` periods (right-censored there). */
  readonly censored: Float64Array;
  /** Customers who churned in period `points[k] + 1`. */
  readonly lostNext: Float64Array;
}

/**
 * Validates {@link ShiftedBetaGeometricData} (choosing the shape by its key, so that issue paths point at
 * the bad value: `survivors[3]`, `cohorts[1].survivors[2]`, `durations[4].periods`) and tallies it.
 *
 * @param fnName - Public function name.
 * @param input - The data (untrusted).
 * @returns The tally.
 * @throws {@link ClienteleInputError} `invalid_input` for bad data, with paths.
 * @internal
 */
export function readShiftedBetaGeometricData(fnName: string, input: unknown): RetentionTally {
  const keys = typeof input === "object" && input !== null && !Array.isArray(input) ? Object.keys(input) : [];
  const shape = (["survivors", "cohorts", "durations"] as const).find((k) => keys.includes(k));
  if (shape === undefined) {
    const received = describeReceived(input);
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: [],
          message: `expected an object with survivors, cohorts or durations, received ${received}${received === "object" ? ` with keys ${keys.map((k) => JSON.stringify(k)).join(", ") || "none"}` : ""}`,
          expected: "{ survivors } | { cohorts } | { durations }",
          received,
        },
      ],
    });
  }
  const lost = new Map<number, number>();
  const censored = new Map<number, number>();
  const add = (map: Map<number, number>, key: number, count: number): void => {
    if (count > 0) map.set(key, (map.get(key) ?? 0) + count);
  };
  const addSurvivors = (survivors: readonly number[]): void => {
    for (let t = 1; t < survivors.length; t++) add(lost, t - 1, survivors[t - 1]! - survivors[t]!);
    add(censored, survivors.length - 1, survivors[survivors.length - 1]!);
  };
  let customers = 0;
  if (shape === "survivors") {
    const data = parseInput(fnName, shiftedBetaGeometricDataShapes.survivors, input);
    addSurvivors(data.survivors);
    customers = data.survivors[0]!;
  } else if (shape === "cohorts") {
    const data = parseInput(fnName, shiftedBetaGeometricDataShapes.cohorts, input);
    for (const cohort of data.cohorts) {
      addSurvivors(cohort.survivors);
      customers += cohort.survivors[0]!;
    }
  } else {
    const data = parseInput(fnName, shiftedBetaGeometricDataShapes.durations, input);
    for (const row of data.durations) {
      const count = row.count ?? 1;
      if (row.churned) add(lost, row.periods - 1, count);
      else add(censored, row.periods, count);
      customers += count;
    }
  }
  const points = Float64Array.from(new Set([...lost.keys(), ...censored.keys()])).sort();
  let churned = 0;
  for (const v of lost.values()) churned += v;
  return {
    customers,
    churned,
    points,
    censored: points.map((p) => censored.get(p) ?? 0),
    lostNext: points.map((p) => lost.get(p) ?? 0),
  };
}
