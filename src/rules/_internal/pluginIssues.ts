import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { isKebabCase, namespaceOf } from "./ruleId.ts";
import { ruleIssues } from "./ruleIssues.ts";

type Path = readonly (string | number)[];

/**
 * Checks that `plugin` is a well-formed rule plugin: `meta` with non-empty `name` and `version` and a
 * kebab-case `namespace`; `rules` a plain object whose every key equals its rule's id, starts with
 * `${namespace}/`, and holds a valid rule; `sets` (if any) a plain object of arrays of the plugin's own
 * rules. Returns every problem (empty when valid).
 *
 * @param fnName - Public function doing the check.
 * @param plugin - The candidate plugin.
 * @param basePath - Prefix for issue paths.
 * @returns Issues, all with code `invalid_rule` (or zod codes for defaults failing a rule's schema).
 * @internal
 */
export function pluginIssues(fnName: string, plugin: unknown, basePath: Path = []): ClienteleIssue[] {
  const issues: ClienteleIssue[] = [];
  const add = (path: Path, message: string): void => {
    issues.push({ code: "invalid_rule", path: [...basePath, ...path], message });
  };
  if (!isPlainObject(plugin)) {
    add([], "expected plugin object { meta, rules, sets? }");
    return issues;
  }
  const meta = plugin.meta;
  let namespace: string | undefined;
  if (!isPlainObject(meta)) add(["meta"], "expected object { name, version, namespace }");
  else {
    for (const key of ["name", "version"] as const) {
      if (typeof meta[key] !== "string" || meta[key] === "") add(["meta", key], "expected non-empty string");
    }
    if (isKebabCase(meta.namespace)) namespace = meta.namespace;
    else add(["meta", "namespace"], `expected kebab-case namespace, received ${describeReceived(meta.namespace)}`);
  }
  const rules = plugin.rules;
  if (!isPlainObject(rules)) {
    add(["rules"], "expected object of rules keyed by id");
    return issues;
  }
  for (const [key, rule] of Object.entries(rules)) {
    const own = ruleIssues(fnName, rule, [...basePath, "rules", key]);
    issues.push(...own);
    if (own.length > 0) continue;
    const id = (rule as { id: string }).id;
    if (id !== key) add(["rules", key, "id"], `expected the id to equal its key "${key}", received "${id}"`);
    else if (namespace !== undefined && namespaceOf(id) !== namespace) {
      add(["rules", key, "id"], `expected an id starting with "${namespace}/", received "${id}"`);
    }
  }
  const sets = plugin.sets;
  if (sets !== undefined) {
    if (!isPlainObject(sets)) add(["sets"], "expected object of rule lists");
    else {
      const own = new Set(Object.values(rules));
      for (const [name, list] of Object.entries(sets)) {
        if (!Array.isArray(list)) add(["sets", name], "expected array of the plugin's rules");
        else {
          list.forEach((rule: unknown, i) => {
            if (!own.has(rule)) add(["sets", name, i], "expected one of the plugin's own rules");
          });
        }
      }
    }
  }
  return issues;
}
