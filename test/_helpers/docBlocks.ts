import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { repoRoot } from "./docPages.ts";

/**
 * The code blocks of the documentation pages, compiled and run (CONTRIBUTING.md, "Code blocks in the
 * docs"). A fence's info string says what the block is:
 *
 * - `ts`: a TypeScript module, type-checked against the package's public entries (`clientele`,
 *   `clientele/<area>`) and run;
 * - `ts continued`: the next step of the page's previous `ts` block: the steps are one module;
 * - `ts throws` (or `ts continued throws`): as above, and the block must throw, with the `code` its
 *   `// throws ClienteleXxxError (code)` comment names;
 * - `ts fragment`, `js fragment`: code shown out of context (a formula, a CommonJS line); not run;
 * - `sh`, `text`: commands and output; not run;
 * - `mermaid`: a diagram (GitHub renders it); not run.
 *
 * Any other info string, or none, is an error: a block is runnable unless it says it is not.
 */
export const FENCES = [
  "ts",
  "ts continued",
  "ts throws",
  "ts continued throws",
  "ts fragment",
  "js fragment",
  "sh",
  "text",
  "mermaid",
] as const;

/** Modules a block may import besides the package's entries, and the file that stands for each. */
const STAND_INS: Readonly<Record<string, string>> = {
  "clientele-plugin-acme": "examples/plugins/acme-plugin.ts",
};

/** One fenced block of a page. */
export interface DocBlock {
  /** Page path from the repository root. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The info string after the fence, trimmed. */
  readonly info: string;
  /** The block's lines. */
  readonly lines: readonly string[];
}

/** The `ts` blocks of a page that make one module: a block and the `continued` blocks after it. */
export interface DocChain {
  readonly file: string;
  readonly blocks: readonly DocBlock[];
}

/**
 * Every fenced block of a page (fences of three or more backticks or tildes, indented at most 3 spaces).
 *
 * @param file - Page path, for messages.
 * @param text - The page's Markdown.
 * @returns The blocks, and problems (an unclosed fence).
 */
export function fencedBlocks(file: string, text: string): { blocks: DocBlock[]; problems: string[] } {
  const blocks: DocBlock[] = [];
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  let open: { fence: string; line: number; info: string; lines: string[] } | undefined;
  lines.forEach((line, i) => {
    if (open === undefined) {
      const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      if (m) open = { fence: m[1]!, line: i + 1, info: m[2]!.trim(), lines: [] };
    } else if (new RegExp(`^ {0,3}${open.fence[0]}{${open.fence.length},}\\s*$`).test(line)) {
      blocks.push({ file, line: open.line, info: open.info, lines: open.lines });
      open = undefined;
    } else open.lines.push(line);
  });
  if (open !== undefined) problems.push(`${file}:${open.line}: unclosed fence`);
  return { blocks, problems };
}

/**
 * Sorts a page's blocks into runnable chains, checking every info string against {@link FENCES}.
 *
 * @returns The chains of `ts` blocks, and problems (an unknown info string, a `continued` block with
 *   nothing before it).
 */
export function docChains(pages: ReadonlyMap<string, string>): { chains: DocChain[]; problems: string[] } {
  const chains: DocChain[] = [];
  const problems: string[] = [];
  for (const [file, text] of pages) {
    const parsed = fencedBlocks(file, text);
    problems.push(...parsed.problems);
    let current: DocBlock[] | undefined;
    for (const block of parsed.blocks) {
      if (!(FENCES as readonly string[]).includes(block.info)) {
        problems.push(
          `${file}:${block.line}: fence info "${block.info}" is none of ${FENCES.map((f) => `"${f}"`).join(", ")}`,
        );
        continue;
      }
      if (!block.info.startsWith("ts") || block.info === "ts fragment") continue;
      if (block.info.startsWith("ts continued")) {
        if (current === undefined) problems.push(`${file}:${block.line}: "ts continued" with no ts block before it`);
        else current.push(block);
        continue;
      }
      current = [block];
      chains.push({ file, blocks: current });
    }
  }
  return { chains, problems };
}

/** A chain written out as a module, with the page line of each of its lines. */
export interface GeneratedModule {
  readonly chain: DocChain;
  /** Path of the module as written (package specifiers as in the docs), for the type check. */
  readonly checkPath: string;
  /** Path of the module with the package specifiers rewritten to the source files, to run. */
  readonly runPath: string;
  /** `where[i]`: "page:line" of line i + 1 of the module. */
  readonly where: readonly string[];
}

const IMPORT_LINE = /^\s*import\s.*\sfrom\s+"[^"]+";?\s*(\/\/.*)?$|^\s*import\s+"[^"]+";?\s*$/;

/** The module text of a chain, and the page line of each module line. */
function moduleOf(chain: DocChain): { text: string; where: string[] } {
  const out: string[] = [];
  const where: string[] = [];
  const push = (line: string, at: string): void => {
    out.push(line);
    where.push(at);
  };
  for (const block of chain.blocks) {
    const at = (k: number) => `${block.file}:${block.line + 1 + k}`;
    if (!block.info.endsWith("throws")) {
      block.lines.forEach((line, k) => {
        push(line, at(k));
      });
      continue;
    }
    // The block runs inside a function that must throw; its imports (one line each) stay at the top level.
    const code = block.lines.join("\n").match(/\/\/ throws \w+ \((\w+)\)/)?.[1];
    block.lines.forEach((line, k) => {
      if (IMPORT_LINE.test(line)) push(line, at(k));
    });
    push(
      `expectDocBlockThrows(${JSON.stringify(`${block.file}:${block.line}`)}, ${code === undefined ? "undefined" : JSON.stringify(code)}, () => {`,
      at(-1),
    );
    block.lines.forEach((line, k) => {
      if (!IMPORT_LINE.test(line)) push(line, at(k));
    });
    push("});", at(block.lines.length));
  }
  push("export {};", `${chain.file}:end`);
  return { text: `${out.join("\n")}\n`, where };
}

/** The source file a package specifier stands for, or undefined for any other specifier. */
function sourceOf(specifier: string): string | undefined {
  if (specifier === "clientele") return join(repoRoot, "src/index.ts");
  const area = /^clientele\/([a-z]+)$/.exec(specifier)?.[1];
  if (area !== undefined) return join(repoRoot, `src/${area}/index.ts`);
  const standIn = STAND_INS[specifier];
  return standIn === undefined ? undefined : join(repoRoot, standIn);
}

/**
 * Writes each chain as a module under `dir` (cleared first): one copy as the docs write it, for the type
 * check, and one with `clientele…` specifiers pointing at the source, to run.
 */
export function writeModules(chains: readonly DocChain[], dir: string): GeneratedModule[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return chains.map((chain, i) => {
    const { text, where } = moduleOf(chain);
    const slug = `${String(i).padStart(3, "0")}-${chain.file.replace(/[^a-zA-Z0-9]+/g, "-")}-${chain.blocks[0]!.line}`;
    const checkPath = join(dir, `${slug}.ts`);
    const runPath = join(dir, `${slug}.run.ts`);
    writeFileSync(checkPath, text);
    writeFileSync(
      runPath,
      text.replace(/((?:from|import)\s+)"([^"]+)"/g, (all, head: string, spec: string) => {
        const file = sourceOf(spec);
        return file === undefined ? all : `${head}${JSON.stringify(file)}`;
      }),
    );
    return { chain, checkPath, runPath, where };
  });
}

/**
 * Type-checks the modules with the prelude's names declared as globals (in a file written to `dir`,
 * so that they are globals only here), with the repository's compiler options, the
 * package's entries mapped to their source (`clientele/rfm` → src/rfm/index.ts), and the DOM library
 * (for `console`).
 *
 * @returns One message per diagnostic in a module or the prelude, at its page line.
 */
export function typecheckModules(
  modules: readonly GeneratedModule[],
  prelude: { readonly file: string; readonly type: string; readonly names: readonly string[] },
  dir: string,
): string[] {
  const globals = join(dir, "prelude-globals.d.ts");
  writeFileSync(
    globals,
    [
      `import type { ${prelude.type} } from ${JSON.stringify(prelude.file)};`,
      "declare global {",
      ...prelude.names.map((name) => `  var ${name}: ${prelude.type}[${JSON.stringify(name)}];`),
      "}",
      "export {};",
      "",
    ].join("\n"),
  );
  const configFile = ts.readConfigFile(join(repoRoot, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, repoRoot);
  const paths: Record<string, string[]> = {
    clientele: [join(repoRoot, "src/index.ts")],
    "clientele/*": [join(repoRoot, "src/*/index.ts")],
  };
  for (const [spec, file] of Object.entries(STAND_INS)) paths[spec] = [join(repoRoot, file)];
  const options: ts.CompilerOptions = {
    ...parsed.options,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    paths,
    noEmit: true,
  };
  const program = ts.createProgram([globals, ...modules.map((m) => m.checkPath)], options);
  const byPath = new Map(modules.map((m) => [m.checkPath, m]));
  const messages: string[] = [];
  for (const sf of program.getSourceFiles()) {
    const module = byPath.get(sf.fileName);
    if (module === undefined && sf.fileName !== globals && sf.fileName !== prelude.file) continue;
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      const line = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line;
      const at = module === undefined ? `${sf.fileName}:${line + 1}` : (module.where[line] ?? module.chain.file);
      messages.push(`${at}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    }
  }
  return messages;
}
