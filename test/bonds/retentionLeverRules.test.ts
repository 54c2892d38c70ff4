import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bondProfile, type RetentionLeverFacts, retentionLeverRules } from "../../src/bonds/index.ts";
import type { BondInstrument } from "../../src/customers/index.ts";
import { evaluateRules, extendRuleSet } from "../../src/rules/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { ruleTester } from "../_helpers/ruleTester.ts";
import { asOf, bond } from "./_bondFixtures.ts";

const profile = (...bonds: BondInstrument[]) => bondProfile(bonds, { asOf });
const points = bond("financial", "points-program");
const club = bond("social", "club");
const manager = bond("social", "dedicated-manager");
const edi = bond("structural", "integrated-system");
const facts = (bonds: BondInstrument[], satisfaction?: number, varietySeeking?: number): RetentionLeverFacts => ({
  profile: profile(...bonds),
  ...(satisfaction === undefined ? {} : { satisfaction }),
  ...(varietySeeking === undefined ? {} : { varietySeeking }),
});
const r = retentionLeverRules.rules;

describe("retentionLeverRules", () => {
  it("holds the six core rules, bare kebab-case ids, each with a citation and a docs page", () => {
    expect(retentionLeverRules.order).toEqual([
      "dissatisfied-fix-service-first",
      "variety-seeker-economic-lever",
      "variety-seeker-social-lever",
      "variety-seeker-technical-lever",
      "bonded-add-missing-level",
      "bonded-next-level",
    ]);
    for (const id of retentionLeverRules.order) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r[id].meta.citation).toBeTruthy();
      expect(r[id].meta.docs).toBe(`docs/rules/${id}.md`);
      expect(existsSync(fileURLToPath(new URL(`../../${r[id].meta.docs}`, import.meta.url))), id).toBe(true);
    }
  });
  it("can be extended with an app's own lever rule and reconfigured (thresholds, off)", () => {
    const f = facts([], 0.65, 0.55);
    const strict = evaluateRules(retentionLeverRules, f, {
      "variety-seeker-economic-lever": { satisfiedAtLeast: 0.7 },
      "variety-seeker-social-lever": "off",
    });
    expect(strict.findings.map((x) => x.ruleId)).toEqual(["variety-seeker-technical-lever"]);
    expect(strict.skipped).toEqual(["variety-seeker-social-lever"]);
    const bad = expectClienteleError(
      () => evaluateRules(retentionLeverRules, f, { "bonded-next-level": { varietySeekingAtLeast: 1.5 } }),
      "invalid_input",
    );
    expect(issuePaths(bad)).toEqual(["config.bonded-next-level.varietySeekingAtLeast"]);
    const extended = extendRuleSet(retentionLeverRules, { override: true }, r["bonded-next-level"]);
    expect(extended.order).toEqual(retentionLeverRules.order);
  });
});

ruleTester(r["dissatisfied-fix-service-first"], {
  valid: [
    { name: "satisfaction unknown", facts: facts([points]) },
    { name: "satisfied at the threshold (0.6 is satisfied)", facts: facts([], 0.6) },
    { name: "below a lowered threshold is fine", facts: facts([], 0.5), options: { satisfiedAtLeast: 0.4 } },
  ],
  invalid: [
    {
      name: "dissatisfied, no bond: fix the service first",
      facts: facts([], 0.2, 0.9),
      findings: [
        {
          messageId: "fixServiceFirst",
          data: { satisfaction: 0.2, threshold: 0.6 },
          evidence: { satisfaction: 0.2, varietySeeking: 0.9, highestLevel: null },
        },
      ],
      expectedOptions: { satisfiedAtLeast: 0.6 },
    },
    {
      name: "dissatisfied but held by structural bonds: correct before they lapse",
      facts: facts([points, manager, edi], 0.3),
      findings: [
        {
          messageId: "heldByBonds",
          data: { satisfaction: 0.3, threshold: 0.6, highestLevel: "structural" },
          evidence: { highestLevel: "structural", counts: { financial: 1, social: 1, structural: 1 } },
        },
      ],
    },
    {
      name: "a raised threshold makes 0.7 dissatisfied",
      facts: facts([], 0.7),
      options: { satisfiedAtLeast: 0.8 },
      findings: [{ messageId: "fixServiceFirst", data: { satisfaction: 0.7, threshold: 0.8 } }],
      expectedOptions: { satisfiedAtLeast: 0.8 },
    },
  ],
});

ruleTester(r["variety-seeker-economic-lever"], {
  valid: [
    { name: "variety seeking unknown", facts: facts([], 0.9) },
    { name: "not a variety seeker (0.4 < 0.5)", facts: facts([], 0.9, 0.4) },
    { name: "dissatisfied variety seeker (handled by the correct rule)", facts: facts([], 0.5, 0.9) },
    { name: "already has an active financial bond", facts: facts([points], 0.9, 0.9) },
  ],
  invalid: [
    {
      name: "satisfied variety seeker without a financial bond",
      facts: facts([club], 0.8, 0.7),
      findings: [
        {
          messageId: "leverApplies",
          data: { satisfaction: 0.8, varietySeeking: 0.7, lever: "economic", level: "financial" },
          evidence: { counts: { financial: 0, social: 1, structural: 0 } },
        },
      ],
    },
    {
      name: "an ended points program does not count",
      facts: facts([bond("financial", "points-program", { end: new Date("2024-03-01T00:00:00Z") })], 0.6, 0.5),
      findings: [
        {
          messageId: "leverApplies",
          data: { satisfaction: 0.6, varietySeeking: 0.5, lever: "economic", level: "financial" },
        },
      ],
    },
  ],
});

ruleTester(r["variety-seeker-social-lever"], {
  valid: [
    { name: "already has a club", facts: facts([points, club], 0.9, 0.9) },
    {
      name: "variety seeking below a raised threshold",
      facts: facts([], 0.9, 0.7),
      options: { varietySeekingAtLeast: 0.8 },
    },
  ],
  invalid: [
    {
      name: "satisfied variety seeker with points only",
      facts: facts([points], 0.9, 0.8),
      findings: [
        {
          messageId: "leverApplies",
          data: { satisfaction: 0.9, varietySeeking: 0.8, lever: "social", level: "social" },
          message:
            "satisfied (0.9) but variety-seeking (0.8) with no active social bond: a social lever applies — personal contact, a club or member events offer variety inside the relationship and ties to people, harder to copy than price",
        },
      ],
    },
  ],
});

ruleTester(r["variety-seeker-technical-lever"], {
  valid: [{ name: "already integrated", facts: facts([points, club, edi], 0.9, 0.9) }],
  invalid: [
    {
      name: "satisfied variety seeker with financial and social bonds but no structural one",
      facts: facts([points, club], 0.75, 0.95),
      findings: [
        {
          messageId: "leverApplies",
          data: { satisfaction: 0.75, varietySeeking: 0.95, lever: "technical", level: "structural" },
        },
      ],
    },
  ],
});

ruleTester(r["bonded-add-missing-level"], {
  valid: [
    { name: "no bond", facts: facts([]) },
    { name: "stacked financial + social", facts: facts([points, club]) },
    { name: "stacked on all three levels", facts: facts([points, club, edi], 0.2) },
    { name: "dissatisfied (corrected first, not bound further)", facts: facts([edi], 0.3) },
  ],
  invalid: [
    {
      name: "structural alone: both lower levels missing, one finding each",
      facts: facts([edi]),
      findings: [
        {
          messageId: "missingLevel",
          data: {
            highestLevel: "structural",
            missingLevel: "financial",
            rank: 3,
            typeOfBond: "financial, social, structural",
            lever: "economic",
          },
        },
        {
          messageId: "missingLevel",
          data: {
            highestLevel: "structural",
            missingLevel: "social",
            rank: 3,
            typeOfBond: "financial, social, structural",
            lever: "social",
          },
        },
      ],
    },
    {
      name: "satisfaction below a lowered threshold still counts as satisfied",
      facts: facts([manager], 0.3),
      options: { satisfiedAtLeast: 0.2 },
      findings: [{ messageId: "missingLevel" }],
      expectedOptions: { satisfiedAtLeast: 0.2 },
    },
    {
      name: "social without financial",
      facts: facts([manager], 0.9),
      findings: [
        {
          messageId: "missingLevel",
          data: {
            highestLevel: "social",
            missingLevel: "financial",
            rank: 2,
            typeOfBond: "financial, social",
            lever: "economic",
          },
          evidence: { stacked: false },
        },
      ],
    },
  ],
});

ruleTester(r["bonded-next-level"], {
  valid: [
    { name: "no bond", facts: facts([]) },
    { name: "already structural", facts: facts([points, club, edi]) },
    { name: "not stacked (the missing-level rule speaks)", facts: facts([manager]) },
    { name: "dissatisfied", facts: facts([points], 0.1) },
    { name: "variety seeker (the variety-seeker rules speak)", facts: facts([points], 0.9, 0.9) },
  ],
  invalid: [
    {
      name: "financial only, satisfaction unknown: social is next",
      facts: facts([points]),
      findings: [
        {
          messageId: "nextLevel",
          data: {
            rank: 1,
            highestLevel: "financial",
            currentPotential: "low",
            lever: "social",
            nextLevel: "social",
            nextPotential: "medium",
          },
        },
      ],
    },
    {
      name: "financial + social, satisfied, not seeking variety: structural is next",
      facts: facts([points, manager], 0.8, 0.2),
      findings: [
        {
          messageId: "nextLevel",
          data: {
            rank: 2,
            highestLevel: "social",
            currentPotential: "medium",
            lever: "technical",
            nextLevel: "structural",
            nextPotential: "high",
          },
        },
      ],
    },
  ],
});
