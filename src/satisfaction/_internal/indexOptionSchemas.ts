import * as z from "zod/mini";

/**
 * A confidence level, strictly between 0 and 1.
 *
 * @internal
 */
export const LevelSchema = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lt(1));

/**
 * The missing-answer policies of a figure that needs a category (no imputation).
 *
 * @internal
 */
export const NoImputationPolicySchema = /* @__PURE__ */ z.enum(["reject", "skip"]);
