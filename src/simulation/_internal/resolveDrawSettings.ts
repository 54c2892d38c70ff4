import { parseInput } from "../../schema/parseInput.ts";
import { defaultRelationshipEventRates } from "../defaultRelationshipEventRates.ts";
import type { RelationshipEventRates } from "../RelationshipEventRates.ts";
import { SimulateRelationshipEventsOptionsSchema } from "../SimulateRelationshipEventsOptions.ts";
import type { DrawSettings } from "./drawRelationshipEvents.ts";

/**
 * Validates the options of the simulators (at `options.…`) and fills the rates with their defaults.
 *
 * @param fn - The public function's name, for messages.
 * @param options - The argument.
 * @returns Seed, window (epoch ms), complete rates and currency.
 * @throws ClienteleInputError `invalid_input` for a bad option.
 * @internal
 */
export function resolveDrawSettings(fn: string, options: unknown): DrawSettings {
  const o = parseInput(fn, SimulateRelationshipEventsOptionsSchema, options, ["options"]);
  const rates: Record<string, number> = { ...defaultRelationshipEventRates };
  if (o.rates !== undefined) for (const [k, v] of Object.entries(o.rates)) if (v !== undefined) rates[k] = v;
  return {
    seed: o.seed,
    from: o.from.getTime(),
    asOf: o.asOf.getTime(),
    rates: rates as unknown as RelationshipEventRates,
    currency: o.currency,
  };
}
