import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { areas } from "../../scripts/areas.mjs";
import { docPages, repoRoot as root } from "../_helpers/docPages.ts";

// Docs match what ships: every subpath a page names exists, every name a code block imports from the
// package is exported by that entry, and names the package has removed appear nowhere.

/** Names exported by an entry's facade (`export { a, type B } from …`, `export * from`), as written. */
function exportedNames(entry: string): Set<string> {
  const file = entry === "" ? "src/index.ts" : `src/${entry}/index.ts`;
  const text = readFileSync(join(root, file), "utf8");
  const names = new Set<string>();
  for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(",")) {
      const name = part
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  for (const m of text.matchAll(/export \* from "\.\/([a-z]+)\/index\.ts"/g)) {
    for (const name of exportedNames(m[1]!)) names.add(name);
  }
  return names;
}

const REMOVED = [
  "fitModifiedBgNbd",
  "simulateModifiedBgNbd",
  "parseFit(",
  "parseBgBbFit",
  "parseSpendFit",
  "parseRetentionFit",
  "bgBbProbabilityAlive",
  "bgBbExpectedPurchases",
  "bgBbConditionalExpectedPurchases",
  "bgBbPurchaseCountProbability",
  "bgBbDiscountedResidualPurchases",
  "discountedExpectedResidualTransactions",
  "transactionsByOpportunity",
  "coreRules",
  "clientele/node",
];

describe("docs match what ships", () => {
  const docs = docPages();

  it("names only subpaths that exist", () => {
    const bad: string[] = [];
    for (const [file, text] of docs) {
      for (const m of text.matchAll(/(?<![\w/.-])clientele\/([a-z]+)/g)) // not the repository URL's ".../clientele/blob"
        if (!areas.includes(m[1]!)) bad.push(`${file}: clientele/${m[1]}`);
    }
    expect(bad).toEqual([]);
  });

  it("imports in code blocks only names their entry exports", () => {
    const bad: string[] = [];
    for (const [file, text] of docs) {
      for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+"clientele(?:\/([a-z]+))?"/g)) {
        const exported = exportedNames(m[2] ?? "");
        for (const part of m[1]!.split(",")) {
          const name = part
            .trim()
            .replace(/^type\s+/, "")
            .split(/\s+as\s+/)[0]
            ?.trim();
          if (name && !exported.has(name)) bad.push(`${file}: ${name} from clientele${m[2] ? `/${m[2]}` : ""}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("never mentions a removed name", () => {
    const bad: string[] = [];
    for (const [file, text] of docs) for (const name of REMOVED) if (text.includes(name)) bad.push(`${file}: ${name}`);
    expect(bad).toEqual([]);
  });
});
