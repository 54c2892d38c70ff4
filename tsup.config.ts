import { defineConfig } from "tsup";
import { areas } from "./scripts/areas.mjs";

// One entry per area (src/<area>/index.ts → dist/<area>/index.{js,cjs,d.ts,d.cts}) plus the root.
// scripts/check-exports.mjs asserts that package.json "exports" matches this list.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    ...Object.fromEntries(areas.map((a: string) => [`${a}/index`, `src/${a}/index.ts`])),
  },
  format: ["esm", "cjs"],
  dts: true,
  target: "es2022",
  platform: "neutral",
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  removeNodeProtocol: false,
  external: [/^node:/],
});
