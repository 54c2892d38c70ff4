// CommonJS consumer: `require` the root and every subpath; each must export at least one function.
// Subpaths come from the command line (the smoke script passes them from scripts/areas.mjs) or, run
// alone, from the installed package's "exports".
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

function specifiersFromExports() {
  const pkg = JSON.parse(readFileSync(join(__dirname, "node_modules/clientele/package.json"), "utf8"));
  return Object.keys(pkg.exports)
    .filter((key) => key !== "./package.json")
    .map((key) => (key === "." ? "clientele" : `clientele/${key.slice(2)}`));
}

const specifiers = process.argv.length > 2 ? process.argv.slice(2) : specifiersFromExports();
let failed = 0;
for (const specifier of specifiers) {
  try {
    const mod = require(specifier);
    const names = Object.keys(mod).filter((k) => k !== "default" && k !== "__esModule");
    const functions = names.filter((k) => typeof mod[k] === "function");
    if (functions.length === 0) throw new Error(`exports no function (exports: ${names.join(", ") || "nothing"})`);
    const resolved = require.resolve(specifier);
    if (!resolved.endsWith(".cjs")) throw new Error(`resolved to ${resolved}, expected a .cjs file`);
    console.log(`ok    require("${specifier}"): ${names.length} exports, ${functions.length} functions`);
  } catch (error) {
    failed++;
    console.log(`FAIL  require("${specifier}"): ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
