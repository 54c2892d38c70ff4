import * as z from "zod/mini";
import { MAX_DOUBLE } from "../_lib/numberLimits.ts";
import type { DiscountRate } from "../clv/DiscountRate.ts";
import { discountedExpectedResidualLifetime } from "../clv/shiftedBetaGeometric/discountedExpectedResidualLifetime.ts";
import type { PaymentTiming } from "../clv/shiftedBetaGeometric/RetentionDiscountingOptions.ts";
import type { RetentionModel } from "../clv/shiftedBetaGeometric/RetentionModel.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { LabelSchema } from "../schema/primitives.ts";
import { checkFiniteFigures } from "./_internal/checkFiniteFigures.ts";

/**
 * A defecting customer's lifetime value from a fitted sBG model: margin × DERL, the discounted expected
 * residual lifetime at the customer's tenure (clientele/clv's `discountedExpectedResidualLifetime`).
 *
 * @example
 * ```ts
 * import type { LifetimeValueFromFit } from "clientele/value";
 * const fromFit: LifetimeValueFromFit = {
 *   fit: { model: "shifted-beta-geometric", params: { alpha: 3.8, beta: 15.2 }, unit: "year" },
 *   margin: 200, renewals: 2, discountRate: 0.1,
 * };
 * ```
 * @category Retention economics
 */
export interface LifetimeValueFromFit {
  /** The fitted sBG model. */
  readonly fit: RetentionModel;
  /** Margin per customer per period of the fit, ≥ 0. */
  readonly margin: number;
  /** Renewals the typical defector had made (their tenure), an integer ≥ 0. */
  readonly renewals: number;
  /** The discount rate ({@link DiscountRate}). */
  readonly discountRate: DiscountRate;
  /** Payment timing (default `"start"`, as clientele/clv). */
  readonly timing?: PaymentTiming | undefined;
}

/**
 * A cause of defection and how many defectors it accounts for (from exit interviews, complaint and
 * switching data).
 *
 * @example
 * ```ts
 * import type { DefectionCause } from "clientele/value";
 * const c: DefectionCause = { cause: "poor service", defectors: 120, manageable: true };
 * ```
 * @category Retention economics
 */
export interface DefectionCause {
  /** The cause. */
  readonly cause: string;
  /** Defectors it accounts for, ≥ 0. */
  readonly defectors: number;
  /** Whether the firm can act on it (poor service, price) or not (the customer moved away, went out of business). */
  readonly manageable?: boolean | undefined;
}

/**
 * A cause of defection with its share of the defectors and the profit lost with them (see
 * {@link RetentionEconomics}).
 *
 * @example
 * ```ts
 * import type { AttritionCause } from "clientele/value";
 * const c: AttritionCause = { cause: "poor service", defectors: 600, manageable: true, share: 0.6, profitLost: 720_000 };
 * ```
 * @category Retention economics
 */
export interface AttritionCause extends DefectionCause {
  /** defectors / all defectors. */
  readonly share: number;
  /** defectors × lifetime value. */
  readonly profitLost: number;
}

/**
 * A measure that would reduce defection: what it costs and how many defections it would avoid.
 *
 * @example
 * ```ts
 * import type { RetentionMeasure } from "clientele/value";
 * const m: RetentionMeasure = { measure: "service training", cost: 40_000, defectionsAvoided: 60 };
 * ```
 * @category Retention economics
 */
export interface RetentionMeasure {
  /** The measure's name, unique. */
  readonly measure: string;
  /** Its cost, ≥ 0. */
  readonly cost: number;
  /** Defections it would avoid, ≥ 0 (the measures' effects are taken as additive). */
  readonly defectionsAvoided: number;
}

/**
 * Input of {@link retentionEconomics}.
 *
 * @example
 * ```ts
 * import type { RetentionEconomicsInput } from "clientele/value";
 * const input: RetentionEconomicsInput = { customersAtStart: 5000, customersRetained: 4000, lifetimeValue: 1200 };
 * ```
 * @category Retention economics
 */
export interface RetentionEconomicsInput {
  /** Customers at the start of the period, > 0. */
  readonly customersAtStart: number;
  /** Of those, still customers at its end (give this or `retentionRate`). */
  readonly customersRetained?: number | undefined;
  /** The period's retention rate in [0, 1] (give this or `customersRetained`). */
  readonly retentionRate?: number | undefined;
  /** The causes of attrition, when known. */
  readonly causes?: readonly DefectionCause[] | undefined;
  /** A defector's lifetime value: an amount ≥ 0, or from an sBG fit. */
  readonly lifetimeValue: number | LifetimeValueFromFit;
  /** The measures considered to reduce defection. */
  readonly measures?: readonly RetentionMeasure[] | undefined;
}

/**
 * One measure assessed (see {@link RetentionEconomics}).
 *
 * @example
 * ```ts
 * import type { AssessedMeasure } from "clientele/value";
 * const m: Pick<AssessedMeasure, "measure" | "worthwhile"> = { measure: "service training", worthwhile: true };
 * ```
 * @category Retention economics
 */
export interface AssessedMeasure extends RetentionMeasure {
  /** defectionsAvoided × lifetime value. */
  readonly profitSaved: number;
  /** profitSaved − cost. */
  readonly net: number;
  /** cost / defectionsAvoided (absent when none are avoided). */
  readonly costPerDefectionAvoided?: number | undefined;
  /** cost < profitSaved. */
  readonly worthwhile: boolean;
}

/**
 * Kotler's retention cost analysis, step by step (see {@link retentionEconomics}).
 *
 * @example
 * ```ts
 * import type { RetentionEconomics } from "clientele/value";
 * const r: Pick<RetentionEconomics["retention"], "retentionRate"> = { retentionRate: 0.8 };
 * ```
 * @category Retention economics
 */
export interface RetentionEconomics {
  /** Step 1: the retention rate. */
  readonly retention: {
    /** Customers at the start. */
    readonly customersAtStart: number;
    /** Still customers at the end. */
    readonly customersRetained: number;
    /** customersAtStart − customersRetained. */
    readonly defectors: number;
    /** customersRetained / customersAtStart. */
    readonly retentionRate: number;
    /** 1 − retentionRate. */
    readonly defectionRate: number;
  };
  /** Step 2: the causes of attrition (when given), largest first, with their share of defectors and profit lost. */
  readonly attrition?:
    | {
        /** The causes, largest first. */
        readonly causes: readonly AttritionCause[];
        /** Defectors whose cause is manageable. */
        readonly manageableDefectors: number;
        /** Defectors no cause accounts for. */
        readonly unexplainedDefectors: number;
      }
    | undefined;
  /** Step 3: the profit lost with the defectors. */
  readonly profitLost: {
    /** A defector's lifetime value. */
    readonly lifetimeValue: number;
    /** Where it comes from. */
    readonly source: "given" | "sbg";
    /** defectors × lifetimeValue. */
    readonly total: number;
    /** manageable defectors × lifetimeValue (with causes). */
    readonly manageable?: number | undefined;
  };
  /** Step 4: the cost of reducing defection, per measure, cheapest per avoided defection first. */
  readonly measures: readonly AssessedMeasure[];
  /** Step 5: spend on the measures whose cost is below the profit they save. */
  readonly decision: {
    /** Whether any measure is worth its cost. */
    readonly spend: boolean;
    /** The worthwhile measures. */
    readonly measures: readonly string[];
    /** Their cost. */
    readonly cost: number;
    /** The profit they save. */
    readonly profitSaved: number;
    /** profitSaved − cost. */
    readonly net: number;
    /** The most worth spending to avoid every (manageable, when causes are given) defection: that profit lost. */
    readonly maxJustifiedSpend: number;
  };
}

const nonNeg = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(MAX_DOUBLE));
const Schema = /* @__PURE__ */ z.strictObject({
  customersAtStart: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(MAX_DOUBLE)),
  customersRetained: /* @__PURE__ */ z.optional(nonNeg()),
  retentionRate: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1)),
  ),
  causes: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.strictObject({
        cause: LabelSchema,
        defectors: nonNeg(),
        manageable: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
      }),
    ),
  ),
  lifetimeValue: /* @__PURE__ */ z.union([
    nonNeg(),
    /* @__PURE__ */ z.looseObject({ fit: /* @__PURE__ */ z.looseObject({}), margin: nonNeg() }),
  ]),
  measures: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.strictObject({ measure: LabelSchema, cost: nonNeg(), defectionsAvoided: nonNeg() }),
    ),
  ),
});

function bad(fn: string, path: (string | number)[], message: string): never {
  throw new ClienteleInputError(`${fn}: invalid input`, { issues: [{ code: "invalid_value", path, message }] });
}

/**
 * Kotler's retention cost analysis in steps: the retention rate; the causes of attrition and which the
 * firm can manage; the profit lost with the defectors (their lifetime value, given or from an sBG fit);
 * the cost of reducing defection, per measure; and the decision — spend on a measure while its cost is
 * below the profit it saves. Each step's figures are returned.
 *
 * @remarks
 * Kotler (*Marketing Management*, "reducing the rate of customer defection"): define and measure the
 * retention rate; distinguish the causes of attrition and identify those that can be managed better;
 * estimate the profit lost when customers defect — the customer's lifetime value; figure out what it
 * would cost to reduce the defection rate; as long as the cost is less than the lost profit, spend it.
 * The measures' effects are taken as additive and may not avoid more defections in total than there are.
 * With `lifetimeValue` from a fit, a defector's value is margin × DERL (clientele/clv, Fader & Hardie
 * 2010) at the stated tenure, discounted by the one {@link DiscountRate} convention.
 *
 * @param input - The counts, causes, lifetime value and measures.
 * @returns Each step's figures.
 * @throws {@link ClienteleInputError} `invalid_input` at `input.…`: neither or both of `customersRetained`
 *   and `retentionRate`, more retained than at the start, causes or measures accounting for more defectors
 *   than there are, a repeated measure or cause, a bad fit (as clientele/clv's DERL).
 * @throws {@link ClienteleDomainError} `domain_error` if a figure overflows.
 * @example
 * ```ts
 * import { retentionEconomics } from "clientele/value";
 * const r = retentionEconomics({
 *   customersAtStart: 5000, customersRetained: 4000, lifetimeValue: 1200,
 *   causes: [{ cause: "poor service", defectors: 600, manageable: true }, { cause: "moved away", defectors: 300, manageable: false }],
 *   measures: [{ measure: "service training", cost: 150_000, defectionsAvoided: 200 }, { measure: "loyalty gifts", cost: 300_000, defectionsAvoided: 100 }],
 * });
 * r.retention.retentionRate; // => 0.8
 * r.profitLost.total; // => 1200000
 * r.decision.measures; // => ["service training"] (150,000 < 240,000; 300,000 > 120,000)
 * ```
 * @category Retention economics
 */
export function retentionEconomics(input: RetentionEconomicsInput): RetentionEconomics {
  const fn = "retentionEconomics";
  const o = parseInput(fn, Schema, input, ["input"]);
  const n = o.customersAtStart;
  if ((o.customersRetained === undefined) === (o.retentionRate === undefined)) {
    bad(fn, ["input", "customersRetained"], "expected either customersRetained or retentionRate, not both or neither");
  }
  if (o.customersRetained !== undefined && o.customersRetained > n) {
    bad(
      fn,
      ["input", "customersRetained"],
      `expected at most customersAtStart (${n}), received ${o.customersRetained}`,
    );
  }
  const retained = o.customersRetained ?? n * (o.retentionRate as number);
  const defectors = n - retained;
  const retention = {
    customersAtStart: n,
    customersRetained: retained,
    defectors,
    retentionRate: retained / n,
    defectionRate: defectors / n,
  };

  let lifetimeValue: number;
  let source: "given" | "sbg";
  if (typeof o.lifetimeValue === "number") {
    lifetimeValue = o.lifetimeValue;
    source = "given";
  } else {
    const spec = input.lifetimeValue as LifetimeValueFromFit;
    const derl = discountedExpectedResidualLifetime(spec.fit, {
      renewals: spec.renewals,
      discountRate: spec.discountRate,
      ...(spec.timing === undefined ? {} : { timing: spec.timing }),
    });
    lifetimeValue = o.lifetimeValue.margin * derl;
    source = "sbg";
  }

  let attrition: RetentionEconomics["attrition"];
  if (o.causes !== undefined) {
    const seen = new Set<string>();
    let explained = 0;
    let manageable = 0;
    o.causes.forEach((c, i) => {
      if (seen.has(c.cause)) bad(fn, ["input", "causes", i, "cause"], `duplicate cause "${c.cause}"`);
      seen.add(c.cause);
      explained += c.defectors;
      if (c.manageable === true) manageable += c.defectors;
    });
    if (explained > defectors * (1 + 1e-12)) {
      bad(
        fn,
        ["input", "causes"],
        `the causes account for ${explained} defectors, more than the ${defectors} there are`,
      );
    }
    const causes = o.causes
      .map((c) => ({
        ...c,
        share: defectors > 0 ? c.defectors / defectors : 0,
        profitLost: c.defectors * lifetimeValue,
      }))
      .sort((a, b) => b.defectors - a.defectors || (a.cause < b.cause ? -1 : a.cause > b.cause ? 1 : 0));
    attrition = { causes, manageableDefectors: manageable, unexplainedDefectors: Math.max(0, defectors - explained) };
  }
  const total = defectors * lifetimeValue;
  const profitLost = {
    lifetimeValue,
    source,
    total,
    ...(attrition === undefined ? {} : { manageable: attrition.manageableDefectors * lifetimeValue }),
  };

  const seenMeasures = new Set<string>();
  let avoided = 0;
  (o.measures ?? []).forEach((m, i) => {
    if (seenMeasures.has(m.measure)) bad(fn, ["input", "measures", i, "measure"], `duplicate measure "${m.measure}"`);
    seenMeasures.add(m.measure);
    avoided += m.defectionsAvoided;
  });
  if (avoided > defectors * (1 + 1e-12)) {
    bad(fn, ["input", "measures"], `the measures avoid ${avoided} defections, more than the ${defectors} there are`);
  }
  const measures: AssessedMeasure[] = (o.measures ?? [])
    .map((m) => {
      const profitSaved = m.defectionsAvoided * lifetimeValue;
      return {
        ...m,
        profitSaved,
        net: profitSaved - m.cost,
        ...(m.defectionsAvoided > 0 ? { costPerDefectionAvoided: m.cost / m.defectionsAvoided } : {}),
        worthwhile: m.cost < profitSaved,
      };
    })
    .sort(
      (a, b) =>
        (a.costPerDefectionAvoided ?? Number.POSITIVE_INFINITY) -
          (b.costPerDefectionAvoided ?? Number.POSITIVE_INFINITY) ||
        (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0),
    );
  const chosen = measures.filter((m) => m.worthwhile);
  const cost = chosen.reduce((s, m) => s + m.cost, 0);
  const saved = chosen.reduce((s, m) => s + m.profitSaved, 0);
  const decision = {
    spend: chosen.length > 0,
    measures: chosen.map((m) => m.measure),
    cost,
    profitSaved: saved,
    net: saved - cost,
    maxJustifiedSpend: profitLost.manageable ?? total,
  };
  const result = { retention, ...(attrition === undefined ? {} : { attrition }), profitLost, measures, decision };
  checkFiniteFigures(fn, result);
  return result;
}
