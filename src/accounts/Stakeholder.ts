import * as z from "zod/mini";
import { checkDistinctIds } from "../_lib/duplicateIds.ts";
import { parseRows } from "../schema/parseRows.ts";
import { LabelSchema } from "../schema/primitives.ts";
import { type RelationshipMarket, relationshipMarkets } from "./relationshipMarkets.ts";

/**
 * An objective the firm pursues with a stakeholder.
 *
 * @example
 * ```ts
 * import type { StakeholderObjective } from "clientele/accounts";
 * const o: StakeholderObjective = { description: "joint forecast every quarter", measure: "forecasts shared", target: 4 };
 * ```
 * @category Six markets
 */
export interface StakeholderObjective {
  /** What the firm wants from the relationship. */
  readonly description: string;
  /** How it is measured, if stated. */
  readonly measure?: string | undefined;
  /** The target value of the measure. */
  readonly target?: number | undefined;
}

/**
 * A party in one of the six markets, with the firm's objectives for it: one entry of a stakeholder map.
 *
 * @example
 * ```ts
 * import type { Stakeholder } from "clientele/accounts";
 * const s: Stakeholder = {
 *   stakeholderId: "logistics-partner", market: "supplier-alliance",
 *   objectives: [{ description: "next-day delivery to the account's plants" }],
 * };
 * ```
 * @category Six markets
 */
export interface Stakeholder {
  /** The stakeholder's id. */
  readonly stakeholderId: string;
  /** A display name. */
  readonly name?: string | undefined;
  /** Which of the six markets it belongs to. */
  readonly market: RelationshipMarket;
  /** The firm's objectives with it. */
  readonly objectives: readonly StakeholderObjective[];
}

/**
 * Schema of a {@link Stakeholder}.
 *
 * @example
 * ```ts
 * import { StakeholderSchema } from "clientele/accounts";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", StakeholderSchema, { stakeholderId: "press", market: "influence", objectives: [] }).market; // => "influence"
 * ```
 * @category Six markets
 */
export const StakeholderSchema: z.ZodMiniType<Stakeholder, Stakeholder> = /* @__PURE__ */ z.strictObject({
  stakeholderId: LabelSchema,
  name: /* @__PURE__ */ z.optional(LabelSchema),
  market: /* @__PURE__ */ z.enum(relationshipMarkets),
  objectives: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      description: LabelSchema,
      measure: /* @__PURE__ */ z.optional(LabelSchema),
      target: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()),
    }),
  ),
});

/**
 * Validates a stakeholder map: each entry's shape, and distinct ids.
 *
 * @param stakeholders - The map, untrusted.
 * @returns The validated stakeholders (new objects).
 * @throws {@link ClienteleInputError} `invalid_input` with paths such as `stakeholders[2].market`.
 * @example
 * ```ts
 * import { parseStakeholderMap } from "clientele/accounts";
 * parseStakeholderMap([{ stakeholderId: "buyer", market: "customer", objectives: [] }]).length; // => 1
 * ```
 * @category Six markets
 */
export function parseStakeholderMap(stakeholders: readonly Stakeholder[]): readonly Stakeholder[] {
  const list = parseRows("parseStakeholderMap", StakeholderSchema, stakeholders, { path: ["stakeholders"] });
  checkDistinctIds(
    "parseStakeholderMap",
    list.map((s) => s.stakeholderId),
    (i) => ["stakeholders", i, "stakeholderId"],
  );
  return list;
}
