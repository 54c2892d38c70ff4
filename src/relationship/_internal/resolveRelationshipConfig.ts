import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import {
  defaultRelationshipConfig as d,
  type RelationshipConfig,
  type RelationshipConfigInput,
  RelationshipConfigSchema,
} from "../RelationshipConfigSchema.ts";

/**
 * Validates a configuration and fills the defaults of `defaultRelationshipConfig`, section by section.
 *
 * @param fn - The public function, for messages.
 * @param input - The configuration (untrusted).
 * @param path - Base path of issues.
 * @returns The resolved configuration.
 * @internal
 */
export function resolveRelationshipConfig(
  fn: string,
  input: unknown,
  path: readonly (string | number)[],
): RelationshipConfig {
  const c = parseInput(fn, RelationshipConfigSchema, input ?? {}, path) as RelationshipConfigInput;
  const costDrivers =
    c.costDrivers !== undefined && c.currency !== undefined && c.costDrivers.currency === undefined
      ? { ...c.costDrivers, currency: c.currency }
      : c.costDrivers;
  if (c.currency !== undefined && costDrivers?.currency !== undefined && costDrivers.currency !== c.currency) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: [...path, "costDrivers", "currency"],
          message: `expected the configuration's currency ${c.currency} (one currency; nothing is converted), received ${costDrivers.currency}`,
        },
      ],
    });
  }
  return Object.freeze({
    currency: c.currency,
    grossMarginRate: c.grossMarginRate,
    discountRate: c.discountRate,
    lookbackDays: c.lookbackDays ?? d.lookbackDays,
    horizonDays: c.horizonDays ?? d.horizonDays,
    forecast: c.forecast,
    lifecycle: { ...d.lifecycle, ...defined(c.lifecycle) },
    switchingRisk: {
      levels: { ...d.switchingRisk.levels, ...defined(c.switchingRisk?.levels) },
      rules: c.switchingRisk?.rules ?? d.switchingRisk.rules,
    },
    bonds: {
      weights: { ...d.bonds.weights, ...defined(c.bonds?.weights) },
      saturation: c.bonds?.saturation ?? d.bonds.saturation,
      kinds: c.bonds?.kinds,
    },
    satisfaction: {
      survey: c.satisfaction?.survey,
      chain: c.satisfaction?.chain,
      chainModel: c.satisfaction?.chainModel,
      missing: c.satisfaction?.missing ?? d.satisfaction.missing,
      level: c.satisfaction?.level ?? d.satisfaction.level,
    },
    costDrivers,
    termination: {
      correctionKind: c.termination?.correctionKind ?? d.termination.correctionKind,
      rules: c.termination?.rules ?? d.termination.rules,
    },
    jobs: { rules: c.jobs?.rules ?? d.jobs.rules },
    portfolio: { topK: c.portfolio?.topK ?? d.portfolio.topK },
  } as RelationshipConfig);
}

/** The entries of an object whose value is not `undefined` (so an explicit `undefined` keeps the default). */
function defined<T extends object>(o: T | undefined): Partial<T> {
  if (o === undefined) return {};
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
