import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { areas } from "../../scripts/areas.mjs";
import { checkLayers, relativeImports, tiers } from "../../scripts/layers.mjs";

const root = join(import.meta.dirname, "..", "..");

function sourceTree(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".ts")) files.set(relative(root, p).split("\\").join("/"), readFileSync(p, "utf8"));
    }
  };
  walk(join(root, "src"));
  return files;
}

/** The real tree with one file added or replaced. */
function planted(path: string, text: string): Map<string, string> {
  const files = sourceTree();
  files.set(path, text);
  return files;
}

/** The problems that `files` has and the real tree has not (so that each test sees its own plant only). */
function added(files: Map<string, string>): string[] {
  const before = new Set(checkLayers(sourceTree()));
  return checkLayers(files).filter((p) => !before.has(p));
}

describe("layer check (scripts/layers.mjs)", () => {
  it("passes on the source tree", () => {
    expect(checkLayers(sourceTree())).toEqual([]);
  });

  it("gives every area of scripts/areas.mjs a tier", () => {
    const placed = tiers.flat();
    expect(areas.filter((a) => !placed.includes(a))).toEqual([]);
  });

  it("fails on a planted upward import, type-only and re-exports included", () => {
    for (const text of [
      'import { fitBgNbd } from "../clv/bgNbd/fitBgNbd.ts";',
      'import type { BgNbdFit } from "../clv/bgNbd/BgNbdFit.ts";',
      'export { fitBgNbd } from "../clv/bgNbd/fitBgNbd.ts";',
      'export * from "../clv/index.ts";',
      'const m = await import("../clv/index.ts");',
    ]) {
      const problems = added(planted("src/math/planted.ts", text));
      expect(problems, text).toHaveLength(1);
      expect(problems[0]).toMatch(
        /^src\/math\/planted\.ts imports \.\.\/clv\/.* math \(tier 2\) may import only lower tiers/,
      );
    }
  });

  it("fails on an import between areas of one tier", () => {
    const problems = added(planted("src/schema/planted.ts", 'import { logGamma } from "../math/logGamma.ts";'));
    expect(problems).toEqual([
      "src/schema/planted.ts imports ../math/logGamma.ts: schema (tier 2) may import only lower tiers, and math is tier 2",
    ]);
  });

  it("fails on an import of another area's _internal/, even from a higher area", () => {
    const problems = added(
      planted("src/clv/planted.ts", 'import { readSummaryTable } from "../rfm/_internal/readSummaryTable.ts";'),
    );
    expect(problems).toEqual([
      "src/clv/planted.ts imports ../rfm/_internal/readSummaryTable.ts: another area's _internal/ is private to rfm",
    ]);
  });

  it("lets an area import its own _internal/ from any depth", () => {
    const files = planted("src/clv/bgNbd/planted.ts", 'import { x } from "../_internal/mapCustomers.ts";');
    expect(added(files)).toEqual([]);
  });

  it("fails when _lib imports above errors, or a _lib file serves fewer than two areas", () => {
    expect(added(planted("src/_lib/planted.ts", 'import { parseInput } from "../schema/parseInput.ts";'))).toEqual([
      "src/_lib/planted.ts imports ../schema/parseInput.ts: _lib helpers import only _lib and errors",
      "src/_lib/planted.ts serves no area: move it to that area's _internal/ (or delete it)",
    ]);
    const files = planted("src/_lib/onlyClv.ts", "export const one = 1;");
    files.set("src/clv/usesIt.ts", 'import { one } from "../_lib/onlyClv.ts";');
    expect(added(files)).toEqual([
      "src/_lib/onlyClv.ts serves only clv: move it to that area's _internal/ (or delete it)",
    ]);
  });

  it("fails on an area folder without a tier, and on an import of the root facade", () => {
    expect(added(planted("src/warehouse/index.ts", "export {};"))).toEqual([
      'src/warehouse/index.ts: area "warehouse" has no tier in scripts/layers.mjs',
    ]);
    expect(added(planted("src/clv/planted.ts", 'import * as all from "../index.ts";'))).toEqual([
      "src/clv/planted.ts imports ../index.ts: import an area, not the root facade",
    ]);
  });

  it("reads static, type-only, re-export, dynamic and side-effect imports, and ignores packages", () => {
    const text = [
      'import { a } from "./a.ts";',
      'import type { B } from "../b.ts";',
      "import {\n  c,\n  d,\n} from './cd.ts';",
      'export * from "./e.ts";',
      'export { f } from "./f.ts";',
      'const g = import("./g.ts");',
      'import "./h.ts";',
      'import * as z from "zod/mini";',
    ].join("\n");
    expect(relativeImports(text)).toEqual(["./a.ts", "../b.ts", "./cd.ts", "./e.ts", "./f.ts", "./g.ts", "./h.ts"]);
  });
});
