// Every export must carry TSDoc with an @example (STYLE.md §8). typedoc's own validation only checks
// that a comment exists; this converts the project with the repo's typedoc.json and lists exports
// whose comment (or any call signature's) has no @example block. Exits 1 if any is missing.
import * as td from "typedoc";

const app = await td.Application.bootstrapWithPlugins({}, [new td.TypeDocReader(), new td.TSConfigReader()]);
const project = await app.convert();
if (project === undefined) {
  console.error("check-examples: typedoc could not convert the project");
  process.exit(1);
}
const missing = [];
let checked = 0;
for (const r of Object.values(project.reflections)) {
  if (!r.parent?.kindOf(td.ReflectionKind.Module) || r.kindOf(td.ReflectionKind.Reference)) continue;
  checked++;
  const comments = [r.comment, ...(r.signatures ?? []).map((s) => s.comment)].filter(Boolean);
  if (!comments.some((c) => c.blockTags.some((t) => t.tag === "@example"))) missing.push(`${r.parent.name}.${r.name}`);
}
if (missing.length > 0) {
  console.error(`check-examples: ${missing.length} of ${checked} exports have no @example:\n  ${missing.join("\n  ")}`);
  process.exit(1);
}
console.log(`check-examples: all ${checked} exports have an @example`);
