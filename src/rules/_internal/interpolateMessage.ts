/**
 * Result of {@link interpolateMessage}: the rendered message, or the placeholder names that had no value.
 *
 * @internal
 */
export type Interpolation =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly missing: readonly string[] };

/**
 * Replaces each `{{name}}` (spaces inside the braces allowed, as in ESLint) in `template` with
 * `String(data[name])`. Every placeholder must have an own property in `data`; otherwise the result
 * lists the missing names (each once, in order of first use) instead of a message.
 *
 * @param template - Message with `{{placeholders}}`.
 * @param data - Values to insert.
 * @returns The message, or the missing placeholder names.
 * @internal
 */
export function interpolateMessage(template: string, data: Readonly<Record<string, unknown>>): Interpolation {
  const parts = partsOf(template);
  let message = parts[0] as string;
  let missing: string[] | undefined;
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i] as string;
    if (Object.hasOwn(data, name)) message += String(data[name]);
    else {
      missing ??= [];
      if (!missing.includes(name)) missing.push(name);
      message += parts[i + 1] as string;
    }
    message += parts[i + 2] as string;
  }
  return missing === undefined ? { ok: true, message } : { ok: false, missing };
}

/**
 * A template split once into `[text, name, whole, text, name, whole, …, text]` (`whole` is the
 * placeholder as written, kept for a missing value): messages are rendered per finding, and a rule set
 * run over a customer base renders the same few templates many times.
 */
const templates = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  const cached = templates.get(template);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  const pattern = /\{\{\s*([^{}\s]+)\s*\}\}/g;
  let from = 0;
  for (let m = pattern.exec(template); m !== null; m = pattern.exec(template)) {
    parts.push(template.slice(from, m.index), m[1] as string, m[0]);
    from = m.index + m[0].length;
  }
  parts.push(template.slice(from));
  // Templates come from rule definitions (a bounded set); the cap guards against generated ones.
  if (templates.size < 10_000) templates.set(template, parts);
  return parts;
}
