import * as z from "zod/mini";

/**
 * What to do when a respondent left an item unanswered (the item is absent from the response's `scores`,
 * or `null`/`undefined` where an array of answers is taken). The caller chooses; nothing is dropped
 * without a count:
 *
 * - `"reject"`: a missing answer is `invalid_input` at its path (the default wherever a policy is taken);
 * - `"skip"`: the respondent is left out of every figure that needs the item, and the result says how many
 *   were skipped;
 * - `"impute-midpoint"`: the scale's midpoint, (min + max) / 2, is used, and the result counts imputations;
 * - `"impute-mean"`: the item's mean over the respondents who answered it is used, and the result counts
 *   imputations (an item nobody answered is `insufficient_data`).
 *
 * @example
 * ```ts
 * import { MissingAnswerPolicySchema } from "clientele/satisfaction";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", MissingAnswerPolicySchema, "skip"); // => "skip"
 * ```
 * @category Scales
 */
export const MissingAnswerPolicySchema: z.ZodMiniType<MissingAnswerPolicy, MissingAnswerPolicy> =
  /* @__PURE__ */ z.enum(["reject", "skip", "impute-midpoint", "impute-mean"]);

/**
 * A missing-answer policy (see {@link MissingAnswerPolicySchema}).
 *
 * @example
 * ```ts
 * import type { MissingAnswerPolicy } from "clientele/satisfaction";
 * const policy: MissingAnswerPolicy = "impute-mean";
 * ```
 * @category Scales
 */
export type MissingAnswerPolicy = "reject" | "skip" | "impute-midpoint" | "impute-mean";
