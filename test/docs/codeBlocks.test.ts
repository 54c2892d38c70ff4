import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { docChains, type GeneratedModule, typecheckModules, writeModules } from "../_helpers/docBlocks.ts";
import { docPages, repoRoot } from "../_helpers/docPages.ts";
import { docsPrelude } from "./docsPrelude.ts";

// Every fenced block of README.md, CONTRIBUTING.md and docs/ (not the generated docs/api/) is either
// TypeScript that compiles against the package's entries and runs, or is marked as something else
// (CONTRIBUTING.md, "Code blocks in the docs"). Planted pages check that a broken block fails.

const PLANTED = new Map([
  [
    "planted/broken.md",
    [
      "```ts",
      'import { elapsed } from "clientele/time";',
      'const days: string = elapsed(new Date("1997-01-01"), new Date("1997-01-08"), { unit: "day" });',
      "```",
      "",
      "```ts",
      'import { parseTransactions } from "clientele/customers";',
      'parseTransactions([{ customerId: "a", timestamp: "1997-02-30", amount: 1 }]);',
      "```",
      "",
      "```ts throws",
      'import { summarizeTransactions } from "clientele/rfm";',
      'summarizeTransactions(transactions, { unit: "week", observationEnd: "1998-06-30" }); // does not throw',
      "```",
      "",
      "```ts continued",
      "notDeclared();",
      "```",
      "",
      "```typescript",
      "const unmarked = 1;",
      "```",
      "",
      "```ts throws",
      'import { parseTransactions } from "clientele/customers";',
      'parseTransactions([{ customerId: "a", timestamp: "1997-02-30", amount: 1 }]);',
      "// throws ClienteleDomainError (domain_error): the wrong code, the call throws invalid_input",
      "```",
    ].join("\n"),
  ],
]);

const dir = join(repoRoot, ".tmp", "doc-blocks");
let modules: GeneratedModule[] = [];
let problems: string[] = [];
let typeErrors: string[] = [];
const runErrors = new Map<GeneratedModule, string>();

beforeAll(async () => {
  const { chains, problems: found } = docChains(new Map([...docPages(), ...PLANTED]));
  problems = found;
  modules = writeModules(chains, dir);
  const prelude = docsPrelude();
  typeErrors = typecheckModules(
    modules,
    { file: join(import.meta.dirname, "docsPrelude.ts"), type: "DocsPrelude", names: Object.keys(prelude) },
    dir,
  );
  Object.assign(globalThis, prelude); // this test file's own context: other test files never see these
  // The blocks print (console.log, console.warn): keep the test output to the test's own.
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  for (const m of modules) {
    try {
      await import(/* @vite-ignore */ m.runPath);
    } catch (error) {
      runErrors.set(m, `${m.chain.file}:${m.chain.blocks[0]!.line}: ${String(error)}`);
    }
  }
  vi.restoreAllMocks();
}, 120_000);

const isPlanted = (message: string) => message.startsWith("planted/");

describe("code blocks in the docs", () => {
  it("marks every fence with a known info string", () => {
    expect(problems.filter((p) => !isPlanted(p))).toEqual([]);
  });

  it("type-checks every ts block against the package's entries", () => {
    expect(typeErrors.filter((p) => !isPlanted(p))).toEqual([]);
  });

  it("runs every ts block (a `ts throws` block must throw)", () => {
    const real = modules.filter((m) => !isPlanted(m.chain.file));
    expect(real.length).toBeGreaterThan(30);
    expect(real.filter((m) => runErrors.has(m)).map((m) => runErrors.get(m))).toEqual([]);
  });

  it("fails a planted page: a type error, a throwing block, a `ts throws` block that does not throw or throws another code, an unknown fence", () => {
    expect(problems.filter(isPlanted)).toEqual([
      'planted/broken.md:20: fence info "typescript" is none of "ts", "ts continued", "ts throws", "ts continued throws", "ts fragment", "js fragment", "sh", "text", "mermaid"',
    ]);
    const planted = typeErrors.filter(isPlanted);
    expect(planted).toHaveLength(2);
    expect(planted[0]).toMatch(/^planted\/broken\.md:3: TS2322 Type 'number' is not assignable to type 'string'/);
    expect(planted[1]).toMatch(/^planted\/broken\.md:17: TS2304 Cannot find name 'notDeclared'/);
    const failed = modules.filter((m) => isPlanted(m.chain.file)).map((m) => runErrors.get(m));
    expect(failed).toHaveLength(4);
    expect(failed[0]).toBeUndefined(); // a type error only: it runs
    expect(failed[1]).toMatch(/^planted\/broken\.md:6: ClienteleInputError: parseTransactions: invalid input/);
    expect(failed[2]).toMatch(
      /^planted\/broken\.md:11: Error: planted\/broken\.md:11: the block is fenced `ts throws`/,
    );
    expect(failed[3]).toMatch(
      /^planted\/broken\.md:24: Error: planted\/broken\.md:24: expected a ClienteleError with code domain_error, got ClienteleInputError/,
    );
  });
});
