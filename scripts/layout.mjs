// Shared by the packaging scripts: what package.json "exports" and typedoc.json "entryPoints" must be,
// derived from scripts/areas.mjs (the single list of areas). No side effects on import.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { areas } from "./areas.mjs";

/** Repository root (the folder holding package.json). */
export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Areas that the root facade (`clientele`) re-exports: every area except `node`. */
export const rootAreas = areas.filter((a) => a !== "node");

/** Areas bundled for the browser by browser-check.mjs: every area except `node`. */
export const browserAreas = rootAreas;

export { areas };

/**
 * The exports block of one entry (`dir` is "" for the root, "<area>/" otherwise), in the shape of
 * STYLE.md section 5: import → types .d.ts then default .js; require → types .d.cts then default .cjs.
 */
export function exportBlock(dir) {
  return {
    import: { types: `./dist/${dir}index.d.ts`, default: `./dist/${dir}index.js` },
    require: { types: `./dist/${dir}index.d.cts`, default: `./dist/${dir}index.cjs` },
  };
}

/** The full "exports" map: ".", one "./<area>" per area (in areas.mjs order), then "./package.json". */
export function expectedExports() {
  const map = { ".": exportBlock("") };
  for (const area of areas) map[`./${area}`] = exportBlock(`${area}/`);
  map["./package.json"] = "./package.json";
  return map;
}

/** Legacy top-level fields kept for old tools (node10 resolution is not supported, but harmless). */
export const expectedLegacyFields = {
  main: "./dist/index.cjs",
  module: "./dist/index.js",
  types: "./dist/index.d.cts",
};

/** typedoc.json "entryPoints": the root facade, then each area facade (in areas.mjs order). */
export function expectedEntryPoints() {
  return ["src/index.ts", ...areas.map((a) => `src/${a}/index.ts`)];
}

/** Public specifiers a consumer can import: "clientele" and "clientele/<area>" for every area. */
export function publicSpecifiers(name = "clientele") {
  return [name, ...areas.map((a) => `${name}/${a}`)];
}

/** Reads and parses a JSON file relative to the repository root. */
export function readJson(relPath) {
  return JSON.parse(readFileSync(join(root, relPath), "utf8"));
}
