/**
 * `clientele/schema`: shared zod building blocks and the validation helpers every public function uses.
 *
 * @module schema
 */

export { type BatchParser, batchParser } from "./batchParser.ts";
export { MaxIssuesSchema } from "./MaxIssuesSchema.ts";
export { parseInput } from "./parseInput.ts";
export { parseIsoTimestamp } from "./parseIsoTimestamp.ts";
export {
  type OnInvalidRows,
  type ParsedRows,
  type ParseRowsOptions,
  parseRows,
  type RejectedRow,
} from "./parseRows.ts";
export {
  CurrencySchema,
  CustomerIdSchema,
  LabelSchema,
  MoneySchema,
  NonNegativeMoneySchema,
} from "./primitives.ts";
export { type TimestampInput, TimestampSchema } from "./TimestampSchema.ts";
export { toClienteleIssues } from "./toClienteleIssues.ts";
