import { describe, expect, it } from "vitest";
import * as accounts from "../src/accounts/index.ts";
import * as bonds from "../src/bonds/index.ts";
import * as charts from "../src/charts/index.ts";
import * as clv from "../src/clv/index.ts";
import * as complaints from "../src/complaints/index.ts";
import * as csv from "../src/csv/index.ts";
import * as customers from "../src/customers/index.ts";
import * as errors from "../src/errors/index.ts";
import * as root from "../src/index.ts";
import * as lifecycle from "../src/lifecycle/index.ts";
import * as loyalty from "../src/loyalty/index.ts";
import * as math from "../src/math/index.ts";
import * as relationship from "../src/relationship/index.ts";
import * as retention from "../src/retention/index.ts";
import * as rfm from "../src/rfm/index.ts";
import * as rules from "../src/rules/index.ts";
import * as satisfaction from "../src/satisfaction/index.ts";
import * as schema from "../src/schema/index.ts";
import * as simulation from "../src/simulation/index.ts";
import * as sql from "../src/sql/index.ts";
import * as termination from "../src/termination/index.ts";
import * as time from "../src/time/index.ts";
import * as value from "../src/value/index.ts";

describe("clientele (root facade)", () => {
  it.each([
    ["errors", errors],
    ["schema", schema],
    ["csv", csv],
    ["rules", rules],
    ["time", time],
    ["customers", customers],
    ["math", math],
    ["rfm", rfm],
    ["clv", clv],
    ["loyalty", loyalty],
    ["bonds", bonds],
    ["satisfaction", satisfaction],
    ["complaints", complaints],
    ["value", value],
    ["retention", retention],
    ["accounts", accounts],
    ["termination", termination],
    ["lifecycle", lifecycle],
    ["sql", sql],
    ["simulation", simulation],
    ["relationship", relationship],
    ["charts", charts],
  ])("re-exports every runtime export of clientele/%s", (_area, mod) => {
    const rootExports = new Map(Object.entries(root));
    for (const [name, value] of Object.entries(mod)) expect(rootExports.get(name), name).toBe(value);
  });
  it("exports nothing that no area exports", () => {
    const fromAreas = new Set(
      [
        errors,
        schema,
        csv,
        rules,
        time,
        customers,
        math,
        rfm,
        clv,
        loyalty,
        bonds,
        satisfaction,
        complaints,
        value,
        retention,
        accounts,
        termination,
        lifecycle,
        sql,
        simulation,
        relationship,
        charts,
      ].flatMap((m) => Object.keys(m)),
    );
    expect(Object.keys(root).filter((k) => !fromAreas.has(k))).toEqual([]);
  });
});
