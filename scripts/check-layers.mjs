// CLI for scripts/layers.mjs: reads every .ts file under src/ and exits non-zero listing each violation.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { checkLayers } from "./layers.mjs";
import { root } from "./layout.mjs";

const files = new Map();
(function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (p.endsWith(".ts")) files.set(relative(root, p).split("\\").join("/"), readFileSync(p, "utf8"));
  }
})(join(root, "src"));

const problems = checkLayers(files);
if (problems.length === 0) {
  console.log(`layers: ok (${files.size} files)`);
} else {
  console.log(`layers: ${problems.length} violation(s)`);
  for (const p of problems.slice(0, 200)) console.log(`  ${p}`);
  process.exitCode = 1;
}
