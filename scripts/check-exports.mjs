// Asserts that the package layout follows scripts/areas.mjs (STYLE.md sections 5 and 12.3):
// - package.json "exports" equals "." + one block per area + "./package.json" (regenerate with
//   `node scripts/sync-exports.mjs`), with `types` first and `default` last in every condition object;
// - the legacy main/module/types fields, "type": "module" and "sideEffects": false;
// - every exports target exists in dist/ (run `npm run build` first);
// - every area has src/<area>/index.ts with a `@module <area>` comment, and every folder of src/ other
//   than _lib is a listed area;
// - src/index.ts re-exports every area except `node`, and nothing else;
// - typedoc.json "entryPoints" lists src/index.ts and every area facade.
// Exits non-zero listing every failure.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import {
  areas,
  expectedEntryPoints,
  expectedExports,
  expectedLegacyFields,
  readJson,
  root,
  rootAreas,
} from "./layout.mjs";

const failures = [];
let passed = 0;
// Runs one check: `fn` returns a list of problems (falsy entries are ignored); none means it passed.
function check(name, fn) {
  let list;
  try {
    list = fn().filter(Boolean);
  } catch (error) {
    list = [`threw: ${error instanceof Error ? error.message : String(error)}`];
  }
  if (list.length === 0) {
    passed++;
    console.log(`  ok    ${name}`);
  } else {
    failures.push(name);
    console.log(`  FAIL  ${name}`);
    for (const p of list) console.log(`          ${p}`);
  }
}

const pkg = readJson("package.json");
const expected = expectedExports();
const fix = "run `node scripts/sync-exports.mjs`";

console.log(`check-exports: areas = ${areas.join(", ")}`);

// 1. exports map == areas + root (same keys, same order, same targets).
check("package.json exports keys are '.', every area of scripts/areas.mjs, './package.json' (in order)", () => {
  const actual = Object.keys(pkg.exports ?? {});
  const want = Object.keys(expected);
  if (isDeepStrictEqual(actual, want)) return [];
  const missing = want.filter((k) => !actual.includes(k));
  const extra = actual.filter((k) => !want.includes(k));
  return [
    missing.length > 0 && `missing: ${missing.join(", ")}`,
    extra.length > 0 && `not in areas.mjs: ${extra.join(", ")}`,
    missing.length === 0 && extra.length === 0 && `order differs: ${actual.join(", ")}`,
    fix,
  ];
});
check("package.json exports blocks have the STYLE.md section 5 shape", () =>
  Object.keys(expected).flatMap((key) =>
    key in (pkg.exports ?? {}) && !isDeepStrictEqual(pkg.exports[key], expected[key])
      ? [`${key}: ${JSON.stringify(pkg.exports[key])}\n          expected ${JSON.stringify(expected[key])}; ${fix}`]
      : [],
  ),
);

// 2. `types` first and `default` last in every condition object (recursively).
function conditionOrder(value, where) {
  if (value === null || typeof value !== "object") return [];
  const keys = Object.keys(value);
  const out = [];
  if (keys.includes("types") && keys[0] !== "types") out.push(`${where}: "types" is not first (${keys.join(", ")})`);
  if (keys.includes("default") && keys.at(-1) !== "default")
    out.push(`${where}: "default" is not last (${keys.join(", ")})`);
  for (const k of keys) out.push(...conditionOrder(value[k], `${where}.${k}`));
  return out;
}
check("every condition object has `types` first and `default` last", () =>
  Object.entries(pkg.exports ?? {}).flatMap(([key, value]) => conditionOrder(value, `exports["${key}"]`)),
);
check("no top-level condition object points ESM importers at .d.cts (no FalseCJS)", () =>
  Object.entries(pkg.exports ?? {}).flatMap(([key, value]) =>
    typeof value === "object" && value !== null && typeof value.types === "string"
      ? [`exports["${key}"].types is flat (${value.types}); nest it under import/require`]
      : [],
  ),
);

// 3. Package-level fields.
check('legacy fields main/module/types, "type": "module", "sideEffects": false, "files" has dist', () => [
  ...Object.entries(expectedLegacyFields).map(
    ([k, v]) => pkg[k] !== v && `${k} is ${JSON.stringify(pkg[k])}, expected "${v}"`,
  ),
  pkg.type !== "module" && `type is ${JSON.stringify(pkg.type)}, expected "module"`,
  pkg.sideEffects !== false && `sideEffects is ${JSON.stringify(pkg.sideEffects)}, expected false`,
  !(Array.isArray(pkg.files) && pkg.files.includes("dist")) && `files ${JSON.stringify(pkg.files)} lacks "dist"`,
]);

// 4. Every target exists in dist/.
function targets(value) {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(targets);
}
check("every exports target and legacy field exists (after `npm run build`)", () => {
  if (!existsSync(join(root, "dist"))) return ["dist/ does not exist: run `npm run build` first"];
  const all = [...new Set([...targets(pkg.exports ?? {}), ...Object.values(expectedLegacyFields)])];
  return all.filter((t) => !existsSync(join(root, t))).map((t) => `missing ${t}`);
});

// 5. Every area has src/<area>/index.ts with `@module <area>`; src/ has no unlisted area folder.
check("every area has src/<area>/index.ts with a `@module <area>` comment", () =>
  areas.map((area) => {
    const file = join(root, "src", area, "index.ts");
    if (!existsSync(file)) return `missing src/${area}/index.ts`;
    const text = readFileSync(file, "utf8");
    return !new RegExp(`@module\\s+${area}\\b`).test(text) && `src/${area}/index.ts lacks "@module ${area}"`;
  }),
);
check("every folder of src/ (except _lib) is listed in scripts/areas.mjs", () =>
  readdirSync(join(root, "src"))
    .filter((d) => d !== "_lib" && statSync(join(root, "src", d)).isDirectory() && !areas.includes(d))
    .map((d) => `src/${d}/ is not an area: add it to scripts/areas.mjs (or move it under src/_lib/)`),
);

// 6. src/index.ts re-exports every area except node, and nothing else.
check("src/index.ts re-exports every area except `node` (export * from './<area>/index.ts')", () => {
  const file = join(root, "src", "index.ts");
  if (!existsSync(file)) return ["missing src/index.ts"];
  const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  const reexported = [...text.matchAll(/export\s+\*\s+from\s+["']\.\/([^/"']+)\/index\.ts["']/g)].map((m) => m[1]);
  const otherExports = [...text.matchAll(/^\s*export\b(?!\s+\*\s+from\s+["']\.\/[^/"']+\/index\.ts["'])[^\n]*/gm)].map(
    (m) => m[0].trim(),
  );
  return [
    ...rootAreas.filter((a) => !reexported.includes(a)).map((a) => `missing: export * from "./${a}/index.ts";`),
    ...reexported.filter((a) => !rootAreas.includes(a)).map((a) => `must not re-export "./${a}/index.ts"`),
    ...otherExports.map((line) => `unexpected export (the root only re-exports area facades): ${line}`),
  ];
});

// 7. typedoc.json entryPoints match the areas.
check("typedoc.json entryPoints are src/index.ts + every src/<area>/index.ts (in order)", () => {
  if (!existsSync(join(root, "typedoc.json"))) return ["missing typedoc.json"];
  const actual = readJson("typedoc.json").entryPoints;
  const want = expectedEntryPoints();
  return isDeepStrictEqual(actual, want)
    ? []
    : [`is ${JSON.stringify(actual)}`, `expected ${JSON.stringify(want)}; ${fix}`];
});

// 8. tsup builds one entry per area from the same list.
check("tsup.config.ts takes its entries from scripts/areas.mjs", () => {
  const text = readFileSync(join(root, "tsup.config.ts"), "utf8");
  return /from\s+["']\.\/scripts\/areas\.mjs["']/.test(text)
    ? []
    : ["tsup.config.ts does not import ./scripts/areas.mjs"];
});

console.log(
  failures.length === 0
    ? `check-exports: all ${passed} checks ok`
    : `check-exports: ${failures.length} of ${passed + failures.length} checks FAILED`,
);
process.exit(failures.length === 0 ? 0 : 1);
