import { describe, expect, it } from "vitest";
import { bondProfile, defineBondKinds } from "../../src/bonds/index.ts";
import { builtInBondKinds } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { asOf, bond } from "./_bondFixtures.ts";

describe("defineBondKinds", () => {
  it("returns a frozen catalogue of the built-in kinds plus the host's own", () => {
    const kinds = defineBondKinds({ "acme/concierge": "social", "acme/edi-link": "structural" });
    expect(kinds).toEqual({ ...builtInBondKinds, "acme/concierge": "social", "acme/edi-link": "structural" });
    expect(Object.isFrozen(kinds)).toBe(true);
  });
  it("accepts a built-in kind repeated at its own level, and leaves its argument alone", () => {
    const own = { club: "social", "acme/x": "financial" } as const;
    const copy = { ...own };
    expect(defineBondKinds(own).club).toBe("social");
    expect(own).toEqual(copy);
  });
  it("rejects a built-in kind at another level, an unknown level and a blank name, with paths", () => {
    const e = expectClienteleError(
      () => defineBondKinds({ club: "financial", "acme/y": "emotional" as never, " ": "social" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["club", "acme/y", " "]);
    expect(e.message).toMatchInlineSnapshot(`
      "defineBondKinds: invalid input
        ✖ expected "social" (the level of the built-in kind "club"), received "financial" → at club
        ✖ expected "financial" | "social" | "structural", received "emotional" → at ["acme/y"]
        ✖ expected a non-blank kind name → at [" "]"
    `);
    expectClienteleError(() => defineBondKinds(null as never), "invalid_input");
  });
  it("is the kinds option of bondProfile: an unknown kind or a level other than the catalogue's is invalid_input", () => {
    const kinds = defineBondKinds({ "acme/concierge": "social" });
    expect(bondProfile([bond("social", "acme/concierge")], { asOf, kinds }).counts.social).toBe(1);
    const e = expectClienteleError(
      () =>
        bondProfile([bond("social", "acme/concierj"), bond("financial", "acme/concierge")], {
          asOf,
          kinds,
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["instruments[0].kind", "instruments[1].level"]);
  });
});

describe("defineBondKinds on a huge bad catalog (issue 17 fuzz)", () => {
  it("keeps 10,000 issues and counts them all (it kept every one)", () => {
    const e = expectClienteleError(
      () => defineBondKinds(new Float64Array(20_000).fill(Number.NaN) as never),
      "invalid_input",
    );
    expect([e.issues.length, e.issueCount]).toEqual([10_000, 20_000]);
    expect(e.message.length).toBeLessThan(2_000);
  });
});
