import { describe, expectTypeOf, it } from "vitest";
import { definePlugin } from "../../src/rules/definePlugin.ts";
import { defineRule } from "../../src/rules/defineRule.ts";

const vip = defineRule({
  id: "acme/vip-gone-quiet",
  meta: { description: "d", severity: "warn", messages: { quiet: "q" } },
  defaultOptions: { days: 60 },
  evaluate(_facts: { isVip: boolean }, _options, _report) {},
});
const meta = { name: "clientele-plugin-acme", version: "1.0.0", namespace: "acme" } as const;

describe("definePlugin types", () => {
  it("keeps the exact rules, namespace and set names", () => {
    const plugin = definePlugin({ meta, rules: { "acme/vip-gone-quiet": vip }, sets: { recommended: [vip] } });
    expectTypeOf(plugin.rules["acme/vip-gone-quiet"]).toEqualTypeOf<typeof vip>();
    expectTypeOf(plugin.meta.namespace).toEqualTypeOf<"acme">();
    expectTypeOf(plugin.sets.recommended).toEqualTypeOf<readonly [typeof vip]>();
  });

  it("rejects a key outside the namespace at compile time", () => {
    definePlugin({
      meta,
      // @ts-expect-error "other/" is not the plugin's namespace
      rules: { "other/vip-gone-quiet": vip },
    });
  });

  it("rejects a key that differs from its rule's id at compile time", () => {
    definePlugin({
      meta,
      // @ts-expect-error the key must equal the rule id
      rules: { "acme/another-id": vip },
    });
  });
});
