import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../_helpers/docPages.ts";

// README.md ships in the npm tarball, where docs/, examples/ and test/ do not: its links must be absolute,
// to the repository that package.json names, and point at files that exist.
const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
  repository: { url: string };
  homepage: string;
  bugs: { url: string };
};
const repository = pkg.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

describe("README links", () => {
  it("package.json names the repository, its homepage and its issues", () => {
    expect(repository).toBe("https://github.com/clientele-js/clientele");
    expect(pkg.homepage).toBe(`${repository}#readme`);
    expect(pkg.bugs.url).toBe(`${repository}/issues`);
  });

  it("are absolute (they work inside the published tarball)", () => {
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => !/^https:\/\//.test(l) && !l.startsWith("#"))).toEqual([]);
  });

  it("point at files of this repository that exist, on its main branch", () => {
    const prefix = `${repository}/blob/main/`;
    const own = links.filter((l) => l.startsWith(repository));
    expect(own.filter((l) => !l.startsWith(prefix))).toEqual([]);
    expect(own.map((l) => l.slice(prefix.length).split("#")[0]!).filter((p) => !existsSync(join(repoRoot, p)))).toEqual(
      [],
    );
  });
});
