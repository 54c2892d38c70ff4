import * as z from "zod/mini";
import { isPlainObject } from "../_lib/isPlainObject.ts";
import { isRuleId, RULE_ID_FORMAT } from "./_internal/ruleId.ts";

/**
 * Schema (zod mini) of the generic shape of a rule configuration, for configs loaded as JSON: a plain
 * record from rule id (`kebab-case` or `namespace/kebab-case`) to `"off"` or an options object. Option
 * values are not checked here: {@link evaluateRules} checks them against each rule's `optionsSchema`.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { RuleConfigSchema } from "clientele/rules";
 * parseInput("loadConfig", RuleConfigSchema, { "too-costly": { tolerance: 5 }, "acme/x": "off" });
 * // => { "too-costly": { tolerance: 5 }, "acme/x": "off" }
 * ```
 * @category Rules
 */
export const RuleConfigSchema = /* @__PURE__ */ z
  .record(
    /* @__PURE__ */ z.string(),
    /* @__PURE__ */ z.custom<"off" | Readonly<Record<string, unknown>>>((v) => v === "off" || isPlainObject(v), {
      params: { expected: `"off" or options object` },
    }),
  )
  .check(
    /* @__PURE__ */ z.superRefine((config: Readonly<Record<string, unknown>>, ctx) => {
      for (const id of Object.keys(config)) {
        if (!isRuleId(id)) {
          ctx.issues.push({
            code: "custom",
            input: id,
            path: [id],
            message: `invalid rule id ${JSON.stringify(id)}: expected ${RULE_ID_FORMAT}`,
          });
        }
      }
    }),
  );

/**
 * Input accepted by {@link RuleConfigSchema}.
 *
 * @example
 * ```ts
 * import type { RuleConfigInput } from "clientele/rules";
 * const input: RuleConfigInput = { "too-costly": "off" };
 * ```
 * @category Rules
 */
export type RuleConfigInput = z.input<typeof RuleConfigSchema>;
