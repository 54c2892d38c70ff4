/**
 * `clientele/schema`: shared zod building blocks and the validation helpers every public function uses.
 *
 * @module schema
 */
export { parseInput } from "./parseInput.ts";
export {
  parseRows,
  type OnInvalidRows,
  type ParseRowsOptions,
  type ParsedRows,
  type RejectedRow,
} from "./parseRows.ts";
export { toClienteleIssues } from "./toClienteleIssues.ts";
export { parseIsoTimestamp } from "./parseIsoTimestamp.ts";
export { TimestampSchema, type TimestampInput } from "./TimestampSchema.ts";
export {
  CustomerIdSchema,
  MoneySchema,
  NonNegativeMoneySchema,
  CurrencySchema,
  LabelSchema,
} from "./primitives.ts";
