// The house plan's import rules (STYLE.md section 2, "Layers run one way"), as a pure function over
// source texts so that a test can plant a violation, plus the tiers that say which area sits where.
//
// Rules, for every relative import or re-export (type-only ones included) in src/:
// 1. An area imports only areas in lower tiers (never its own tier's siblings, never a higher one).
// 2. No file imports another area's `_internal/` folder (an area's private files are its own).
// 3. `src/_lib` holds leaf helpers: a `_lib` file imports only `_lib` and `errors`, and is used,
//    directly or through other `_lib` files, by at least two areas (else it belongs in that area's `_internal/`).
// 4. Every area folder of src/ has a tier.
import path from "node:path";

/**
 * Tiers from the bottom up. An area may import any area of a lower tier. `_lib` is the shared-helper
 * tier. New areas are placed here when they are created (the check fails until they are).
 */
export const tiers = [
  ["errors"],
  ["_lib"],
  ["schema", "math", "csv"],
  ["time", "rules"],
  ["customers"],
  ["rfm", "satisfaction", "complaints"],
  ["clv"],
  ["loyalty", "value", "sql", "simulation"],
  ["bonds"],
  ["retention", "accounts"],
  ["termination"],
  ["lifecycle"],
  ["relationship"],
  ["charts"],
];

const tierOf = new Map(tiers.flatMap((names, i) => names.map((n) => [n, i])));
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^;]*?from\s*["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)|^\s*import\s*["'](\.{1,2}\/[^"']+)["']/gm;

/** Relative import specifiers of one source text (static, type-only, re-exports, dynamic, side-effect). */
export function relativeImports(text) {
  const out = [];
  for (const m of text.matchAll(IMPORT)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/**
 * Checks the layer rules over `files`, a Map from a path relative to the repository root
 * (`src/clv/fitBgNbd.ts`) to its source text. Returns a list of violations (empty when clean).
 */
export function checkLayers(files) {
  const problems = [];
  const libUsers = new Map(); // _lib file -> areas using it directly
  const libImports = new Map(); // _lib file -> _lib files it imports
  for (const [file, text] of files) {
    const parts = file.split("/");
    if (parts[0] !== "src" || parts.length < 3) continue;
    const area = parts[1];
    if (!tierOf.has(area)) {
      problems.push(`${file}: area "${area}" has no tier in scripts/layers.mjs`);
      continue;
    }
    for (const spec of relativeImports(text)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const tp = target.split("/");
      if (tp[0] !== "src") continue;
      if (tp.length < 3) {
        problems.push(`${file} imports ${spec}: import an area, not the root facade`);
        continue;
      }
      const targetArea = tp[1];
      if (area === "_lib") {
        if (targetArea === "_lib") (libImports.get(file) ?? libImports.set(file, []).get(file)).push(target);
        else if (targetArea !== "errors")
          problems.push(`${file} imports ${spec}: _lib helpers import only _lib and errors`);
        continue;
      }
      if (targetArea === "_lib") {
        (libUsers.get(target) ?? libUsers.set(target, new Set()).get(target)).add(area);
      }
      if (targetArea === area) continue;
      if (tp.includes("_internal")) {
        problems.push(`${file} imports ${spec}: another area's _internal/ is private to ${targetArea}`);
        continue;
      }
      const from = tierOf.get(area);
      const to = tierOf.get(targetArea);
      if (to === undefined) problems.push(`${file} imports ${spec}: area "${targetArea}" has no tier`);
      else if (to >= from)
        problems.push(
          `${file} imports ${spec}: ${area} (tier ${from}) may import only lower tiers, and ${targetArea} is tier ${to}`,
        );
    }
  }
  // Rule 3: every _lib file serves at least two areas (through other _lib files too).
  const users = (f, seen = new Set()) => {
    const s = new Set(libUsers.get(f) ?? []);
    for (const [g, deps] of libImports)
      if (deps.includes(f) && !seen.has(g)) {
        seen.add(g);
        for (const a of users(g, seen)) s.add(a);
      }
    return s;
  };
  for (const file of files.keys()) {
    if (!file.startsWith("src/_lib/")) continue;
    const u = users(file);
    if (u.size < 2)
      problems.push(
        `${file} serves ${u.size === 0 ? "no area" : `only ${[...u][0]}`}: move it to that area's _internal/ (or delete it)`,
      );
  }
  return problems;
}
