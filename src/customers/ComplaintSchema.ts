import * as z from "zod/mini";
import { CustomerIdSchema, LabelSchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import type { AssertTrue, SameShape } from "./_internal/assertSchemaType.ts";
import { type Severity, SeveritySchema } from "./SeveritySchema.ts";

/**
 * How a complaint ended: `"unresolved"`, `"resolved"`, or `"resolved-quickly"` (the firm's own judgement
 * of a fast resolution — customers whose complaints are resolved quickly repurchase most).
 *
 * @example
 * ```ts
 * import type { ComplaintOutcome } from "clientele/customers";
 * const outcome: ComplaintOutcome = "resolved-quickly";
 * ```
 * @category Customers
 */
export type ComplaintOutcome = "unresolved" | "resolved" | "resolved-quickly";

/**
 * Schema of {@link ComplaintOutcome}.
 *
 * @example
 * ```ts
 * import { ComplaintOutcomeSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", ComplaintOutcomeSchema, "resolved-quickly"); // => "resolved-quickly"
 * ```
 * @category Customers
 */
export const ComplaintOutcomeSchema: z.ZodMiniType<ComplaintOutcome, ComplaintOutcome> = /* @__PURE__ */ z.enum([
  "unresolved",
  "resolved",
  "resolved-quickly",
]);

const complaintObject = /* @__PURE__ */ z
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
export const ComplaintSchema: z.ZodMiniType<Complaint, ComplaintInput> = complaintObject;

/** Compile-time guard: the documented interfaces match the schema exactly. */
type _ComplaintSchemaMatches = [
  AssertTrue<SameShape<z.output<typeof complaintObject>, Complaint>>,
  AssertTrue<SameShape<z.input<typeof complaintObject>, ComplaintInput>>,
];

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
export interface Complaint {
  /** The customer's id. */
  readonly customerId: string;
  /** When the complaint was made. */
  readonly openedAt: Date;
  /** When it was resolved; present exactly when `outcome` is not `"unresolved"`, never before `openedAt`. */
  readonly resolvedAt?: Date | undefined;
  /** How serious it was. */
  readonly severity: Severity;
  /** How it ended. */
  readonly outcome: ComplaintOutcome;
  /** Optional category label. */
  readonly category?: string | undefined;
  /** Optional channel label (where it was made). */
  readonly channel?: string | undefined;
}

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
export interface ComplaintInput extends Omit<Complaint, "customerId" | "openedAt" | "resolvedAt"> {
  /** A non-empty string or a non-negative integer. */
  readonly customerId: string | number;
  /** A valid `Date` or a strict ISO-8601 string. */
  readonly openedAt: Date | string;
  /** A valid `Date` or a strict ISO-8601 string. */
  readonly resolvedAt?: Date | string | undefined;
}
