/**
 * The package's areas: each is `src/<area>/index.ts`, a tsup entry and a subpath export `clientele/<area>`.
 * The root (`clientele`) re-exports every area except `node`. Keep this list, tsup.config.ts,
 * src/index.ts and package.json "exports" in step: scripts/check-exports.mjs verifies them.
 */
export const areas = [
  "errors",
  "schema",
  "csv",
  "rules",
  "time",
  "customers",
  "math",
  "rfm",
  "clv",
  "loyalty",
  "bonds",
  "satisfaction",
  "complaints",
  "value",
  "retention",
  "accounts",
  "termination",
  "lifecycle",
  "sql",
  "simulation",
  "relationship",
  "charts",
];
