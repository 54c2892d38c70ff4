import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod/mini";
import { defineRule } from "../../src/rules/defineRule.ts";
import type { FactsOfRule, OptionsOfRule, Rule } from "../../src/rules/Rule.ts";

describe("defineRule types", () => {
  it("infers the literal id, the facts, the options from the schema, and the message ids", () => {
    const rule = defineRule({
      id: "too-costly",
      meta: { description: "d", severity: "correct", messages: { costExceedsMargin: "c", other: "o" } },
      optionsSchema: z.object({ tolerance: z.number() }),
      defaultOptions: { tolerance: 0 },
      evaluate(facts: { serviceCost: number }, options, report) {
        expectTypeOf(options).toEqualTypeOf<{ tolerance: number }>();
        expectTypeOf(report).parameter(0).toEqualTypeOf<"costExceedsMargin" | "other">();
        report("costExceedsMargin", { cost: facts.serviceCost });
        // @ts-expect-error unknown message id
        report("costExceedsMarginTypo");
      },
    });
    expectTypeOf(rule).toEqualTypeOf<
      Rule<"too-costly", { serviceCost: number }, { tolerance: number }, "costExceedsMargin" | "other">
    >();
    expectTypeOf<FactsOfRule<typeof rule>>().toEqualTypeOf<{ serviceCost: number }>();
  });

  it("infers widened options from the defaults when there is no schema", () => {
    const rule = defineRule({
      id: "acme/vip-gone-quiet",
      meta: { description: "d", severity: "warn", messages: { quiet: "q" } },
      defaultOptions: { days: 60, label: "vip" },
      evaluate(_facts: { isVip: boolean }, _options, _report) {},
    });
    expectTypeOf<OptionsOfRule<typeof rule>>().toEqualTypeOf<{ days: number; label: string }>();
    expectTypeOf(rule.id).toEqualTypeOf<"acme/vip-gone-quiet">();
  });

  it("rejects defaults that do not match the schema's output type", () => {
    defineRule({
      id: "r",
      meta: { description: "d", severity: "info", messages: { m: "m" } },
      optionsSchema: z.object({ days: z.number() }),
      // @ts-expect-error days must be a number
      defaultOptions: { days: "60" },
      evaluate(_facts: unknown) {},
    });
  });

  it("rejects an unknown severity", () => {
    defineRule({
      id: "r",
      // @ts-expect-error severity must be info | warn | correct | terminate
      meta: { description: "d", severity: "fatal", messages: { m: "m" } },
      defaultOptions: {},
      evaluate(_facts: unknown) {},
    });
  });
});
