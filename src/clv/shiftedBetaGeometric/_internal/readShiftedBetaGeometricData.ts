import { describeReceived } from "../../../_lib/describeReceived.ts";
import { isPlainObject } from "../../../_lib/isPlainObject.ts";
import {
  collectIssue,
  collectIssues,
  collectThrown,
  createIssueCollector,
  type IssueCollector,
} from "../../../_lib/issueCollector.ts";
import { unknownKeysIssue } from "../../../_lib/unknownKeysIssue.ts";
import { ClienteleInputError } from "../../../errors/ClienteleError.ts";
import { parseInput } from "../../../schema/parseInput.ts";
import { parseRows } from "../../../schema/parseRows.ts";
import { shiftedBetaGeometricDataParts, survivorIncreaseIssue } from "../ShiftedBetaGeometricData.ts";

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
  // Element by element (zod over a whole array spreads its issues into a call and overflows the stack
  // near 10⁵ issues); the first 10,000 issues are kept and all are counted.
  const issues = createIssueCollector();
  const record = input as Record<string, unknown>;
  const unknown = unknownKeysIssue(record, [shape], []);
  if (unknown !== undefined) collectIssues(issues, unknown);
  let customers = 0;
  if (shape === "survivors") {
    const survivors = readSurvivors(fnName, record.survivors, ["survivors"], issues);
    if (survivors !== undefined && issues.count === 0) {
      addSurvivors(survivors);
      customers = survivors[0]!;
    }
  } else if (shape === "cohorts") {
    const cohorts = readList(fnName, record.cohorts, ["cohorts"], issues);
    const read: (readonly number[])[] = [];
    for (let c = 0; c < cohorts.length; c++) {
      const cohort = cohorts[c];
      const path = ["cohorts", c];
      if (!isPlainObject(cohort)) {
        collectThrown(issues, () => parseInput(fnName, shiftedBetaGeometricDataParts.cohortShell, cohort, path));
        continue;
      }
      // The cohort's other fields, with its survivors read below.
      collectThrown(issues, () =>
        parseInput(fnName, shiftedBetaGeometricDataParts.cohortShell, { ...cohort, survivors: [] }, path),
      );
      const survivors = readSurvivors(fnName, cohort.survivors, [...path, "survivors"], issues);
      if (survivors !== undefined) read.push(survivors);
    }
    if (issues.count === 0) {
      for (const survivors of read) {
        addSurvivors(survivors);
        customers += survivors[0]!;
      }
    }
  } else {
    const rows = readList(fnName, record.durations, ["durations"], issues);
    const parsed =
      collectThrown(issues, () =>
        parseRows(fnName, shiftedBetaGeometricDataParts.duration, rows, { path: ["durations"] }),
      ) ?? [];
    if (issues.count === 0) {
      for (const row of parsed) {
        const count = row.count ?? 1;
        if (row.churned) add(lost, row.periods - 1, count);
        else add(censored, row.periods, count);
        customers += count;
      }
    }
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
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

/** A non-empty array at `path`, or an empty list after recording why not. */
function readList(
  fnName: string,
  value: unknown,
  path: (string | number)[],
  issues: IssueCollector,
): readonly unknown[] {
  if (Array.isArray(value) && value.length > 0) return value;
  collectThrown(issues, () => parseInput(fnName, shiftedBetaGeometricDataParts.nonEmptyList, value, path));
  return [];
}

/** Survivor counts at `path`: integers ≥ 0, at least one, never increasing; undefined after recording issues. */
function readSurvivors(
  fnName: string,
  value: unknown,
  path: (string | number)[],
  issues: IssueCollector,
): readonly number[] | undefined {
  const list = readList(fnName, value, path, issues);
  if (list.length === 0) return undefined;
  const before = issues.count;
  const counts = collectThrown(issues, () => parseRows(fnName, shiftedBetaGeometricDataParts.count, list, { path }));
  if (counts === undefined) return undefined;
  for (let t = 1; t < counts.length; t++) {
    const issue = survivorIncreaseIssue(counts, t);
    if (issue !== undefined) {
      collectIssue(issues, () => ({
        code: issue.code,
        path: [...path, t],
        message: issue.message,
        expected: issue.params.expected,
        received: String(counts[t]),
      }));
    }
  }
  return issues.count > before ? undefined : counts;
}
