import * as z from "zod/mini";
import { CurrencySchema, CustomerIdSchema, LabelSchema, NonNegativeMoneySchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import type { AssertTrue, SameShape } from "./_internal/assertSchemaType.ts";
import { type BondLevel, BondLevelSchema } from "./BondLevelSchema.ts";
import { builtInBondKinds } from "./builtInBondKinds.ts";

const bondInstrumentObject = /* @__PURE__ */ z
  .strictObject({
    customerId: CustomerIdSchema,
    level: BondLevelSchema,
    kind: LabelSchema,
    start: TimestampSchema,
    end: /* @__PURE__ */ z.optional(TimestampSchema),
    value: /* @__PURE__ */ z.optional(NonNegativeMoneySchema),
    currency: /* @__PURE__ */ z.optional(CurrencySchema),
    instrumentId: /* @__PURE__ */ z.optional(LabelSchema),
    note: /* @__PURE__ */ z.optional(LabelSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((bond, ctx) => {
      const builtIn = Object.hasOwn(builtInBondKinds, bond.kind)
        ? builtInBondKinds[bond.kind as keyof typeof builtInBondKinds]
        : undefined;
      if (builtIn !== undefined && builtIn !== bond.level) {
        ctx.addIssue({
          code: "custom",
          path: ["level"],
          message: "",
          params: { expected: `"${builtIn}" (the level of the built-in kind "${bond.kind}")` },
        });
      }
      if (bond.end !== undefined && bond.end.getTime() < bond.start.getTime()) {
        ctx.addIssue({
          code: "custom",
          path: ["end"],
          message: "",
          params: { expected: `a time at or after start (${bond.start.toISOString()})` },
        });
      }
      if (bond.currency !== undefined && bond.value === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["currency"],
          message: "",
          params: { expected: "no currency, or a value in that currency" },
        });
      }
    }),
  );

/**
 * One tie between a customer and the firm (Berry & Parasuraman's levels of relationship marketing): its
 * `level` (`"financial"`, `"social"` or `"structural"`), its `kind` (a built-in kind such as
 * `"points-program"`, or the host app's own), when it `start`s and optionally `end`s, and optionally its
 * monetary `value` to the customer (in `currency`, ISO 4217, when stated).
 *
 * @remarks
 * - A built-in kind (see `builtInBondKinds`) must carry its own level: a `"club"` is `"social"`; a wrong
 *   level is an `invalid_input` issue at `level`. Any other non-empty kind is the host's own and is taken
 *   with the level it states.
 * - An instrument is active from `start` (inclusive) until `end` (exclusive); no `end` means open-ended.
 *   An `end` before the `start` is an `invalid_input` issue at `end`.
 * - `instrumentId` (a card or membership number) and `note` are kept as given.
 *
 * @example
 * ```ts
 * import { BondInstrumentSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * const bond = parseInput("load", BondInstrumentSchema, {
 *   customerId: "0001", level: "social", kind: "club", start: "2024-01-15",
 * });
 * bond.level; // => "social"
 * ```
 * @category Customers
 */
export const BondInstrumentSchema: z.ZodMiniType<BondInstrument, BondInstrumentInput> = bondInstrumentObject;

/** Compile-time guard: the documented interfaces match the schema exactly. */
type _BondInstrumentSchemaMatches = [
  AssertTrue<SameShape<z.output<typeof bondInstrumentObject>, BondInstrument>>,
  AssertTrue<SameShape<z.input<typeof bondInstrumentObject>, BondInstrumentInput>>,
];

/**
 * A validated bond instrument (output of {@link BondInstrumentSchema}).
 *
 * @example
 * ```ts
 * import type { BondInstrument } from "clientele/customers";
 * const b: BondInstrument = {
 *   customerId: "0001", level: "financial", kind: "points-program", start: new Date("2024-01-01"),
 * };
 * ```
 * @category Customers
 */
export interface BondInstrument {
  /** The customer's id. */
  readonly customerId: string;
  /** Berry & Parasuraman's level: financial, social or structural. */
  readonly level: BondLevel;
  /** A built-in kind (its level is checked) or the host's own kind. */
  readonly kind: string;
  /** When the instrument became active (inclusive). */
  readonly start: Date;
  /** When it ended (exclusive); absent while it runs. */
  readonly end?: Date | undefined;
  /** Its monetary value to the customer, ≥ 0, when known. */
  readonly value?: number | undefined;
  /** ISO 4217 currency of `value`. */
  readonly currency?: string | undefined;
  /** The host's id for the instrument (card or membership number). */
  readonly instrumentId?: string | undefined;
  /** Optional free note. */
  readonly note?: string | undefined;
}

/**
 * What {@link BondInstrumentSchema} accepts.
 *
 * @example
 * ```ts
 * import type { BondInstrumentInput } from "clientele/customers";
 * const b: BondInstrumentInput = {
 *   customerId: 1, level: "structural", kind: "integrated-system", start: "2023-03-01", end: "2026-03-01",
 * };
 * ```
 * @category Customers
 */
export interface BondInstrumentInput extends Omit<BondInstrument, "customerId" | "start" | "end"> {
  /** A non-empty string or a non-negative integer. */
  readonly customerId: string | number;
  /** A valid `Date` or a strict ISO-8601 string. */
  readonly start: Date | string;
  /** A valid `Date` or a strict ISO-8601 string, not before `start`. */
  readonly end?: Date | string | undefined;
}
