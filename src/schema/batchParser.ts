import type { $ZodType, input, output } from "zod/v4/core";
import { type ParsedRows, type ParseRowsOptions, parseRows } from "./parseRows.ts";

/**
 * A batch parser for one kind of row, as made by {@link batchParser}: validates an array of rows and
 * either returns the parsed rows (default, throwing `invalid_input` listing every bad row) or, with
 * `{ onInvalid: "collect" }`, `{ valid, validIndexes, rejected }`.
 *
 * @example
 * ```ts
 * import type { BatchParser } from "clientele/schema";
 * import type { Transaction, TransactionInput } from "clientele/customers";
 * type P = BatchParser<Transaction, TransactionInput>;
 * ```
 * @category Schema
 */
export interface BatchParser<T, I = unknown> {
  /** Throw mode (default): every row parsed, or an `invalid_input` error naming each bad row. */
  (rows: readonly I[], options?: (ParseRowsOptions & { readonly onInvalid?: "throw" | undefined }) | undefined): T[];
  /** Collect mode: good rows and rejected rows, `valid.length + rejected.length === rows.length`. */
  (rows: readonly I[], options: ParseRowsOptions & { readonly onInvalid: "collect" }): ParsedRows<T>;
  /** Either mode, decided at run time. */
  (rows: readonly I[], options?: ParseRowsOptions | undefined): T[] | ParsedRows<T>;
}

/**
 * Makes a {@link BatchParser} from a row schema: the shared mechanism behind `parseTransactions`,
 * `parseComplaints` and the other batch parsers, and available to plugins for their own row types.
 *
 * @param fnName - Public name used in error messages.
 * @param schema - Schema of one row.
 * @returns The batch parser.
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { batchParser } from "clientele/schema";
 * const parseScores = batchParser("parseScores", z.object({ score: z.number() }));
 * parseScores([{ score: 9 }]); // => [{ score: 9 }]
 * ```
 * @category Schema
 */
export function batchParser<S extends $ZodType>(fnName: string, schema: S): BatchParser<output<S>, input<S>> {
  return ((rows: unknown, options?: ParseRowsOptions) => parseRows(fnName, schema, rows, options)) as BatchParser<
    output<S>,
    input<S>
  >;
}
