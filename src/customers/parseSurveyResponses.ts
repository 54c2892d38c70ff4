import { batchParser } from "../schema/batchParser.ts";
import { SurveyResponseSchema } from "./SurveyResponseSchema.ts";

/**
 * Validates a batch of survey responses with {@link SurveyResponseSchema}.
 *
 * @remarks
 * Default: returns every row parsed, or throws one `invalid_input` error listing every bad row by index
 * and field. With `{ onInvalid: "collect" }`: returns `{ valid, validIndexes, rejected }` with
 * `valid.length + rejected.length === rows.length`. Never mutates `rows`. Runs in O(n).
 *
 * @example
 * ```ts
 * import { parseSurveyResponses } from "clientele/customers";
 * parseSurveyResponses([{ customerId: "a", timestamp: "1997-05-01", instrument: "nps", scores: { recommend: 9 } }]).length; // => 1
 * ```
 * @category Customers
 */
export const parseSurveyResponses = /* @__PURE__ */ batchParser("parseSurveyResponses", SurveyResponseSchema);
