// Regenerates package.json "exports" (and the legacy main/module/types fields) and typedoc.json
// "entryPoints" from scripts/areas.mjs. Adding an area: add it to scripts/areas.mjs, create
// src/<area>/index.ts, re-export it from src/index.ts (unless it is `node`), then run
//   node scripts/sync-exports.mjs
// and check with `node scripts/check-exports.mjs` after `npm run build`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expectedEntryPoints, expectedExports, expectedLegacyFields, root } from "./layout.mjs";

// Writes the updated JSON, then lets biome format it (so `npm run lint` stays clean).
function rewriteJson(relPath, update) {
  const file = join(root, relPath);
  const before = readFileSync(file, "utf8");
  const json = JSON.parse(before);
  update(json);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  const biome = spawnSync(join(root, "node_modules/.bin/biome"), ["format", "--write", relPath], {
    cwd: root,
    encoding: "utf8",
  });
  if (biome.status !== 0) console.warn(`${relPath}: biome format failed:\n${biome.stdout}${biome.stderr}`);
  console.log(`${relPath}: ${readFileSync(file, "utf8") === before ? "already in sync" : "updated"}`);
}

rewriteJson("package.json", (pkg) => {
  Object.assign(pkg, expectedLegacyFields);
  pkg.exports = expectedExports();
});

if (existsSync(join(root, "typedoc.json"))) {
  rewriteJson("typedoc.json", (config) => {
    config.entryPoints = expectedEntryPoints();
  });
} else {
  console.log("typedoc.json: missing, not created (check-exports.mjs will fail)");
}
