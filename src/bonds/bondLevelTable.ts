import type { BondLevel } from "../customers/BondLevelSchema.ts";

/**
 * One row of Berry's table of the levels of relationship marketing (see {@link bondLevelTable}).
 *
 * @example
 * ```ts
 * import { bondLevelTable, type BondLevelTableRow } from "clientele/bonds";
 * const first: BondLevelTableRow | undefined = bondLevelTable.rows[0];
 * first?.mainMarketingMixElement; // => "price"
 * ```
 * @category Bonds
 */
export interface BondLevelTableRow {
  /** The level's number in the table: 1, 2 or 3. */
  readonly rank: 1 | 2 | 3;
  /** The bond the level adds (the library's {@link BondLevel} name). */
  readonly level: BondLevel;
  /** "Type of bond": every bond the level relies on, the lower levels' included. */
  readonly typeOfBond: readonly BondLevel[];
  /** "Marketing orientation": whom the firm serves, a customer or a client. */
  readonly marketingOrientation: "customer" | "client";
  /** "Degree of service customization". */
  readonly degreeOfServiceCustomization: "low" | "medium" | "medium to high";
  /** "Main element of marketing mix". */
  readonly mainMarketingMixElement: "price" | "personal communications" | "service delivery";
  /** "Potential for sustained competitive differentiation". */
  readonly potentialForSustainedCompetitiveDifferentiation: "low" | "medium" | "high";
}

/**
 * Where {@link bondLevelTable} comes from.
 *
 * @example
 * ```ts
 * import { bondLevelTable, type BondLevelTableSource } from "clientele/bonds";
 * const source: BondLevelTableSource = bondLevelTable.source;
 * source.table; // => "Table 1"
 * ```
 * @category Bonds
 */
export interface BondLevelTableSource {
  /** The citation, as a reference list writes it. */
  readonly citation: string;
  /** The table in that source. */
  readonly table: string;
  /** Where the source took it from. */
  readonly after: string;
  /** The article's DOI. */
  readonly doi: string;
}

/**
 * The classic table of the three levels of relationship marketing, as data: for each level, the type of
 * bond, the marketing orientation, the degree of service customisation, the main element of the
 * marketing mix and the potential for sustained competitive differentiation. Higher levels rely on more
 * bonds, customise more and are harder for competitors to copy.
 *
 * | level | type of bond | orientation | customization | main mix element | differentiation |
 * |---|---|---|---|---|---|
 * | 1 | financial | customer | low | price | low |
 * | 2 | financial, social | client | medium | personal communications | medium |
 * | 3 | financial, social, structural | client | medium to high | service delivery | high |
 *
 * @remarks
 * Berry, L. L. (1995), "Relationship Marketing of Services—Growing Interest, Emerging Perspectives",
 * *Journal of the Academy of Marketing Science* 23(4), 236–245, Table 1 "Levels of relationship
 * marketing", after Berry & Parasuraman (1991), *Marketing Services: Competing Through Quality*, ch. 8.
 * {@link bondProfile} reads `typeOfBond` to say whether a customer's bonds are stacked as the table
 * expects. The value is frozen.
 *
 * @example
 * ```ts
 * import { bondLevelTable } from "clientele/bonds";
 * bondLevelTable.rows.map((r) => r.potentialForSustainedCompetitiveDifferentiation); // => ["low", "medium", "high"]
 * bondLevelTable.rows[2]?.typeOfBond; // => ["financial", "social", "structural"]
 * ```
 * @category Bonds
 */
export const bondLevelTable: {
  /** The source of the table. */
  readonly source: BondLevelTableSource;
  /** Levels 1, 2 and 3, in order. */
  readonly rows: readonly [BondLevelTableRow, BondLevelTableRow, BondLevelTableRow];
} = /* @__PURE__ */ Object.freeze({
  source: /* @__PURE__ */ Object.freeze({
    citation:
      'Berry, L. L. (1995). "Relationship Marketing of Services—Growing Interest, Emerging Perspectives." Journal of the Academy of Marketing Science 23(4), 236–245',
    table: "Table 1",
    after:
      "Berry, L. L. & Parasuraman, A. (1991). Marketing Services: Competing Through Quality. New York: Free Press, ch. 8",
    doi: "10.1177/009207039502300402",
  }),
  rows: /* @__PURE__ */ Object.freeze([
    /* @__PURE__ */ Object.freeze({
      rank: 1,
      level: "financial",
      typeOfBond: /* @__PURE__ */ Object.freeze<BondLevel[]>(["financial"]),
      marketingOrientation: "customer",
      degreeOfServiceCustomization: "low",
      mainMarketingMixElement: "price",
      potentialForSustainedCompetitiveDifferentiation: "low",
    }),
    /* @__PURE__ */ Object.freeze({
      rank: 2,
      level: "social",
      typeOfBond: /* @__PURE__ */ Object.freeze<BondLevel[]>(["financial", "social"]),
      marketingOrientation: "client",
      degreeOfServiceCustomization: "medium",
      mainMarketingMixElement: "personal communications",
      potentialForSustainedCompetitiveDifferentiation: "medium",
    }),
    /* @__PURE__ */ Object.freeze({
      rank: 3,
      level: "structural",
      typeOfBond: /* @__PURE__ */ Object.freeze<BondLevel[]>(["financial", "social", "structural"]),
      marketingOrientation: "client",
      degreeOfServiceCustomization: "medium to high",
      mainMarketingMixElement: "service delivery",
      potentialForSustainedCompetitiveDifferentiation: "high",
    }),
  ] as const),
});
