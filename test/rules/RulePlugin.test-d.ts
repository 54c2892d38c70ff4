import { describe, expectTypeOf, it } from "vitest";
import type { AnyRule } from "../../src/rules/Rule.ts";
import type { RulePlugin, RulePluginMeta } from "../../src/rules/RulePlugin.ts";

describe("RulePlugin types", () => {
  it("has name, version and a typed namespace in meta", () => {
    expectTypeOf<RulePluginMeta<"acme">>().toEqualTypeOf<{
      readonly name: string;
      readonly version: string;
      readonly namespace: "acme";
    }>();
  });

  it("has rules keyed by id and optional named lists of rules", () => {
    expectTypeOf<RulePlugin["rules"]>().toEqualTypeOf<{ readonly [id: string]: AnyRule }>();
    expectTypeOf<RulePlugin["sets"]>().toEqualTypeOf<{ readonly [name: string]: readonly AnyRule[] } | undefined>();
  });
});
