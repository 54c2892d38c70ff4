import * as z from "zod/mini";

const finite = /* @__PURE__ */ z.number();

const responseScaleObject = /* @__PURE__ */ z
  .strictObject({
    min: finite,
    max: finite,
    integer: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  })
  .check(
    /* @__PURE__ */ z.superRefine((scale, ctx) => {
      if (!(scale.max > scale.min)) {
        ctx.addIssue({
          code: "custom",
          path: ["max"],
          message: `expected max above min (${scale.min}), received ${scale.max}`,
        });
      }
    }),
  );

/**
 * The declared scale of a survey item: the lowest and highest answer (`{ min: 1, max: 7 }` for a 7-point
 * Likert item, `{ min: 0, max: 10 }` for the recommendation question of the Net Promoter Score) and, when
 * `integer` is `true`, that only whole numbers are valid answers. Every answer is checked against its
 * item's scale: an answer outside it is `invalid_input` at that answer's path, never clipped.
 *
 * @example
 * ```ts
 * import { ResponseScaleSchema } from "clientele/satisfaction";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", ResponseScaleSchema, { min: 1, max: 7, integer: true }).max; // => 7
 * ```
 * @category Scales
 */
export const ResponseScaleSchema: z.ZodMiniType<ResponseScale, ResponseScale> = responseScaleObject;

/**
 * A declared answer scale (see {@link ResponseScaleSchema}).
 *
 * @example
 * ```ts
 * import type { ResponseScale } from "clientele/satisfaction";
 * const likert7: ResponseScale = { min: 1, max: 7, integer: true };
 * ```
 * @category Scales
 */
export interface ResponseScale {
  /** The lowest valid answer (finite). */
  readonly min: number;
  /** The highest valid answer (finite, above `min`). */
  readonly max: number;
  /** When `true`, only whole numbers are valid answers. Absent means any number in [min, max]. */
  readonly integer?: boolean | undefined;
}
