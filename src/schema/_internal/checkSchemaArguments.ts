import { describeReceived } from "../../_lib/describeReceived.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";

/**
 * Checks the developer-facing arguments of the schema helpers (`parseInput`, `parseRows`): a function name
 * that is a string (it starts every message) and a zod schema. Throws `invalid_input` naming the argument.
 *
 * @param helper - The helper's own name, for the message.
 * @param fnName - The caller's function name (untrusted).
 * @param schema - The schema (untrusted).
 * @internal
 */
export function checkSchemaArguments(helper: string, fnName: unknown, schema: unknown): void {
  const issues = [];
  if (typeof fnName !== "string") {
    issues.push({
      code: "invalid_type",
      path: ["fnName"],
      message: `expected string, received ${describeReceived(fnName)}`,
      expected: "string",
      received: describeReceived(fnName),
    });
  }
  if (typeof schema !== "object" || schema === null || !("_zod" in schema)) {
    issues.push({
      code: "invalid_type",
      path: ["schema"],
      message: `expected a zod schema, received ${describeReceived(schema)}`,
      expected: "zod schema",
      received: describeReceived(schema),
    });
  }
  if (issues.length > 0) throw new ClienteleInputError(`${helper}: invalid input`, { issues });
}
