import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The warehouse guide's ts blocks run (codeBlocks.test.ts runs them too); here every `expr; // => value`
// line becomes an assertion, so the figures the page shows are the figures DuckDB and the fit give.
const root = join(import.meta.dirname, "..", "..");
const page = "docs/guides/scoring-in-your-warehouse.md";

describe(page, () => {
  it("runs every ts block and every `// =>` comment holds", async () => {
    const text = readFileSync(join(root, page), "utf8");
    const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBe(3);
    const checks: string[] = [];
    const module = blocks.map((block, b) => {
      const lines = block.split("\n").map((line) => {
        const m = /^(.*); \/\/ => (.*)$/.exec(line);
        if (m === null) return line;
        checks.push(m[2]!);
        return `__checks.push([${m[1]}, ${JSON.stringify(m[2])}]);`;
      });
      // Each block is its own scope, as codeBlocks.test.ts runs them.
      const imports = lines.filter((line) => line.startsWith("import "));
      const body = lines.filter((line) => !line.startsWith("import "));
      return { imports, body: [`{ // block ${b}`, ...body, "}"] };
    });
    // The blocks' imports, merged by module (two blocks may import the same name).
    const names = new Map<string, Set<string>>();
    for (const line of module.flatMap((m) => m.imports)) {
      const m = /^import \{ (.*) \} from (".*");$/.exec(line);
      expect(m, line).not.toBeNull();
      const set = names.get(m![2]!) ?? new Set<string>();
      for (const name of m![1]!.split(", ")) set.add(name);
      names.set(m![2]!, set);
    }
    const source = [
      `import { loadCdnowSample } from ${JSON.stringify(join(root, "examples/_data/cdnow.ts"))};`,
      ...[...names].map(([from, set]) => `import { ${[...set].join(", ")} } from ${from};`),
      "export const __checks: [unknown, string][] = [];",
      "const rows = loadCdnowSample();",
      ...module.flatMap((m) => m.body),
    ]
      .join("\n")
      .replace(
        /from "clientele\/([a-z]+)"/g,
        (_, area: string) => `from ${JSON.stringify(join(root, "src", area, "index.ts"))}`,
      );
    const dir = join(root, ".tmp", "warehouse-guide");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "guide.ts");
    writeFileSync(file, source);
    try {
      const { __checks } = (await import(/* @vite-ignore */ file)) as { __checks: [unknown, string][] };
      expect(__checks.length).toBe(checks.length);
      expect(checks.length).toBeGreaterThanOrEqual(5);
      for (const [value, shown] of __checks) expect(value, shown).toEqual(JSON.parse(shown));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
