import type { $ZodType } from "zod/v4/core";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { isClienteleError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { isMessageId, isRuleId, RULE_ID_FORMAT } from "./ruleId.ts";

type Path = readonly (string | number)[];

const SEVERITIES: readonly string[] = ["info", "warn", "correct", "terminate"];

/**
 * Message id the engine uses for error findings; rules may not define it.
 *
 * @internal
 */
export const RULE_ERROR_MESSAGE_ID = "ruleError";

/**
 * Checks that `rule` is a well-formed rule definition: id grammar, meta (description, severity, at
 * least one camelCase message with a non-empty template, optional docs/citation/deprecated/replacedBy),
 * an `evaluate` function, plain-object `defaultOptions`, and, when an `optionsSchema` is given, that the
 * defaults pass it. Returns every problem found (empty when the rule is valid); never throws for a bad rule.
 *
 * @param fnName - Public function doing the check (used when parsing the defaults).
 * @param rule - The candidate rule.
 * @param basePath - Prefix for issue paths (e.g. `["rules", 2]`).
 * @returns Issues with code `invalid_rule` (or zod codes for defaults failing the schema).
 * @internal
 */
export function ruleIssues(fnName: string, rule: unknown, basePath: Path = []): ClienteleIssue[] {
  const issues: ClienteleIssue[] = [];
  const add = (path: Path, message: string): void => {
    issues.push({ code: "invalid_rule", path: [...basePath, ...path], message });
  };
  if (typeof rule !== "object" || rule === null || Array.isArray(rule)) {
    add([], `expected rule object, received ${describeReceived(rule)}`);
    return issues;
  }
  const r = rule as Record<string, unknown>;
  if (!isRuleId(r.id)) add(["id"], `expected ${RULE_ID_FORMAT}, received ${describeReceived(r.id)}`);
  metaIssues(r.meta, add);
  if (typeof r.evaluate !== "function")
    add(["evaluate"], `expected function, received ${describeReceived(r.evaluate)}`);
  const defaults = r.defaultOptions;
  if (!isPlainObject(defaults)) {
    add(["defaultOptions"], `expected plain object, received ${describeReceived(defaults)}`);
  } else {
    // A config loaded as JSON can only set JSON values; a default it could never override is a bug.
    for (const [key, value] of Object.entries(defaults)) notJsonIssues(value, ["defaultOptions", key], add);
  }
  const schema = r.optionsSchema;
  if (schema !== undefined) {
    if (typeof schema !== "object" || schema === null || !("_zod" in schema)) {
      add(["optionsSchema"], `expected zod schema, received ${describeReceived(schema)}`);
    } else if (isPlainObject(defaults)) {
      try {
        const parsed: unknown = parseInput(fnName, schema as $ZodType, defaults, [...basePath, "defaultOptions"]);
        if (!isPlainObject(parsed)) {
          add(["optionsSchema"], `expected schema output to be a plain object, received ${describeReceived(parsed)}`);
        }
      } catch (error) {
        if (!isClienteleError(error, "invalid_input")) throw error;
        issues.push(...error.issues);
      }
    }
  }
  return issues;
}

function metaIssues(meta: unknown, add: (path: Path, message: string) => void): void {
  if (typeof meta !== "object" || meta === null || Array.isArray(meta)) {
    add(["meta"], `expected object, received ${describeReceived(meta)}`);
    return;
  }
  const m = meta as Record<string, unknown>;
  if (typeof m.description !== "string" || m.description.trim() === "") {
    add(["meta", "description"], `expected non-empty string, received ${describeReceived(m.description)}`);
  }
  if (typeof m.severity !== "string" || !SEVERITIES.includes(m.severity)) {
    add(
      ["meta", "severity"],
      `expected "info" | "warn" | "correct" | "terminate", received ${describeReceived(m.severity)}`,
    );
  }
  const messages = m.messages;
  if (typeof messages !== "object" || messages === null || Array.isArray(messages)) {
    add(["meta", "messages"], `expected object of message templates, received ${describeReceived(messages)}`);
  } else {
    const ids = Object.keys(messages);
    if (ids.length === 0) add(["meta", "messages"], "expected at least one message, received none");
    for (const id of ids) {
      const template = (messages as Record<string, unknown>)[id];
      if (!isMessageId(id))
        add(["meta", "messages", id], `expected camelCase message id, received ${JSON.stringify(id)}`);
      else if (id === RULE_ERROR_MESSAGE_ID)
        add(["meta", "messages", id], `message id "${id}" is reserved for error findings`);
      if (typeof template !== "string" || template === "") {
        add(["meta", "messages", id], `expected non-empty string, received ${describeReceived(template)}`);
      }
    }
  }
  for (const key of ["docs", "citation"] as const) {
    if (m[key] !== undefined && typeof m[key] !== "string")
      add(["meta", key], `expected string, received ${describeReceived(m[key])}`);
  }
  if (m.deprecated !== undefined && typeof m.deprecated !== "boolean") {
    add(["meta", "deprecated"], `expected boolean, received ${describeReceived(m.deprecated)}`);
  }
  const replacedBy = m.replacedBy;
  if (replacedBy !== undefined) {
    if (!Array.isArray(replacedBy))
      add(["meta", "replacedBy"], `expected array of rule ids, received ${describeReceived(replacedBy)}`);
    else {
      replacedBy.forEach((id: unknown, i) => {
        if (!isRuleId(id))
          add(["meta", "replacedBy", i], `expected ${RULE_ID_FORMAT}, received ${describeReceived(id)}`);
      });
    }
  }
}

/**
 * Reports each place in `value` that JSON cannot hold (`NaN`, `±Infinity`, `undefined`, functions,
 * symbols, bigints, class instances), so that every default option is one a JSON config could also set.
 */
function notJsonIssues(
  value: unknown,
  path: Path,
  add: (path: Path, message: string) => void,
  open: Set<object> = new Set(),
): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) add(path, `expected a JSON value (a config could never set it), received ${value}`);
    return;
  }
  if (Array.isArray(value) || isPlainObject(value)) {
    if (open.has(value) || open.size >= 64) {
      add(path, "expected a JSON value (a config could never set it), received a cycle or nesting over 64 levels");
      return;
    }
    open.add(value);
    for (const [key, inner] of Object.entries(value)) {
      notJsonIssues(inner, [...path, Array.isArray(value) ? Number(key) : key], add, open);
    }
    open.delete(value);
    return;
  }
  add(path, `expected a JSON value (a config could never set it), received ${describeReceived(value)}`);
}
