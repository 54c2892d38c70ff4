import type { $ZodType } from "zod/v4/core";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { isClienteleError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { AnyRule } from "../Rule.ts";

/**
 * Effective options of a rule, or the problems that prevent them.
 *
 * @internal
 */
export type ResolvedOptions =
  | { readonly ok: true; readonly options: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly issues: readonly ClienteleIssue[] };

/**
 * Merges a config entry over the rule's `defaultOptions` (shallow) and validates the result: with the
 * rule's `optionsSchema` when it has one (the parsed output is returned), otherwise by checking that
 * every key exists in the defaults and has the same `typeof` (numbers must be finite).
 *
 * @param fnName - Public function name for error messages.
 * @param rule - A valid rule.
 * @param override - The config entry (already known to be a plain object), or `undefined`.
 * @param path - Path of the entry, e.g. `["config", "too-costly"]`.
 * @returns The options, or issues whose paths start with `path`.
 * @internal
 */
export function resolveRuleOptions(
  fnName: string,
  rule: AnyRule,
  override: Readonly<Record<string, unknown>> | undefined,
  path: readonly (string | number)[],
): ResolvedOptions {
  if (override === undefined) {
    // A rule's defaults give the same options on every call: resolve them once per rule object (a set
    // run over 10⁵ records would otherwise re-parse every rule's defaults per record).
    const cached = resolvedDefaults.get(rule);
    if (cached !== undefined) return cached;
    const resolved = resolveUncached(fnName, rule, undefined, path);
    if (resolved.ok) resolvedDefaults.set(rule, { ok: true, options: Object.freeze({ ...resolved.options }) });
    return resolved.ok ? resolvedDefaults.get(rule)! : resolved;
  }
  return resolveUncached(fnName, rule, override, path);
}

/** Effective options of rules run without a config entry, by rule object (frozen: findings share them). */
const resolvedDefaults = new WeakMap<AnyRule, ResolvedOptions>();

function resolveUncached(
  fnName: string,
  rule: AnyRule,
  override: Readonly<Record<string, unknown>> | undefined,
  path: readonly (string | number)[],
): ResolvedOptions {
  const defaults = rule.defaultOptions as Readonly<Record<string, unknown>>;
  const merged: Record<string, unknown> = { ...defaults, ...override };
  const schema = rule.optionsSchema as $ZodType | undefined;
  if (schema !== undefined) {
    try {
      const parsed: unknown = parseInput(fnName, schema, merged, path);
      if (isPlainObject(parsed)) return { ok: true, options: parsed };
      return { ok: false, issues: [{ code: "invalid_type", path, message: "expected options to parse to an object" }] };
    } catch (error) {
      if (!isClienteleError(error, "invalid_input")) throw error;
      return { ok: false, issues: error.issues };
    }
  }
  const issues: ClienteleIssue[] = [];
  const unknownKeys = Object.keys(override ?? {}).filter((key) => !Object.hasOwn(defaults, key));
  if (unknownKeys.length > 0) {
    issues.push({
      code: "unrecognized_keys",
      path,
      message: `unknown option${unknownKeys.length > 1 ? "s" : ""} ${unknownKeys.map((k) => JSON.stringify(k)).join(", ")}`,
      expected: `one of ${
        Object.keys(defaults)
          .map((k) => JSON.stringify(k))
          .join(", ") || "no options"
      }`,
    });
  }
  for (const [key, value] of Object.entries(override ?? {})) {
    if (!Object.hasOwn(defaults, key)) continue;
    const expected = kind(defaults[key]);
    const received = kind(value);
    if (expected !== "undefined" && expected !== "null" && received !== expected) {
      issues.push({
        code: "invalid_type",
        path: [...path, key],
        message: `expected ${expected}, received ${received}`,
        expected,
        received,
      });
    }
  }
  return issues.length === 0 ? { ok: true, options: merged } : { ok: false, issues };
}

/** Type name used for schema-less option checks; non-finite numbers are named (`NaN`, `Infinity`). */
function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return typeof value;
}
