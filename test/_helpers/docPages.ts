import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** The repository root. */
export const repoRoot = join(import.meta.dirname, "..", "..");

/**
 * The hand-written documentation pages, by path from the repository root: README.md, CONTRIBUTING.md and
 * every `.md` under docs/ except the generated API reference (docs/api/).
 */
export function docPages(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of ["README.md", "CONTRIBUTING.md"]) out.set(file, readFileSync(join(repoRoot, file), "utf8"));
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "api") walk(p);
      } else if (p.endsWith(".md")) out.set(relative(repoRoot, p), readFileSync(p, "utf8"));
    }
  };
  walk(join(repoRoot, "docs"));
  return out;
}
