// ESM consumer: `import` the root and every subpath. Each must export at least one function, and the
// same names as the CommonJS build (`require`). Subpaths come from the command line (the smoke script
// passes them from scripts/areas.mjs) or, run alone, from the installed package's "exports".
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

function specifiersFromExports() {
  const pkg = JSON.parse(readFileSync(new URL("./node_modules/clientele/package.json", import.meta.url), "utf8"));
  return Object.keys(pkg.exports)
    .filter((key) => key !== "./package.json")
    .map((key) => (key === "." ? "clientele" : `clientele/${key.slice(2)}`));
}

const specifiers = process.argv.length > 2 ? process.argv.slice(2) : specifiersFromExports();
const exportNames = (mod) =>
  Object.keys(mod)
    .filter((k) => k !== "default" && k !== "__esModule")
    .sort();

let failed = 0;
for (const specifier of specifiers) {
  try {
    const mod = await import(specifier);
    const names = exportNames(mod);
    const functions = names.filter((k) => typeof mod[k] === "function");
    if (functions.length === 0) throw new Error(`exports no function (exports: ${names.join(", ") || "nothing"})`);
    const resolved = import.meta.resolve(specifier);
    if (!resolved.endsWith(".js")) throw new Error(`resolved to ${resolved}, expected a .js file`);
    const cjsNames = exportNames(require(specifier));
    const onlyEsm = names.filter((k) => !cjsNames.includes(k));
    const onlyCjs = cjsNames.filter((k) => !names.includes(k));
    if (onlyEsm.length > 0 || onlyCjs.length > 0)
      throw new Error(`ESM and CJS exports differ: only ESM [${onlyEsm.join(", ")}], only CJS [${onlyCjs.join(", ")}]`);
    console.log(`ok    import "${specifier}": ${names.length} exports, ${functions.length} functions, same as require`);
  } catch (error) {
    failed++;
    console.log(`FAIL  import "${specifier}": ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
