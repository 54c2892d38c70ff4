import { describe, expect, it } from "vitest";
import { MAX_DOUBLE, MAX_SAFE_INTEGER } from "../../src/_lib/numberLimits.ts";

describe("numberLimits", () => {
  it("are the globals they stand for", () => {
    expect(MAX_DOUBLE).toBe(Number.MAX_VALUE);
    expect(MAX_SAFE_INTEGER).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe("schemas keep tree-shakable bounds", () => {
  it("no zod check in src/ reads Number.MAX_* (an unused schema would then stay in every bundle)", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const root = new URL("../../src/", import.meta.url).pathname;
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith(".ts")) {
          readFileSync(path, "utf8")
            .split("\n")
            .forEach((line, i) => {
              if (/z\.(lte|gte|lt|gt)\(-?Number\.MAX_/.test(line) && !line.trimStart().startsWith("//"))
                offenders.push(`${path.slice(root.length)}:${i + 1}`);
            });
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
