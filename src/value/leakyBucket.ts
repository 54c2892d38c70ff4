import * as z from "zod/mini";
import { MAX_DOUBLE } from "../_lib/numberLimits.ts";
import { resolveDiscountRate } from "../_lib/resolveDiscountRate.ts";
import type { TimeUnit } from "../_lib/timeUnits.ts";
import type { DiscountRate } from "../clv/DiscountRate.ts";
import { discountedExpectedLifetime } from "../clv/shiftedBetaGeometric/discountedExpectedLifetime.ts";
import type { RetentionModel } from "../clv/shiftedBetaGeometric/RetentionModel.ts";
import { survivalCurve } from "../clv/shiftedBetaGeometric/survivalCurve.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { LabelSchema } from "../schema/primitives.ts";
import { TimeUnitSchema } from "../time/TimeUnitSchema.ts";
import { checkFiniteFigures } from "./_internal/checkFiniteFigures.ts";

/**
 * One bucket (a segment) of {@link leakyBucket}: its base, its acquisitions per period and its retention.
 *
 * @example
 * ```ts
 * import type { BucketSegment } from "clientele/value";
 * const retail: BucketSegment = { segment: "retail", initialBase: 10_000, acquisition: 1_500, retention: 0.8 };
 * ```
 * @category Retention economics
 */
export interface BucketSegment {
  /** The segment's name (default `"all"` for a single bucket). */
  readonly segment?: string | undefined;
  /** Customers at the start (period 0), ≥ 0. */
  readonly initialBase: number;
  /** New customers acquired in each period, ≥ 0 (they join at the period's end). */
  readonly acquisition: number;
  /**
   * The retention: a constant rate r in [0, 1) per period, or a fitted sBG model (clientele/clv's
   * {@link RetentionModel}), whose retention rises with tenure.
   */
  readonly retention: number | RetentionModel;
}

/**
 * Input of {@link leakyBucket}: one bucket (its fields at the top level) or `segments`, the horizon, and
 * the margin and discount rate for the value figures.
 *
 * @example
 * ```ts
 * import type { LeakyBucketInput } from "clientele/value";
 * const input: LeakyBucketInput = { periods: 5, initialBase: 10_000, acquisition: 1_500, retention: 0.8, margin: 100, discountRate: 0.1 };
 * ```
 * @category Retention economics
 */
export interface LeakyBucketInput extends Partial<BucketSegment> {
  /** How many periods to project, an integer in 1…10,000. */
  readonly periods: number;
  /** Several buckets, one per segment (instead of the top-level bucket fields). */
  readonly segments?: readonly BucketSegment[] | undefined;
  /** Margin per customer per period, ≥ 0: enables the value figures. */
  readonly margin?: number | undefined;
  /** Discount rate per period ({@link DiscountRate}); required with `margin`. */
  readonly discountRate?: DiscountRate | undefined;
  /** The period's unit, to convert a `{ rate, per }` discount rate (and to match an sBG fit's unit). */
  readonly unit?: TimeUnit | undefined;
}

/**
 * The base over one period of a bucket.
 *
 * @example
 * ```ts
 * import type { BucketPeriod } from "clientele/value";
 * const p: BucketPeriod = { period: 1, churned: 2000, acquired: 1500, base: 9500 };
 * ```
 * @category Retention economics
 */
export interface BucketPeriod {
  /** 0 for the start, then 1, 2, … */
  readonly period: number;
  /** Customers lost in the period (expected). */
  readonly churned: number;
  /** Customers acquired at its end. */
  readonly acquired: number;
  /** Customers at its end (period 0: the initial base). */
  readonly base: number;
}

/**
 * What a one-point retention improvement (r → r + 0.01) is worth in a constant-retention bucket.
 *
 * @example
 * ```ts
 * import type { OnePointRetention } from "clientele/value";
 * const v: Pick<OnePointRetention, "clvGain"> = { clvGain: 19.8 };
 * ```
 * @category Retention economics
 */
export interface OnePointRetention {
  /** r. */
  readonly retention: number;
  /** r + 0.01. */
  readonly improvedRetention: number;
  /** m · r / (1 + i − r). */
  readonly clv: number;
  /** m · (r + 0.01) / (1 + i − r − 0.01). */
  readonly improvedClv: number;
  /** improvedClv − clv. */
  readonly clvGain: number;
  /** A / (1 − r − 0.01). */
  readonly improvedSteadyState: number;
  /** Steady-state base × clv. */
  readonly steadyStateValue: number;
  /** Improved steady-state base × improvedClv. */
  readonly improvedSteadyStateValue: number;
  /** improvedSteadyStateValue − steadyStateValue. */
  readonly valueGain: number;
  /** Customer-equity elasticity: (valueGain / steadyStateValue) / (0.01 / r) (absent when the value is 0). */
  readonly elasticity?: number | undefined;
}

/**
 * One bucket's flow and its figures (see {@link leakyBucket}).
 *
 * @example
 * ```ts
 * import type { BucketFlow } from "clientele/value";
 * const f: Pick<BucketFlow, "segment" | "steadyState"> = { segment: "all", steadyState: 7500 };
 * ```
 * @category Retention economics
 */
export interface BucketFlow {
  /** The segment. */
  readonly segment: string;
  /** `"constant"` or `"sbg"`. */
  readonly retentionModel: "constant" | "sbg";
  /** Periods 0…T. */
  readonly flows: readonly BucketPeriod[];
  /** Expected lifetime in periods, Σⱼ≥₀ S(j): 1/(1 − r), or (α + β − 1)/(α − 1) for the sBG. */
  readonly expectedLifetime: number;
  /** The base the flow tends to: N* = A · Σⱼ≥₀ S(j) (A / (1 − r) for a constant r). */
  readonly steadyState: number;
  /** Acquisitions that keep the base at its initial size in period 1: the period-1 churn. */
  readonly acquisitionToHoldFlat: number;
  /** The acquisition per period whose steady state is the initial base: N₀ / Σⱼ≥₀ S(j). */
  readonly steadyStateAcquisition: number;
  /** A customer's value m · Σₜ≥₁ S(t)/(1 + i)ᵗ (with a margin): m · r/(1 + i − r) for a constant r. */
  readonly clv?: number | undefined;
  /** The initial base's value, N₀ · clv (with a margin). */
  readonly baseValue?: number | undefined;
  /** A one-point retention improvement (constant r with a margin, and r + 0.01 < 1). */
  readonly onePoint?: OnePointRetention | undefined;
}

/**
 * The leaky bucket's result: the total flow and each bucket's (see {@link leakyBucket}).
 *
 * @example
 * ```ts
 * import type { LeakyBucket } from "clientele/value";
 * const b: Pick<LeakyBucket, "steadyState"> = { steadyState: 7500 };
 * ```
 * @category Retention economics
 */
export interface LeakyBucket {
  /** Periods 0…T, summed over the buckets. */
  readonly flows: readonly BucketPeriod[];
  /** Σ of the buckets' steady states. */
  readonly steadyState: number;
  /** Σ of their acquisitions to hold flat. */
  readonly acquisitionToHoldFlat: number;
  /** Σ of their steady-state acquisitions. */
  readonly steadyStateAcquisition: number;
  /** Σ of their base values (with a margin). */
  readonly baseValue?: number | undefined;
  /** Each bucket. */
  readonly segments: readonly BucketFlow[];
}

const MAX_PERIODS = 10_000;
const count = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(MAX_DOUBLE));
const SegmentSchema = /* @__PURE__ */ z.object({
  segment: /* @__PURE__ */ z.optional(LabelSchema),
  initialBase: count(),
  acquisition: count(),
  retention: /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lt(1)),
    /* @__PURE__ */ z.looseObject({}),
  ]),
});
const InputSchema = /* @__PURE__ */ z.object({
  periods: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(MAX_PERIODS)),
  segments: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(SegmentSchema).check(/* @__PURE__ */ z.minLength(1))),
  margin: /* @__PURE__ */ z.optional(count()),
  unit: /* @__PURE__ */ z.optional(TimeUnitSchema),
});

function survival(
  fn: string,
  retention: number | RetentionModel,
  periods: number,
  unit: TimeUnit | undefined,
  path: (string | number)[],
): { readonly s: Float64Array; readonly lifetime: number; readonly sbg: boolean } {
  if (typeof retention === "number") {
    const s = new Float64Array(periods + 1);
    let x = 1;
    for (let t = 0; t <= periods; t++) {
      s[t] = x;
      x *= retention;
    }
    return { s, lifetime: 1 / (1 - retention), sbg: false };
  }
  const s = survivalCurve(retention, periods);
  if (unit !== undefined && retention.unit !== unit) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: [...path, "unit"],
          message: `expected the bucket's period unit "${unit}", received "${retention.unit}"`,
        },
      ],
    });
  }
  if (!(retention.params.alpha > 1)) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: the sBG fit at ${path.join(".")} has α = ${retention.params.alpha} ≤ 1, so the expected lifetime and the steady state are infinite`,
    );
  }
  return { s, lifetime: discountedExpectedLifetime(retention, { discountRate: 0 }), sbg: true };
}

/**
 * The leaky bucket: a customer base over periods, filled by acquisition and drained by churn, per
 * segment or from an sBG fit; its steady state, the acquisition that holds it flat, and (with a margin
 * and a discount rate) what a one-point retention improvement is worth.
 *
 * @remarks
 * Convention: in each period the base churns (a share 1 − r, or as the sBG survival says), then the
 * period's A new customers join at its end. With survival S(j) (the share of a cohort still active j
 * periods after acquisition; S(j) = rʲ for a constant r) the base at the end of period t is
 * Nₜ = N₀·S(t) + A·Σⱼ₌₀..ₜ₋₁ S(j) — for an sBG fit the initial base is taken as one cohort just acquired.
 * As t grows Nₜ → **N\* = A · Σⱼ≥₀ S(j)**, the acquisition rate times the expected lifetime. For a constant r
 * this is the fixed point of Nₜ = r·Nₜ₋₁ + A: N\* = A / (1 − r), since Nₜ − N\* = rᵗ(N₀ − N\*). Holding the
 * base at N₀ needs A = N₀ / Σⱼ S(j) (= (1 − r)·N₀) in steady state; `acquisitionToHoldFlat` is the
 * period-1 churn. The customer value is m · Σₜ≥₁ S(t)/(1 + i)ᵗ, margins at period ends from retained
 * customers, which for a constant r is Gupta, Lehmann & Stuart's (2004, *JMR* 41(1)) margin multiple
 * m · r/(1 + i − r) ({@link marginMultiple}); for the sBG it is m · (DEL − 1) with clientele/clv's
 * discounted expected lifetime. The discount rate follows the one {@link DiscountRate} convention.
 *
 * @param input - The bucket or segments, the horizon, and the value parameters.
 * @returns The flows and figures, total and per segment.
 * @throws {@link ClienteleInputError} `invalid_input` at `input.…` for a bad field, both or neither of the
 *   top-level bucket and `segments`, a margin without a discount rate, or an sBG fit in another unit than
 *   `unit`; a bad fit throws as clientele/clv's `survivalCurve`.
 * @throws {@link ClienteleDomainError} `domain_error` for an sBG fit with α ≤ 1 (infinite expected lifetime), or a
 *   figure that overflows the largest double.
 * @example
 * ```ts
 * import { leakyBucket } from "clientele/value";
 * const b = leakyBucket({ periods: 2, initialBase: 10_000, acquisition: 1_500, retention: 0.8, margin: 100, discountRate: 0.1 });
 * b.flows.map((p) => p.base); // => [10000, 9500, 9100]
 * b.steadyState; // => 7500 (1500 / (1 − 0.8))
 * b.acquisitionToHoldFlat; // => 2000
 * b.segments[0]?.clv; // => 266.66… (100 × 0.8 / 0.3)
 * ```
 * @category Retention economics
 */
export function leakyBucket(input: LeakyBucketInput): LeakyBucket {
  const fn = "leakyBucket";
  const o = parseInput(fn, InputSchema, input, ["input"]);
  const raw = input as unknown as Record<string, unknown>;
  const topLevel = raw.initialBase !== undefined || raw.acquisition !== undefined || raw.retention !== undefined;
  if (topLevel === (o.segments !== undefined)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["input", "segments"],
          message: "expected either one bucket (initialBase, acquisition, retention) or segments, not both or neither",
        },
      ],
    });
  }
  const specs = topLevel
    ? [
        {
          ...parseInput(
            fn,
            SegmentSchema,
            {
              initialBase: raw.initialBase,
              acquisition: raw.acquisition,
              retention: raw.retention,
              ...(raw.segment === undefined ? {} : { segment: raw.segment }),
            },
            ["input"],
          ),
          base: ["input"],
        },
      ]
    : (o.segments ?? []).map((s, i) => ({ ...s, base: ["input", "segments", i] }));
  let rate: number | undefined;
  if (o.margin !== undefined) {
    if (raw.discountRate === undefined) {
      throw new ClienteleInputError(`${fn}: invalid input`, {
        issues: [
          {
            code: "invalid_value",
            path: ["input", "discountRate"],
            message: "expected a discount rate with the margin",
          },
        ],
      });
    }
    rate = resolveDiscountRate(fn, raw.discountRate, o.unit, ["input", "discountRate"], "period");
  }
  const T = o.periods;
  const totals = Array.from({ length: T + 1 }, () => ({ churned: 0, acquired: 0, base: 0 }));
  const segments: BucketFlow[] = specs.map((spec) => {
    const retention = spec.retention as number | RetentionModel;
    const { s, lifetime, sbg } = survival(fn, retention, T, o.unit, [...spec.base, "retention"]);
    const n0 = spec.initialBase;
    const a = spec.acquisition;
    const flows: BucketPeriod[] = [{ period: 0, churned: 0, acquired: 0, base: n0 }];
    let cum = 0;
    let prev = n0;
    for (let t = 1; t <= T; t++) {
      cum += s[t - 1]!;
      const base = n0 * s[t]! + a * cum;
      const churned = prev + a - base;
      flows.push({ period: t, churned, acquired: a, base });
      prev = base;
    }
    flows.forEach((p, t) => {
      const tot = totals[t]!;
      tot.churned += p.churned;
      tot.acquired += p.acquired;
      tot.base += p.base;
    });
    const steadyState = a * lifetime;
    const out: BucketFlow = {
      segment: spec.segment ?? "all",
      retentionModel: sbg ? "sbg" : "constant",
      flows,
      expectedLifetime: lifetime,
      steadyState,
      acquisitionToHoldFlat: n0 * (1 - s[1]!),
      steadyStateAcquisition: n0 / lifetime,
    };
    if (o.margin === undefined || rate === undefined) return out;
    const m = o.margin;
    const i = rate;
    if (typeof retention !== "number") {
      const clv = m * (discountedExpectedLifetime(retention, { discountRate: i }) - 1);
      return { ...out, clv, baseValue: n0 * clv };
    }
    const r = retention;
    const clv = (m * r) / (1 + i - r);
    const value = { ...out, clv, baseValue: n0 * clv };
    const r1 = r + 0.01;
    if (!(r1 < 1)) return value;
    const improvedClv = (m * r1) / (1 + i - r1);
    const improvedSteadyState = a / (1 - r1);
    const steadyStateValue = steadyState * clv;
    const improvedSteadyStateValue = improvedSteadyState * improvedClv;
    const valueGain = improvedSteadyStateValue - steadyStateValue;
    return {
      ...value,
      onePoint: {
        retention: r,
        improvedRetention: r1,
        clv,
        improvedClv,
        clvGain: improvedClv - clv,
        improvedSteadyState,
        steadyStateValue,
        improvedSteadyStateValue,
        valueGain,
        ...(steadyStateValue > 0 && r > 0 ? { elasticity: valueGain / steadyStateValue / (0.01 / r) } : {}),
      },
    };
  });
  const sum = (f: (b: BucketFlow) => number) => segments.reduce((x, b) => x + f(b), 0);
  const result: LeakyBucket = {
    flows: totals.map((t, period) => ({ period, ...t })),
    steadyState: sum((b) => b.steadyState),
    acquisitionToHoldFlat: sum((b) => b.acquisitionToHoldFlat),
    steadyStateAcquisition: sum((b) => b.steadyStateAcquisition),
    ...(o.margin === undefined ? {} : { baseValue: sum((b) => b.baseValue ?? 0) }),
    segments,
  };
  checkFiniteFigures(fn, result.flows, "flows");
  for (const s of result.segments) {
    checkFiniteFigures(fn, s.flows, `segments.${s.segment}.flows`);
    checkFiniteFigures(fn, { ...s, flows: [] }, `segments.${s.segment}`);
  }
  checkFiniteFigures(fn, { ...result, flows: [], segments: [] });
  return result;
}
