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
  const missing: string[] = [];
  const message = template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole: string, name: string) => {
    if (Object.hasOwn(data, name)) return String(data[name]);
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return missing.length === 0 ? { ok: true, message } : { ok: false, missing };
}
