import { resolveRelationshipConfig } from "./_internal/resolveRelationshipConfig.ts";
import type { RelationshipConfig } from "./RelationshipConfigSchema.ts";

/**
 * Parses a relationship-assessment configuration from untrusted input (JSON from a file or a database)
 * and fills every default of {@link defaultRelationshipConfig}: the typed configuration that
 * {@link assessRelationship} and {@link assessPortfolio} take beside `asOf` and the fits.
 *
 * @remarks
 * Each part is validated with its area's schema: the cost-driver table (`CostDriversSchema`), the survey
 * mappings (`SurveyMappingSchema`, `ChainSurveyMappingSchema`), the chain model, and the rule configs
 * (`RuleConfigSchema`, as `parseRuleConfig` does: ids well formed, values `"off"` or option objects; the
 * options themselves are checked against each rule's schema when the rule sets are prepared). Unknown keys
 * are rejected. A `costDrivers.currency` other than `currency` is rejected (one currency, never converted);
 * a table without one takes `currency`.
 *
 * @param input - The configuration (every field optional).
 * @returns The configuration with defaults filled in.
 * @throws {@link ClienteleInputError} `invalid_input` with paths under `config` (e.g. `config.lifecycle.lapsedAfterDays`).
 * @example
 * ```ts
 * import { parseRelationshipConfig } from "clientele/relationship";
 * const config = parseRelationshipConfig(JSON.parse('{"lookbackDays":180,"jobs":{"rules":{"welcome-contact":{"withinDays":7}}}}'));
 * config.lookbackDays; // => 180
 * config.horizonDays; // => 365
 * // parseRelationshipConfig({ lookbackDays: 0 }) throws invalid_input at config.lookbackDays
 * ```
 * @category Configuration
 */
export function parseRelationshipConfig(input: unknown): RelationshipConfig {
  return resolveRelationshipConfig("parseRelationshipConfig", input, ["config"]);
}
