import type { $ZodIssue } from "zod/v4/core";
import { describeReceived } from "../_lib/describeReceived.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";

/**
 * Converts zod issues into clientele issues with our own wording (never zod's message), rendering
 * what was received by walking `input` along each issue's path. Union failures are reported through
 * the branch that got furthest (deepest path), so the message names the real problem.
 *
 * @param issues - zod issues from a failed parse.
 * @param input - The value that was parsed (to describe what was received).
 * @param basePath - Prefix for every path (e.g. `["rows"]`).
 * @returns One clientele issue per zod issue (flattened through unions, keys and elements).
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { safeParse } from "zod/v4/core";
 * import { toClienteleIssues } from "clientele/schema";
 * const r = safeParse(z.number(), "7");
 * if (!r.success) toClienteleIssues(r.error.issues, "7")[0]?.message; // => "expected number, received string"
 * ```
 * @category Schema
 */
export function toClienteleIssues(
  issues: readonly $ZodIssue[],
  input: unknown,
  basePath: readonly (string | number)[] = [],
): ClienteleIssue[] {
  const zodShaped = (i: unknown): boolean =>
    typeof i === "object" &&
    i !== null &&
    typeof (i as $ZodIssue).code === "string" &&
    Array.isArray((i as $ZodIssue).path);
  // A loop, not every(): every() skips the holes of a sparse array.
  let shaped = Array.isArray(issues);
  for (let i = 0; shaped && i < issues.length; i++) shaped = zodShaped(issues[i]);
  if (!shaped || !Array.isArray(basePath)) {
    const bad = Array.isArray(basePath) ? "issues" : "basePath";
    throw new ClienteleInputError("toClienteleIssues: invalid input", {
      issues: [
        {
          code: "invalid_type",
          path: [bad],
          message:
            bad === "issues" ? "expected zod's issues (error.issues of a failed safeParse)" : "expected an array path",
        },
      ],
    });
  }
  const out: ClienteleIssue[] = [];
  for (const issue of issues) collect(issue, input, basePath, [], out);
  return out;
}

function collect(
  issue: $ZodIssue,
  root: unknown,
  basePath: readonly (string | number)[],
  prefix: readonly PropertyKey[],
  out: ClienteleIssue[],
): void {
  const rel = [...prefix, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    // Report the branch whose issues reach deepest: that is the branch the value was "meant" for.
    let best: $ZodIssue[] | undefined;
    let bestDepth = -1;
    for (const branch of issue.errors) {
      const depth = Math.max(...branch.map((i) => i.path.length));
      if (depth > bestDepth) {
        best = branch;
        bestDepth = depth;
      }
    }
    if (best !== undefined && bestDepth > 0) {
      for (const inner of best) collect(inner, root, basePath, rel, out);
      return;
    }
  }
  if ((issue.code === "invalid_key" || issue.code === "invalid_element") && issue.issues.length > 0) {
    for (const inner of issue.issues) collect(inner, root, basePath, rel, out);
    return;
  }
  const path = [...basePath, ...rel.filter((s): s is string | number => typeof s !== "symbol")];
  const received = valueAt(root, rel);
  const { message, expected, code } = describe(issue, received);
  const base = { code: code ?? issue.code, path, message };
  const withExpected = expected === undefined ? base : { ...base, expected };
  out.push(
    issue.code === "unrecognized_keys" ? withExpected : { ...withExpected, received: describeReceived(received) },
  );
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Type name of a received value, for invalid_type messages. */
function typeName(v: unknown): string {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (typeof v === "number") return Number.isNaN(v) ? "NaN" : Number.isFinite(v) ? "number" : String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "Invalid Date" : "date";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function describe(issue: $ZodIssue, received: unknown): { message: string; expected?: string; code?: string } {
  switch (issue.code) {
    case "invalid_type": {
      const expected = issue.expected === "int" ? "integer" : issue.expected;
      const got = typeName(received);
      if (got === "undefined") return { message: `missing required field (expected ${expected})`, expected };
      return { message: `expected ${expected}, received ${got}`, expected };
    }
    case "too_small": {
      const expected = bound(issue.origin, issue.inclusive ? "≥" : ">", issue.minimum, issue.exact);
      return { message: `expected ${expected}, received ${measure(issue.origin, received)}`, expected };
    }
    case "too_big": {
      const expected = bound(issue.origin, issue.inclusive ? "≤" : "<", issue.maximum, issue.exact);
      return { message: `expected ${expected}, received ${measure(issue.origin, received)}`, expected };
    }
    case "invalid_format": {
      const expected = issue.format === "regex" ? `string matching ${issue.pattern ?? "pattern"}` : `${issue.format}`;
      return { message: `expected ${expected}, received ${describeReceived(received)}`, expected };
    }
    case "not_multiple_of": {
      const expected = `multiple of ${issue.divisor}`;
      return { message: `expected ${expected}, received ${describeReceived(received)}`, expected };
    }
    case "unrecognized_keys":
      return {
        message: `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`,
        expected: "no other keys",
      };
    case "invalid_value": {
      const expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(" | ")}`;
      return { message: `expected ${expected}, received ${describeReceived(received)}`, expected };
    }
    case "invalid_union": {
      // All branches failed at the top: name the accepted types, e.g. "date | string". When every branch
      // failed on the type, it is a type problem (a missing field is one), and is reported as such.
      const types = issue.errors.flatMap((b) => b.flatMap((i) => (i.code === "invalid_type" ? [i.expected] : [])));
      if (types.length > 0) {
        const expected = [...new Set(types)].join(" | ");
        const code = issue.errors.every((b) => b.every((i) => i.code === "invalid_type")) ? "invalid_type" : undefined;
        const message =
          received === undefined
            ? `missing required field (expected ${expected})`
            : `expected ${expected}, received ${typeName(received)}`;
        return code === undefined ? { message, expected } : { message, expected, code };
      }
      return { message: `received ${describeReceived(received)}, which matches none of the accepted forms` };
    }
    case "custom": {
      const expected = typeof issue.params?.expected === "string" ? (issue.params.expected as string) : undefined;
      if (expected !== undefined)
        return { message: `expected ${expected}, received ${describeReceived(received)}`, expected };
      return { message: issue.message };
    }
    default:
      return { message: `invalid value ${describeReceived(received)}` };
  }
}

function bound(origin: string, op: string, limit: number | bigint, exact: boolean | undefined): string {
  const n = String(limit);
  switch (origin) {
    case "string":
      return exact ? `string of length ${n}` : `string of length ${op} ${n}`;
    case "array":
    case "set":
      return exact ? `${n} items` : `${op} ${n} items`;
    case "date":
      return `date ${op} ${new Date(Number(limit)).toISOString()}`;
    case "int":
      return `integer ${op} ${n}`;
    default:
      return `number ${op} ${n}`;
  }
}

function measure(origin: string, received: unknown): string {
  if ((origin === "string" || origin === "array") && (typeof received === "string" || Array.isArray(received))) {
    return `length ${received.length}`;
  }
  if (origin === "date" && received instanceof Date) return received.toISOString();
  return describeReceived(received);
}
