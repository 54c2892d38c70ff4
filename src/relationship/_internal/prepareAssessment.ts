import { describeReceived } from "../../_lib/describeReceived.ts";
import { exactUnitFactor } from "../../_lib/exactUnitFactor.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { readAsOfMs } from "../../_lib/readRecordEvents.ts";
import type { CountModel } from "../../clv/CountModelFit.ts";
import { expectedAverageSpend } from "../../clv/gammaGamma/expectedAverageSpend.ts";
import type { SpendModel } from "../../clv/gammaGamma/GammaGammaFit.ts";
import { customerLifetimeValue } from "../../clv/lifetimeValue/customerLifetimeValue.ts";
import { probabilityAlive } from "../../clv/predictions/probabilityAlive.ts";
import { ClienteleInputError, isClienteleError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import {
  createSwitchingRiskAssessor,
  type SwitchingRiskAssessor,
} from "../../retention/createSwitchingRiskAssessor.ts";
import { type PreparedRules, prepareRules } from "../../rules/prepareRules.ts";
import type { RuleRecord, RuleSet } from "../../rules/ruleSet.ts";
import { type CoreTerminationRules, coreTerminationRules } from "../../termination/coreTerminationRules.ts";
import { crmJobRules } from "../crmJobRules.ts";
import type { RelationshipConfig } from "../RelationshipConfigSchema.ts";
import type { RelationshipContext } from "../RelationshipContext.ts";
import { resolveRelationshipConfig } from "./resolveRelationshipConfig.ts";

type Path = readonly (string | number)[];

/**
 * A context read and checked once: the configuration with its defaults, the date, the fits, and the
 * rule sets and assessors prepared for every record.
 *
 * @internal
 */
export interface PreparedAssessment {
  /** The resolved configuration. */
  readonly config: RelationshipConfig;
  /** The date. */
  readonly asOf: Date;
  /** The count model, if any. */
  readonly countFit: CountModel | undefined;
  /** The spend model, if any. */
  readonly spendFit: SpendModel | undefined;
  /** The forecast horizon in the fit's unit, when a fit and a horizon are given. */
  readonly horizonInFitUnits: number | undefined;
  /** The switching-risk assessor at `asOf`. */
  readonly switchingRisk: SwitchingRiskAssessor;
  /** The termination rules with their config. */
  readonly terminationRules: PreparedRules<CoreTerminationRules>;
  /** The CRM job rules with their config. */
  readonly jobRules: PreparedRules<RuleRecord>;
}

const CONTEXT_ONLY = new Set(["asOf", "countFit", "spendFit", "jobRules"]);

/**
 * Reads a context once (issue paths under `context`).
 *
 * @param fn - The public function.
 * @param context - The context.
 * @returns The prepared assessment.
 * @internal
 */
export function prepareAssessment(fn: string, context: RelationshipContext): PreparedAssessment {
  if (!isPlainObject(context as unknown)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["context"],
          message: `expected a context { asOf, … }, received ${describeReceived(context)}`,
        },
      ],
    });
  }
  const asOfMs = readAsOfMs(fn, context.asOf, ["context", "asOf"]);
  const asOf = new Date(asOfMs);
  const configInput: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(context)) if (!CONTEXT_ONLY.has(k)) configInput[k] = v;
  const config = resolveRelationshipConfig(fn, configInput, ["context"]);
  const countFit = context.countFit;
  const spendFit = context.spendFit;
  if (countFit !== undefined) checkCountFit(fn, countFit);
  if (spendFit !== undefined) checkSpendFit(fn, spendFit);
  let horizonInFitUnits: number | undefined;
  if (countFit !== undefined && config.forecast !== undefined) {
    horizonInFitUnits = horizonIn(fn, config.forecast.horizon, countFit.unit);
    if (spendFit !== undefined && config.discountRate !== undefined && config.grossMarginRate !== undefined) {
      // Checks the horizon, period and rate against the fit once (a bad unit or period throws here).
      rethrowUnder(fn, () =>
        customerLifetimeValue({
          countFit,
          spendFit,
          customers: { frequency: 1, recency: 1, T: 2, monetaryValue: 1 },
          horizon: config.forecast!.horizon,
          period: config.forecast!.period,
          discountRate: config.discountRate!,
          margin: config.grossMarginRate!,
        }),
      );
    }
  }
  const switchingRisk = rethrowUnder(fn, () =>
    createSwitchingRiskAssessor({
      asOf,
      fit: countFit,
      levels: config.switchingRisk.levels,
      config: config.switchingRisk.rules as never,
    }),
  );
  const terminationRules = prepareRules(coreTerminationRules, config.termination.rules as never);
  const jobSet = (context.jobRules ?? crmJobRules) as RuleSet<RuleRecord>;
  const jobRules = prepareRules(jobSet, config.jobs.rules as never);
  return { config, asOf, countFit, spendFit, horizonInFitUnits, switchingRisk, terminationRules, jobRules };
}

/** The horizon in fit units (exact conversions only). */
function horizonIn(fn: string, horizon: unknown, unit: CountModel["unit"]): number {
  if (typeof horizon === "number") return horizon;
  const h = horizon as { length: number; unit: CountModel["unit"] };
  const factor = exactUnitFactor(h.unit, unit);
  if (factor === undefined) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["context", "forecast", "horizon", "unit"],
          message: `expected a unit with an exact ratio to the fit's unit ${unit}, received ${h.unit} (give the horizon in ${unit}s)`,
        },
      ],
    });
  }
  return h.length * factor;
}

function checkCountFit(fn: string, fit: unknown): void {
  const model = isPlainObject(fit) ? fit.model : undefined;
  if (model !== "bg-nbd" && model !== "mbg-nbd" && model !== "pareto-nbd") {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["context", "countFit"],
          message: `expected a BG/NBD, MBG/NBD or Pareto/NBD fit { model, params, unit }, received ${
            isPlainObject(fit) ? `model ${describeReceived(model)}` : describeReceived(fit)
          }`,
        },
      ],
    });
  }
  rethrowUnder(fn, () => probabilityAlive(fit as CountModel, { frequency: 0, recency: 0, T: 1 }), ["countFit"]);
}

function checkSpendFit(fn: string, fit: unknown): void {
  if (!isPlainObject(fit) || fit.model !== "gamma-gamma") {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["context", "spendFit"],
          message: `expected a Gamma-Gamma fit { model: "gamma-gamma", params }, received ${describeReceived(fit)}`,
        },
      ],
    });
  }
  rethrowUnder(fn, () => expectedAverageSpend(fit as SpendModel, { frequency: 1, monetaryValue: 1 }), ["spendFit"]);
}

/** Where the options of the area functions sit in the context. */
const CONTEXT_PATH: Readonly<Record<string, Path>> = {
  countFit: ["countFit"],
  fit: ["countFit"],
  spendFit: ["spendFit"],
  horizon: ["forecast", "horizon"],
  period: ["forecast", "period"],
  discountRate: ["discountRate"],
  margin: ["grossMarginRate"],
  levels: ["switchingRisk", "levels"],
  config: ["switchingRisk", "rules"],
};

/**
 * Runs a check of an area function and re-throws its `invalid_input` with the issue paths under
 * `context` (the area's `options.fit` becomes `context.countFit`, …).
 *
 * @internal
 */
function rethrowUnder<T>(fn: string, run: () => T, prefix?: Path): T {
  try {
    return run();
  } catch (error) {
    if (!isClienteleError(error, "invalid_input")) throw error;
    const issues: ClienteleIssue[] = error.issues.map((issue) => ({
      ...issue,
      path: ["context", ...contextPath(issue.path, prefix)],
    }));
    throw new ClienteleInputError(`${fn}: invalid input`, { issues, issueCount: error.issueCount, cause: error });
  }
}

function contextPath(path: readonly PropertyKey[], prefix: Path | undefined): (string | number)[] {
  const p = (path[0] === "options" ? path.slice(1) : path) as (string | number)[];
  if (prefix !== undefined) return [...prefix, ...(p[0] === prefix[0] ? p.slice(1) : p)];
  const head = p[0];
  const mapped = typeof head === "string" ? CONTEXT_PATH[head] : undefined;
  return mapped === undefined ? p : [...mapped, ...p.slice(1)];
}
