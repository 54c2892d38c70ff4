import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The loyalty guide's code blocks run, in order, as one script against the sources: each
// `from "clientele/<area>"` is pointed at src/<area>/index.ts.
const root = join(import.meta.dirname, "..", "..");
const page = "docs/guides/modelling-a-loyalty-program.md";

describe(page, () => {
  it("runs every ts block in order and prints what the comments say", () => {
    const text = readFileSync(join(root, page), "utf8");
    const blocks = [...text.matchAll(/```ts(?: continued)?\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    const imports: string[] = [];
    const body: string[] = [];
    for (const block of blocks)
      for (const line of block.split("\n")) (line.startsWith("import ") ? imports : body).push(line);
    const script = [...imports, ...body]
      .join("\n")
      .replace(
        /from "clientele\/([a-z]+)"/g,
        (_, area: string) => `from ${JSON.stringify(join(root, "src", area, "index.ts"))}`,
      );
    const dir = mkdtempSync(join(tmpdir(), "clientele-guide-"));
    try {
      const file = join(dir, "guide.ts");
      writeFileSync(file, script);
      const out = execFileSync(process.execPath, ["--import", "tsx", file], { cwd: root, encoding: "utf8" });
      expect(out).toContain("[ 'tiers', 'ladder', 1, 'threshold' ]");
      expect(out).toContain("[ 9000, 18000, 4200, 6000 ]");
      expect(out).toContain("6000 6000 0");
      expect(out).toContain("6000 0");
      expect(out).toContain("Silver 31200 { tier: 'Gold', creditsNeeded: 18800 }");
      expect(out).toContain(
        `redeem: the redemption of 20000 points exceeds member "ines"'s balance of 16200 points at 2024-12-02T10:00:00.000Z`,
      );
      expect(out).toMatch(/'2024-05-02 promotion → Silver',\s+'2024-11-20 requalification → Silver'/);
      expect(out).toContain("0.0811 964");
      expect(out).toContain("0.2857142857142857");
      expect(out).toContain("2700 2266.97");
      expect(out).toContain("1500 1000");
      expect(out).toContain("245.33");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
