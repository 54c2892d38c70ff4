import { describe, expect, it } from "vitest";
import { definePlugin } from "../../src/rules/definePlugin.ts";
import { defineRule } from "../../src/rules/defineRule.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const makeRule = <const Id extends string>(id: Id) =>
  defineRule({
    id,
    meta: { description: "d", severity: "warn", messages: { quiet: "quiet" } },
    defaultOptions: {},
    evaluate(_facts: unknown, _options, report) {
      report("quiet");
    },
  });
const meta = { name: "clientele-plugin-acme", version: "1.2.0", namespace: "acme" } as const;

describe("definePlugin", () => {
  it("returns the same plugin object when every rule is namespaced", () => {
    const vip = makeRule("acme/vip-gone-quiet");
    const plugin = { meta, rules: { "acme/vip-gone-quiet": vip }, sets: { recommended: [vip] } };
    expect(definePlugin(plugin)).toBe(plugin);
  });

  it("throws invalid_rule naming the plugin and the rule when an id lacks the namespace prefix", () => {
    const error = expectClienteleError(
      () => definePlugin({ meta, rules: { "too-costly": makeRule("too-costly") } } as never),
      "invalid_rule",
    );
    expect(issuePaths(error)).toEqual(["rules.too-costly.id"]);
    expect(error.message).toMatchInlineSnapshot(`
      "definePlugin: invalid plugin "clientele-plugin-acme"
        ✖ expected an id starting with "acme/", received "too-costly" → at rules["too-costly"].id"
    `);
  });

  it("throws invalid_rule for a namespace that is not kebab-case", () => {
    const error = expectClienteleError(
      () => definePlugin({ meta: { ...meta, namespace: "@Acme" }, rules: {} } as never),
      "invalid_rule",
    );
    expect(issuePaths(error)).toEqual(["meta.namespace"]);
  });

  it("throws invalid_rule when a set lists a rule that is not the plugin's", () => {
    const error = expectClienteleError(
      () =>
        definePlugin({
          meta,
          rules: { "acme/a": makeRule("acme/a") },
          sets: { recommended: [makeRule("acme/a")] },
        }),
      "invalid_rule",
    );
    expect(issuePaths(error)).toEqual(["sets.recommended[0]"]);
  });

  it("throws invalid_rule without a name for a value that is not a plugin", () => {
    const error = expectClienteleError(() => definePlugin(null as never), "invalid_rule");
    expect(error.message.split("\n")[0]).toBe("definePlugin: invalid plugin");
  });
});

describe("definePlugin on hostile namespaces", () => {
  it("describes a BigInt or Symbol namespace in an invalid_rule error instead of throwing a TypeError", () => {
    for (const namespace of [10n, Symbol("s")]) {
      const error = expectClienteleError(
        () => definePlugin({ meta: { name: "x", version: "1", namespace }, rules: {} } as never),
        "invalid_rule",
      );
      expect(issuePaths(error)).toEqual(["meta.namespace"]);
    }
  });
});
