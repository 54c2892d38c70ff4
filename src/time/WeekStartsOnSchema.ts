import * as z from "zod/mini";

/**
 * First day of the week, numbered as in date-fns and `Date.prototype.getDay`: 0 = Sunday,
 * 1 = Monday, …, 6 = Saturday. clientele's default is 1 (Monday, as in ISO 8601); note that the
 * date-fns default is 0.
 *
 * @example
 * ```ts
 * import type { WeekStartsOn } from "clientele/time";
 * const sunday: WeekStartsOn = 0;
 * ```
 * @category Time
 */
export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Schema of a {@link WeekStartsOn}: one of the integers 0–6.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { WeekStartsOnSchema } from "clientele/time";
 * parseInput("f", WeekStartsOnSchema, 0); // => 0
 * ```
 * @category Time
 */
export const WeekStartsOnSchema: z.ZodMiniType<WeekStartsOn, WeekStartsOn> = /* @__PURE__ */ z.literal([
  0, 1, 2, 3, 4, 5, 6,
]);
