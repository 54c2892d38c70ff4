import { type $ZodType, type output, safeParse } from "zod/v4/core";
import { MAX_KEPT_ISSUES } from "../_lib/issueCollector.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { checkSchemaArguments } from "./_internal/checkSchemaArguments.ts";
import { toClienteleIssues } from "./toClienteleIssues.ts";

/**
 * Validates `input` against a zod schema (classic or mini) and returns the parsed output, or throws a
 * {@link ClienteleInputError} (`invalid_input`) whose message starts with `fnName` and lists every bad field
 * by path. This is the one place public functions touch zod.
 *
 * @param fnName - Name of the public function validating its input (first word of the error message).
 * @param schema - Any zod v4 schema.
 * @param input - The untrusted value.
 * @param basePath - Path prefix for issues, e.g. `["options"]` when validating an options argument.
 * @returns The parsed (and transformed) value; `input` is never mutated.
 * @throws {@link ClienteleInputError} `invalid_input` listing each problem with its path (the first 10,000 kept, all counted in `issueCount`).
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { parseInput } from "clientele/schema";
 * parseInput("myFunction", z.object({ rate: z.number() }), { rate: 0.1 }); // => { rate: 0.1 }
 * // parseInput("myFunction", z.object({ rate: z.number() }), { rate: "x" }) throws:
 * // myFunction: invalid input
 * //   ✖ expected number, received string → at rate
 * ```
 * @category Schema
 */
export function parseInput<S extends $ZodType>(
  fnName: string,
  schema: S,
  input: unknown,
  basePath: readonly (string | number)[] = [],
): output<S> {
  checkSchemaArguments("parseInput", fnName, schema);
  const result = safeParse(schema, input);
  if (result.success) return result.data;
  // One cap on kept issues, as every row reader has: a schema over a long array keeps the first
  // MAX_KEPT_ISSUES and counts the rest (zod's own list is built either way; row readers avoid even that).
  const issues = toClienteleIssues(result.error.issues, input, basePath);
  return throwCapped(fnName, issues, result.error);
}

function throwCapped(fnName: string, issues: ClienteleIssue[], cause: unknown): never {
  if (issues.length <= MAX_KEPT_ISSUES) throw new ClienteleInputError(`${fnName}: invalid input`, { issues, cause });
  throw new ClienteleInputError(`${fnName}: invalid input`, {
    issues: issues.slice(0, MAX_KEPT_ISSUES),
    issueCount: issues.length,
    cause,
  });
}
