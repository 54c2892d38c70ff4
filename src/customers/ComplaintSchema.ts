import * as z from "zod/mini";
import { CustomerIdSchema, LabelSchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import { SeveritySchema } from "./SeveritySchema.ts";

/**
 * How a complaint ended: `"unresolved"`, `"resolved"`, or `"resolved-quickly"` (the firm's own judgement
 * of a fast resolution — customers whose complaints are resolved quickly repurchase most).
 *
 * @example
 * ```ts
 * import { ComplaintOutcomeSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", ComplaintOutcomeSchema, "resolved-quickly"); // => "resolved-quickly"
 * ```
 * @category Customers
 */
export const ComplaintOutcomeSchema = /* @__PURE__ */ z.enum(["unresolved", "resolved", "resolved-quickly"]);

/**
 * A complaint: when it was `openedAt` and (if resolved) `resolvedAt`, its `severity` and `outcome`, and
 * optional `category`/`channel` labels.
 *
 * @remarks
 * Cross-field rules, checked with paths: an `"unresolved"` complaint has no `resolvedAt`; a resolved one
 * (`"resolved"` or `"resolved-quickly"`) has a `resolvedAt` that is not before `openedAt`.
 *
 * @example
 * ```ts
 * import { ComplaintSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", ComplaintSchema, {
 *   customerId: "0001", openedAt: "1997-03-01", resolvedAt: "1997-03-02", severity: "minor", outcome: "resolved-quickly",
 * }).outcome; // => "resolved-quickly"
 * ```
 * @category Customers
 */
export const ComplaintSchema = /* @__PURE__ */ z
  .strictObject({
    customerId: CustomerIdSchema,
    openedAt: TimestampSchema,
    resolvedAt: /* @__PURE__ */ z.optional(TimestampSchema),
    severity: SeveritySchema,
    outcome: ComplaintOutcomeSchema,
    category: /* @__PURE__ */ z.optional(LabelSchema),
    channel: /* @__PURE__ */ z.optional(LabelSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((c, ctx) => {
      if (c.outcome === "unresolved") {
        if (c.resolvedAt !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["resolvedAt"],
            message: "an unresolved complaint has no resolvedAt",
            params: { expected: 'no resolvedAt when outcome is "unresolved"' },
          });
        }
      } else if (c.resolvedAt === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["resolvedAt"],
          message: `missing resolvedAt (required when outcome is "${c.outcome}")`,
        });
      } else if (c.resolvedAt.getTime() < c.openedAt.getTime()) {
        ctx.addIssue({
          code: "custom",
          path: ["resolvedAt"],
          message: "resolvedAt is before openedAt",
          params: { expected: `date ≥ openedAt (${c.openedAt.toISOString()})` },
        });
      }
    }),
  );

/**
 * A validated complaint (output of {@link ComplaintSchema}).
 *
 * @example
 * ```ts
 * import type { Complaint } from "clientele/customers";
 * const c: Complaint = { customerId: "0001", openedAt: new Date("1997-03-01"), severity: "major", outcome: "unresolved" };
 * ```
 * @category Customers
 */
export type Complaint = z.output<typeof ComplaintSchema>;

/**
 * What {@link ComplaintSchema} accepts.
 *
 * @example
 * ```ts
 * import type { ComplaintInput } from "clientele/customers";
 * const c: ComplaintInput = { customerId: 1, openedAt: "1997-03-01", severity: "minor", outcome: "unresolved" };
 * ```
 * @category Customers
 */
export type ComplaintInput = z.input<typeof ComplaintSchema>;
