/**
 * Rule-id grammar shared by the rule engine: core ids are bare kebab-case (`too-costly`), third-party
 * ids carry one kebab-case namespace prefix (`acme/vip-gone-quiet`).
 *
 * @internal
 * @module
 */

/** One kebab-case segment: lower-case letters and digits, words joined by single hyphens. */
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A message id: camelCase, starting with a lower-case letter. */
const CAMEL = /^[a-z][A-Za-z0-9]*$/;

/**
 * Whether `value` is a kebab-case word (a bare rule id or a namespace).
 *
 * @internal
 */
export function isKebabCase(value: unknown): value is string {
  return typeof value === "string" && KEBAB.test(value);
}

/**
 * Whether `value` is a valid rule id: `kebab` or `namespace/kebab`.
 *
 * @internal
 */
export function isRuleId(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const parts = value.split("/");
  return parts.length <= 2 && parts.every((p) => KEBAB.test(p));
}

/**
 * The namespace of a rule id (`"acme"` for `"acme/vip-gone-quiet"`), or `undefined` for a bare core id.
 *
 * @internal
 */
export function namespaceOf(id: string): string | undefined {
  const slash = id.indexOf("/");
  return slash < 0 ? undefined : id.slice(0, slash);
}

/**
 * Whether `value` is a valid message id (camelCase key of `meta.messages`).
 *
 * @internal
 */
export function isMessageId(value: string): boolean {
  return CAMEL.test(value);
}

/**
 * Human-readable description of the id grammar, for issue messages.
 *
 * @internal
 */
export const RULE_ID_FORMAT =
  "kebab-case id, optionally prefixed by one kebab-case namespace (e.g. too-costly, acme/vip-gone-quiet)";
