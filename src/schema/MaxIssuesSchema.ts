import * as z from "zod/mini";

/**
 * The `maxIssues` option of every function that validates many rows: how many issues its error keeps in
 * `issues`, an integer from 0 to 1,000,000 (default 10,000 wherever it is taken). Whatever the cap, the
 * error's `issueCount` counts every issue and its message summarises them; past the cap a bad row costs a
 * count, not an issue object, so a million bad rows neither fill memory nor slow the error down.
 *
 * @example
 * ```ts
 * import { MaxIssuesSchema, parseInput } from "clientele/schema";
 * parseInput("f", MaxIssuesSchema, 100); // => 100
 * ```
 * @category Schema
 */
export const MaxIssuesSchema: z.ZodMiniType<number, number> = /* @__PURE__ */ z
  .int()
  .check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1_000_000));
