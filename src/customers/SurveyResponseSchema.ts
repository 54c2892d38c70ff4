import * as z from "zod/mini";
import { CustomerIdSchema, LabelSchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import type { AssertTrue, SameShape } from "./_internal/assertSchemaType.ts";
import { recordSchema } from "./_internal/recordSchema.ts";

const surveyResponseObject = /* @__PURE__ */ z.strictObject({
  customerId: CustomerIdSchema,
  timestamp: TimestampSchema,
  instrument: LabelSchema,
  scores: /* @__PURE__ */ recordSchema(LabelSchema, /* @__PURE__ */ z.number()),
});

/**
 * A survey answer set from one customer: the `instrument` it answered (e.g. `"nps"`, `"csat"`,
 * `"servqual"`) and its numeric `scores` by item (finite numbers).
 *
 * @remarks
 * A general shape; the satisfaction area defines instrument-specific schemas (score ranges per item).
 *
 * @example
 * ```ts
 * import { SurveyResponseSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", SurveyResponseSchema, {
 *   customerId: "0001", timestamp: "1997-05-01", instrument: "nps", scores: { recommend: 9 },
 * }).scores.recommend; // => 9
 * ```
 * @category Customers
 */
export const SurveyResponseSchema: z.ZodMiniType<SurveyResponse, SurveyResponseInput> = surveyResponseObject;

/** Compile-time guard: the documented interfaces match the schema exactly. */
type _SurveyResponseSchemaMatches = [
  AssertTrue<SameShape<z.output<typeof surveyResponseObject>, SurveyResponse>>,
  AssertTrue<SameShape<z.input<typeof surveyResponseObject>, SurveyResponseInput>>,
];

/**
 * A validated survey response (output of {@link SurveyResponseSchema}).
 *
 * @example
 * ```ts
 * import type { SurveyResponse } from "clientele/customers";
 * const r: SurveyResponse = { customerId: "0001", timestamp: new Date("1997-05-01"), instrument: "csat", scores: { overall: 4 } };
 * ```
 * @category Customers
 */
export interface SurveyResponse {
  /** The customer's id. */
  readonly customerId: string;
  /** When the survey was answered. */
  readonly timestamp: Date;
  /** Which instrument (`"nps"`, `"csat"`, `"servqual"`, …). */
  readonly instrument: string;
  /** Finite numeric answers by item. */
  readonly scores: Readonly<Record<string, number>>;
}

/**
 * What {@link SurveyResponseSchema} accepts.
 *
 * @example
 * ```ts
 * import type { SurveyResponseInput } from "clientele/customers";
 * const r: SurveyResponseInput = { customerId: 1, timestamp: "1997-05-01", instrument: "nps", scores: { recommend: 10 } };
 * ```
 * @category Customers
 */
export interface SurveyResponseInput extends Omit<SurveyResponse, "customerId" | "timestamp"> {
  /** A non-empty string or a non-negative integer. */
  readonly customerId: string | number;
  /** A valid `Date` or a strict ISO-8601 string. */
  readonly timestamp: Date | string;
}
