import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { collectIssue, createIssueCollector, type IssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";

/**
 * What a field of a result row must hold: a finite number (`"number"`), a finite number or `null`
 * (`"number|null"`), an optional finite number (`"number?"`), or a string.
 *
 * @internal
 */
export type FieldKind = "number" | "number|null" | "number?" | "string";

/** Longest list a chart reads (rows of a result object). @internal */
export const MAX_ROWS = 10_000_000;

function fieldOk(kind: FieldKind, v: unknown): boolean {
  if (kind === "string") return typeof v === "string";
  if (typeof v === "number") return Number.isFinite(v);
  return (kind === "number|null" && v === null) || (kind === "number?" && v === undefined);
}

function expectedOf(kind: FieldKind): string {
  return kind === "string"
    ? "string"
    : kind === "number"
      ? "finite number"
      : kind === "number|null"
        ? "finite number or null"
        : "finite number or undefined";
}

/**
 * Checks that `value` is an array of plain objects whose named fields have the given kinds, naming every
 * bad entry (capped by the issue collector), and returns it typed as the caller's row type. The rows are
 * library results, so this is a shape check, not a parse: nothing is copied.
 *
 * @internal
 */
export function readRecords<T>(
  fn: string,
  value: unknown,
  path: readonly (string | number)[],
  fields: Readonly<Record<string, FieldKind>>,
  minLength = 1,
): readonly T[] {
  if (!Array.isArray(value) || value.length > MAX_ROWS) {
    const received = Array.isArray(value) ? `length ${value.length}` : describeReceived(value);
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: [...path],
          message: `expected array, received ${received}`,
          expected: "array",
          received,
        },
      ],
    });
  }
  if (value.length < minLength) {
    throw new ClienteleDomainError("insufficient_data", `${fn}: expected at least ${minLength} rows, received none`, {
      issues: [{ code: "insufficient_data", path: [...path], message: `expected at least ${minLength} rows` }],
    });
  }
  const keys = Object.keys(fields);
  const kinds = keys.map((k) => fields[k]!);
  // Fast pass without allocation; the slow pass below only runs to name what is wrong.
  let ok = true;
  for (let i = 0; i < value.length && ok; i++) {
    const row: unknown = value[i];
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      ok = false;
      break;
    }
    for (let k = 0; k < keys.length; k++) {
      if (!fieldOk(kinds[k]!, (row as Record<string, unknown>)[keys[k]!])) {
        ok = false;
        break;
      }
    }
  }
  if (ok) return value as readonly T[];
  const collector = createIssueCollector();
  for (let i = 0; i < value.length; i++) checkFields(collector, value[i], path, i, keys, fields);
  if (collector.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: collector.list, issueCount: collector.count });
  }
  return value as readonly T[];
}

/** Collects the issues of one row (at `path[index]`, or at `path` for index −1): not a plain object, or a field of the wrong kind. */
function checkFields(
  collector: IssueCollector,
  row: unknown,
  path: readonly (string | number)[],
  index: number,
  keys: readonly string[],
  fields: Readonly<Record<string, FieldKind>>,
): void {
  const at = (): (string | number)[] => (index < 0 ? [...path] : [...path, index]);
  if (typeof row !== "object" || row === null || Array.isArray(row)) {
    collectIssue(collector, () => {
      const received = describeReceived(row);
      return {
        code: "invalid_type",
        path: at(),
        message: `expected object, received ${received}`,
        expected: "object",
        received,
      };
    });
    return;
  }
  for (const key of keys) {
    const kind = fields[key]!;
    const v = (row as Record<string, unknown>)[key];
    if (!fieldOk(kind, v)) {
      collectIssue(collector, () => {
        const expected = expectedOf(kind);
        const received = describeReceived(v);
        return {
          code: "invalid_type",
          path: [...at(), key],
          message: `expected ${expected}, received ${received}`,
          expected,
          received,
        };
      });
    }
  }
}

/**
 * Checks that `value` is a plain object whose named fields have the given kinds, and returns it typed as
 * the caller's type.
 *
 * @internal
 */
export function readFields<T>(
  fn: string,
  value: unknown,
  path: readonly (string | number)[],
  fields: Readonly<Record<string, FieldKind>>,
): T {
  const collector = createIssueCollector();
  checkFields(collector, value, path, -1, Object.keys(fields), fields);
  if (collector.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: collector.list, issueCount: collector.count });
  }
  return value as T;
}

/**
 * Checks that `value` is a plain object and returns it as a record.
 *
 * @internal
 */
export function readObject(fn: string, value: unknown, path: readonly (string | number)[]): Record<string, unknown> {
  if (isPlainObject(value)) return value;
  const received = describeReceived(value);
  throw new ClienteleInputError(`${fn}: invalid input`, {
    issues: [
      {
        code: "invalid_type",
        path: [...path],
        message: `expected object, received ${received}`,
        expected: "object",
        received,
      },
    ],
  });
}

/**
 * Checks an array-like of finite numbers (typed arrays included) and returns a plain array of them.
 *
 * @internal
 */
export function readNumbers(fn: string, value: unknown, path: readonly (string | number)[], minLength = 1): number[] {
  const n = typeof value === "object" && value !== null ? (value as { length?: unknown }).length : undefined;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0 || n > MAX_ROWS || typeof value === "string") {
    const received = describeReceived(value);
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: [...path],
          message: `expected array of numbers, received ${received}`,
          expected: "array of numbers",
          received,
        },
      ],
    });
  }
  if (n < minLength) {
    throw new ClienteleDomainError(
      "insufficient_data",
      `${fn}: expected at least ${minLength} numbers, received ${n}`,
      {
        issues: [{ code: "insufficient_data", path: [...path], message: `expected at least ${minLength} numbers` }],
      },
    );
  }
  const out: number[] = new Array(n);
  const collector = createIssueCollector();
  const list = value as ArrayLike<unknown>;
  for (let i = 0; i < n; i++) {
    const v = list[i];
    if (typeof v === "number" && Number.isFinite(v)) out[i] = v;
    else
      collectIssue(collector, () => {
        const received = describeReceived(v);
        return {
          code: "invalid_type",
          path: [...path, i],
          message: `expected finite number, received ${received}`,
          expected: "finite number",
          received,
        };
      });
  }
  if (collector.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: collector.list, issueCount: collector.count });
  }
  return out;
}
