import { describe, expect, it } from "vitest";
import type { ClienteleIssue } from "../../../src/errors/ClienteleIssue.ts";
import { pluginIssues } from "../../../src/rules/_internal/pluginIssues.ts";
import { issuePaths } from "../../_helpers/expectIssue.ts";

const paths = (issues: readonly ClienteleIssue[]): string[] => issuePaths({ issues });

const rule = (id: string) => ({
  id,
  meta: { description: "d", severity: "warn", messages: { quiet: "quiet" } },
  defaultOptions: {},
  evaluate: () => undefined,
});
const meta = { name: "clientele-plugin-acme", version: "1.0.0", namespace: "acme" };

describe("pluginIssues", () => {
  it("returns no issue for a plugin whose ids are namespaced and match their keys", () => {
    const vip = rule("acme/vip-gone-quiet");
    expect(pluginIssues("f", { meta, rules: { "acme/vip-gone-quiet": vip }, sets: { recommended: [vip] } })).toEqual(
      [],
    );
  });

  it("rejects a rule id outside the plugin's namespace", () => {
    const issues = pluginIssues("f", { meta, rules: { "other/x": rule("other/x"), bare: rule("bare") } });
    expect(issues.map((i) => i.message)).toEqual([
      'expected an id starting with "acme/", received "other/x"',
      'expected an id starting with "acme/", received "bare"',
    ]);
    expect(issues.map((i) => i.path)).toEqual([
      ["rules", "other/x", "id"],
      ["rules", "bare", "id"],
    ]);
  });

  it("rejects a key that differs from its rule's id", () => {
    const issues = pluginIssues("f", { meta, rules: { "acme/a": rule("acme/b") } });
    expect(issues).toEqual([
      {
        code: "invalid_rule",
        path: ["rules", "acme/a", "id"],
        message: 'expected the id to equal its key "acme/a", received "acme/b"',
      },
    ]);
  });

  it("reports malformed meta, rules and sets with their paths under the base path", () => {
    expect(paths(pluginIssues("f", "x", ["additions", 0]))).toEqual(["additions[0]"]);
    expect(paths(pluginIssues("f", { meta: { name: "", version: 1, namespace: "Acme" }, rules: [] }, ["p"]))).toEqual([
      "p.meta.name",
      "p.meta.version",
      "p.meta.namespace",
      "p.rules",
    ]);
    expect(paths(pluginIssues("f", { meta: null, rules: {} }))).toEqual(["meta"]);
    const stranger = rule("acme/stranger");
    expect(
      paths(pluginIssues("f", { meta, rules: { "acme/a": rule("acme/a") }, sets: { recommended: [stranger] } })),
    ).toEqual(["sets.recommended[0]"]);
    expect(paths(pluginIssues("f", { meta, rules: {}, sets: { recommended: "all" } }))).toEqual(["sets.recommended"]);
    expect(paths(pluginIssues("f", { meta, rules: {}, sets: [] }))).toEqual(["sets"]);
  });

  it("reports a malformed rule inside the plugin at its key", () => {
    expect(paths(pluginIssues("f", { meta, rules: { "acme/a": { ...rule("acme/a"), evaluate: 1 } } }))).toEqual([
      "rules.acme/a.evaluate",
    ]);
  });
});
