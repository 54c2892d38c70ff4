import { describeReceived } from "../_lib/describeReceived.ts";
import { isPlainObject } from "../_lib/isPlainObject.ts";
import type { BondInstrument } from "../customers/BondInstrumentSchema.ts";
import type { BondLevel } from "../customers/BondLevelSchema.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { type EvaluateRulesResult, evaluateRules } from "../rules/evaluateRules.ts";
import type { RuleSetConfig } from "../rules/RuleSetConfig.ts";
import type { RuleRecord, RuleSet } from "../rules/ruleSet.ts";
import { type BondProfile, bondProfile } from "./bondProfile.ts";
import type { BondWeights } from "./PerBondLevel.ts";
import {
  type RetentionLever,
  type RetentionLeverFacts,
  type RetentionLeverRules,
  retentionLeverRules,
} from "./retentionLeverRules.ts";

const FN = "recommendRetentionLevers";

/**
 * Options of {@link recommendRetentionLevers}.
 *
 * @typeParam Rules - The rules of the set used (default: {@link retentionLeverRules}).
 * @example
 * ```ts
 * import type { RecommendRetentionLeversOptions } from "clientele/bonds";
 * const options: RecommendRetentionLeversOptions = {
 *   asOf: "2024-06-30",
 *   satisfaction: 0.85,
 *   varietySeeking: 0.7,
 *   config: { "variety-seeker-technical-lever": "off" },
 * };
 * ```
 * @category Retention levers
 */
export interface RecommendRetentionLeversOptions<Rules extends RuleRecord = RetentionLeverRules> {
  /** The date to profile a record at (required for a record or instruments; a profile carries its own). */
  readonly asOf?: Date | string | undefined;
  /** Satisfaction in [0, 1], when known. */
  readonly satisfaction?: number | undefined;
  /** Variety-seeking tendency in [0, 1], when known. */
  readonly varietySeeking?: number | undefined;
  /** Strength weights for profiling a record (see {@link bondProfile}). */
  readonly weights?: Partial<BondWeights> | undefined;
  /** Strength saturation for profiling a record (see {@link bondProfile}). */
  readonly saturation?: number | undefined;
  /** Kind catalogue for profiling a record (see {@link defineBondKinds}). */
  readonly kinds?: Readonly<Record<string, BondLevel>> | undefined;
  /** The rule set (default {@link retentionLeverRules}); an extended set's rules read {@link RetentionLeverFacts}. */
  readonly rules?: RuleSet<Rules> | undefined;
  /** Per-rule `"off"` or option overrides, typed from the set. */
  readonly config?: RuleSetConfig<Rules> | undefined;
}

/**
 * What {@link recommendRetentionLevers} returns: the rule engine's result, the profile the rules read,
 * and the distinct levers the findings recommend.
 *
 * @typeParam Id - The rule ids of the set.
 * @example
 * ```ts
 * import { recommendRetentionLevers, type RetentionLeverRecommendation } from "clientele/bonds";
 * const r: RetentionLeverRecommendation = recommendRetentionLevers([], { asOf: "2024-06-30", satisfaction: 0.3 });
 * r.findings[0]?.ruleId; // => "dissatisfied-fix-service-first"
 * r.levers; // => []
 * ```
 * @category Retention levers
 */
export interface RetentionLeverRecommendation<Id extends string = keyof RetentionLeverRules & string>
  extends EvaluateRulesResult<Id> {
  /** The bond profile the rules read. */
  readonly profile: BondProfile;
  /** The levers recommended by at least one finding (`data.lever`), in the order economic, social, technical. */
  readonly levers: readonly RetentionLever[];
}

const LEVERS: readonly RetentionLever[] = ["economic", "social", "technical"];

/**
 * Which technical, economic and social retention levers apply to a customer, and why: runs the
 * {@link retentionLeverRules} (or an extended set) on the customer's bond profile, satisfaction and
 * variety seeking.
 *
 * @remarks
 * - A satisfied variety seeker gets the levers for each level they lack (a satisfied customer may still
 *   leave for novelty; bonds make trying a rival cost something); a dissatisfied one gets a `correct`
 *   finding instead (fix the service before binding); a bonded one gets the missing lower levels or the
 *   next level up. See {@link retentionLeverRules} for the rules and their thresholds.
 * - Given a record or instruments, the profile is made with {@link bondProfile} at `asOf`; given a
 *   profile, it is used as is (and `asOf`, `weights`, `saturation`, `kinds` must not be passed).
 * - Unknown satisfaction or variety seeking is left out: rules that need it do not fire.
 *
 * @param input - A bond profile, a customer record, or one customer's instruments.
 * @param options - `asOf` (for a record), `satisfaction`, `varietySeeking`, and optionally the rule set and its config.
 * @returns The findings (most severe first), the profile, and the levers recommended.
 * @throws {@link ClienteleInputError} `invalid_input` if `satisfaction` or `varietySeeking` is outside [0, 1],
 * `asOf` is missing for a record, profiling options come with a profile, or the record or config is invalid.
 * @throws {@link ClienteleDomainError} `unknown_rule` if the config names a rule not in the set.
 * @example
 * ```ts
 * import { recommendRetentionLevers } from "clientele/bonds";
 * import { parseBondInstruments } from "clientele/customers";
 * const bonds = parseBondInstruments([
 *   { customerId: "c1", level: "financial", kind: "stamp-card", start: "2024-01-01" },
 * ]);
 * const r = recommendRetentionLevers(bonds, { asOf: "2024-06-30", satisfaction: 0.9, varietySeeking: 0.8 });
 * r.levers; // => ["social", "technical"]
 * r.findings.map((f) => f.ruleId); // => ["variety-seeker-social-lever", "variety-seeker-technical-lever"]
 * ```
 * @category Retention levers
 */
export function recommendRetentionLevers<Rules extends RuleRecord = RetentionLeverRules>(
  input: BondProfile | CustomerRecord | readonly BondInstrument[],
  options: RecommendRetentionLeversOptions<Rules>,
): RetentionLeverRecommendation<keyof Rules & string> {
  if (!isPlainObject(options as unknown)) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [
        { code: "invalid_type", path: ["options"], message: `expected options, received ${describeReceived(options)}` },
      ],
    });
  }
  const issues: ClienteleIssue[] = [];
  for (const key of ["satisfaction", "varietySeeking"] as const) {
    const v = options[key];
    if (v !== undefined && (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 1)) {
      issues.push({
        code: "invalid_type",
        path: ["options", key],
        message: `expected number in [0, 1], received ${describeReceived(v)}`,
      });
    }
  }
  const given = isProfile(input);
  if (given) {
    for (const key of ["asOf", "weights", "saturation", "kinds"] as const) {
      if (options[key] !== undefined) {
        issues.push({
          code: "custom",
          path: ["options", key],
          message: `expected no ${key} with a bond profile (it was made with its own), received ${describeReceived(options[key])}`,
        });
      }
    }
  }
  if (issues.length > 0) throw new ClienteleInputError(`${FN}: invalid input`, { issues });
  const profile = given
    ? (input as BondProfile)
    : bondProfile(input as CustomerRecord | readonly BondInstrument[], {
        asOf: options.asOf as Date | string,
        weights: options.weights,
        saturation: options.saturation,
        kinds: options.kinds,
      });
  const facts: RetentionLeverFacts = {
    profile,
    ...(options.satisfaction === undefined ? {} : { satisfaction: options.satisfaction }),
    ...(options.varietySeeking === undefined ? {} : { varietySeeking: options.varietySeeking }),
  };
  const set = (options.rules ?? retentionLeverRules) as unknown as RuleSet<Rules>;
  const result = evaluateRules(set, facts as never, options.config as never);
  const seen = new Set<unknown>();
  for (const f of result.findings) if (f.severity !== "error") seen.add(f.data.lever);
  return { ...result, profile, levers: LEVERS.filter((l) => seen.has(l)) };
}

/** A bond profile (from bondProfile) rather than a record or a list: it has counts, strength and stacking. */
function isProfile(input: unknown): boolean {
  if (!isPlainObject(input) || !("strength" in input) || !("counts" in input)) return false;
  const counts = input.counts;
  const ok =
    isPlainObject(counts) &&
    ["financial", "social", "structural"].every((l) => Number.isInteger(counts[l]) && (counts[l] as number) >= 0) &&
    typeof input.stacked === "boolean" &&
    Array.isArray(input.missingBelow) &&
    isPlainObject(input.strength) &&
    typeof input.strength.score === "number";
  if (!ok) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [{ code: "invalid_type", path: ["input"], message: "expected a bond profile from bondProfile()" }],
    });
  }
  return true;
}
