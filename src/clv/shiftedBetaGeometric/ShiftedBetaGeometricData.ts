import * as z from "zod/mini";

/**
 * What {@link fitShiftedBetaGeometric} accepts, in one of three shapes:
 *
 * - `{ survivors }`: one cohort. `survivors[t]` is the number of customers still active at the start of
 *   period t (after t renewals), for t = 0, 1, …, n; `survivors[0]` is the cohort size. The number lost
 *   in period t is `survivors[t − 1] − survivors[t]`; the `survivors[n]` still active are
 *   right-censored.
 * - `{ cohorts }`: several cohorts fitted jointly (same α and β), each with its own `survivors` on its
 *   own tenure scale, so cohorts acquired in different periods (and therefore observed for different
 *   numbers of periods) go together. `startPeriod` is the period in which a cohort was acquired, on any
 *   integer scale (say 2001, or 0 for the oldest); it labels the cohort and does not enter the
 *   likelihood, which depends on tenure only.
 * - `{ durations }`: individual customers, right-censored. `{ periods, churned: true }` churned in
 *   period `periods` (was active for `periods` ≥ 1 periods and did not renew); `{ periods, churned:
 *   false }` is still active after `periods` ≥ 0 periods. `count` (default 1) repeats the row.
 *
 * Every count is an integer ≥ 0 and survivors never increase.
 *
 * @example
 * ```ts
 * import type { ShiftedBetaGeometricData } from "clientele/clv";
 * const one: ShiftedBetaGeometricData = { survivors: [1000, 631, 468, 382] };
 * const two: ShiftedBetaGeometricData = {
 *   cohorts: [
 *     { survivors: [10000, 8000, 6480], startPeriod: 2003 },
 *     { survivors: [10000, 8000], startPeriod: 2004 },
 *   ],
 * };
 * const people: ShiftedBetaGeometricData = {
 *   durations: [{ periods: 1, churned: true }, { periods: 3, churned: false, count: 2 }],
 * };
 * ```
 * @category sBG
 */
export type ShiftedBetaGeometricData =
  | {
      /** Customers active at the start of periods 0, 1, …, n; the first is the cohort size. */
      readonly survivors: readonly number[];
    }
  | {
      /** One entry per cohort, fitted jointly. */
      readonly cohorts: readonly {
        /** Customers of this cohort active at the start of its periods 0, 1, …, n (tenure). */
        readonly survivors: readonly number[];
        /** Period in which the cohort was acquired (an integer label; does not enter the likelihood). */
        readonly startPeriod?: number | undefined;
      }[];
    }
  | {
      /** One entry per customer (or per group of `count` alike customers). */
      readonly durations: readonly {
        /** Periods the customer was active: churned in this period, or still active after it. */
        readonly periods: number;
        /** `true` if the customer did not renew at the end of period `periods`; `false` if still active. */
        readonly churned: boolean;
        /** How many customers this row stands for, an integer ≥ 1 (default 1). */
        readonly count?: number | undefined;
      }[];
    };

const Count = /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0));

/**
 * The issue for survivor `t` when it exceeds survivor `t − 1` (survivors cannot increase), or undefined.
 *
 * @internal
 */
export function survivorIncreaseIssue(survivors: readonly number[], t: number) {
  const previous = survivors[t - 1]!;
  const current = survivors[t]!;
  if (current <= previous) return undefined;
  const size = survivors[0]!;
  const bound =
    current > size
      ? `integer ≤ ${previous} (survivors cannot increase, nor exceed the cohort size ${size})`
      : `integer ≤ ${previous} (survivors cannot increase)`;
  return {
    code: "custom" as const,
    path: [t],
    message: `expected ${bound}, received ${current}`,
    params: { expected: bound },
  };
}

/** Survivor counts: at least the cohort size, never increasing. */
const SurvivorsSchema = /* @__PURE__ */ z.array(Count).check(
  /* @__PURE__ */ z.minLength(1),
  /* @__PURE__ */ z.superRefine((survivors: number[], ctx) => {
    for (let t = 1; t < survivors.length; t++) {
      const issue = survivorIncreaseIssue(survivors, t);
      if (issue !== undefined) ctx.addIssue(issue);
    }
  }),
);

const SingleCohortSchema = /* @__PURE__ */ z.strictObject({ survivors: SurvivorsSchema });

const CohortsSchema = /* @__PURE__ */ z.strictObject({
  cohorts: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z.strictObject({
        survivors: SurvivorsSchema,
        startPeriod: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
      }),
    )
    .check(/* @__PURE__ */ z.minLength(1)),
});

const DurationRowSchema = /* @__PURE__ */ z
  .strictObject({
    periods: Count,
    churned: /* @__PURE__ */ z.boolean(),
    count: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1))),
  })
  .check(
    /* @__PURE__ */ z.superRefine((row: { periods: number; churned: boolean }, ctx) => {
      if (row.churned && row.periods < 1) {
        ctx.addIssue({
          code: "custom",
          path: ["periods"],
          message: "expected integer ≥ 1 (a customer who churned was active at least one period), received 0",
          params: { expected: "integer ≥ 1 (a customer who churned was active at least one period)" },
        });
      }
    }),
  );

const DurationsSchema = /* @__PURE__ */ z.strictObject({
  durations: /* @__PURE__ */ z.array(DurationRowSchema).check(/* @__PURE__ */ z.minLength(1)),
});

/**
 * The parts of the shapes, for a reader that validates long arrays element by element (a schema over a
 * whole array overflows the stack near 10⁵ issues): a count, a duration row, a cohort's other fields, a
 * non-empty list.
 *
 * @internal
 */
export const shiftedBetaGeometricDataParts = {
  count: Count,
  duration: DurationRowSchema,
  /** A cohort with its survivors left to the caller (pass them as `[]`). */
  cohortShell: /* @__PURE__ */ z.strictObject({
    survivors: /* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown()),
    startPeriod: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
  }),
  /** A non-empty array, elements left to the caller. */
  nonEmptyList: /* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown()).check(/* @__PURE__ */ z.minLength(1)),
} as const;

export const shiftedBetaGeometricDataShapes = {
  /** `{ survivors }`. */
  survivors: SingleCohortSchema,
  /** `{ cohorts }`. */
  cohorts: CohortsSchema,
  /** `{ durations }`. */
  durations: DurationsSchema,
} as const;

/**
 * Schema of {@link ShiftedBetaGeometricData}: one of `{ survivors }`, `{ cohorts }` or `{ durations }`,
 * with every count an integer ≥ 0, survivors never increasing (an increase is reported at the survivor
 * that increased, e.g. `survivors[3]` or `cohorts[1].survivors[2]`), a churned customer active at least
 * one period, and no unknown keys. {@link fitShiftedBetaGeometric} validates with it (picking the shape by
 * its key, so the paths point at the real problem).
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { ShiftedBetaGeometricDataSchema } from "clientele/clv";
 * parseInput("f", ShiftedBetaGeometricDataSchema, { survivors: [1000, 631, 468] }); // => { survivors: [1000, 631, 468] }
 * // parseInput("f", ShiftedBetaGeometricDataSchema, { survivors: [1000, 631, 640] }) throws invalid_input:
 * //   ✖ expected integer ≤ 631 (survivors cannot increase), received 640 → at survivors[2]
 * ```
 * @category sBG
 */
export const ShiftedBetaGeometricDataSchema: z.ZodMiniType<ShiftedBetaGeometricData, unknown> = /* @__PURE__ */ z.union(
  [SingleCohortSchema, CohortsSchema, DurationsSchema],
);
