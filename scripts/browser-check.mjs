// Edge and browser safety (STYLE.md section 12.7): bundles dist/index.js and every dist/<area>/index.js
// except `node` with esbuild (--bundle --platform=browser --format=esm, dependencies included) and fails
// if a bundle fails or its output still refers to a Node built-in (`node:` specifier, or `require("fs")`,
// `import "path"`, … for any name in node:module's builtinModules). Needs a build (`npm run build`).
import { existsSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import { browserAreas, root } from "./layout.mjs";

const entries = [
  ["clientele", "dist/index.js"],
  ...browserAreas.map((area) => [`clientele/${area}`, `dist/${area}/index.js`]),
];

// Quoted module specifiers in import/export/require/import() position that name a Node built-in.
const builtins = new Set(builtinModules.filter((m) => !m.startsWith("_")));
const specifierPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'`])([^"'`\s]+)\1/g;
function nodeReferences(code) {
  const found = new Set();
  for (const m of code.matchAll(specifierPattern)) {
    const spec = m[2];
    if (spec.startsWith("node:") || builtins.has(spec) || builtins.has(spec.split("/")[0])) found.add(spec);
  }
  for (const m of code.matchAll(/["'`]node:[a-z_/]+["'`]/g)) found.add(m[0].slice(1, -1));
  return [...found];
}

let failed = 0;
console.log(`browser-check: ${entries.map(([name]) => name).join(", ")}`);
for (const [name, file] of entries) {
  const entry = join(root, file);
  if (!existsSync(entry)) {
    failed++;
    console.log(`FAIL  ${name}: ${file} does not exist (run \`npm run build\` first)`);
    continue;
  }
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      absWorkingDir: root,
    });
    const code = result.outputFiles.map((f) => f.text).join("\n");
    const refs = nodeReferences(code);
    if (refs.length > 0) {
      failed++;
      console.log(`FAIL  ${name}: bundle refers to Node built-ins: ${refs.join(", ")}`);
    } else {
      console.log(
        `ok    ${name}: bundles for the browser (${(code.length / 1024).toFixed(1)} KiB unminified), no Node built-ins`,
      );
    }
  } catch (error) {
    failed++;
    const messages = error?.errors?.map(
      (e) => `${e.location ? `${e.location.file}:${e.location.line}: ` : ""}${e.text}`,
    );
    console.log(`FAIL  ${name}: esbuild failed\n        ${(messages ?? [String(error)]).join("\n        ")}`);
  }
}
console.log(
  failed === 0
    ? `browser-check: all ${entries.length} entries ok`
    : `browser-check: ${failed} of ${entries.length} entries FAILED`,
);
process.exit(failed === 0 ? 0 : 1);
