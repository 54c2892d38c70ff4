import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import type { BondInstrument } from "../../customers/BondInstrumentSchema.ts";
import type { BondLevel } from "../../customers/BondLevelSchema.ts";
import type { CustomerRecord } from "../../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseIsoTimestamp } from "../../schema/parseIsoTimestamp.ts";

/**
 * A customer's bond instruments, read from a record or a list: the instruments as given (not copied)
 * and the customer they belong to (`undefined` for an empty list).
 *
 * @internal
 */
export interface BondInput {
  /** The customer's id: the record's, or the instruments' common one. */
  readonly customerId: string | undefined;
  /** The instruments, as given. */
  readonly bonds: readonly BondInstrument[];
  /** Whether the input was a record (it may carry other evidence, such as loyalty events). */
  readonly record: CustomerRecord | undefined;
}

const LEVELS: ReadonlySet<string> = new Set<BondLevel>(["financial", "social", "structural"]);

const validDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

/**
 * Reads the bonds of a validated customer record or a list of validated instruments (the output of
 * `groupByCustomer`, `CustomerRecordSchema` or `parseBondInstruments`) with cheap checks instead of a
 * second zod parse, so that profiling 100,000 records stays fast: each instrument is a plain object with
 * a known level, a non-empty kind, a valid `start`, an `end` not before it, a finite `value` ≥ 0, and
 * the customer's id. With `kinds`, every kind must be in the catalogue at its level.
 *
 * @param fn - The public function, first word of the error message.
 * @param input - A record or a list of instruments.
 * @param kinds - The host's kind catalogue, if any.
 * @returns The instruments and their customer.
 * @throws {@link ClienteleInputError} `invalid_input` with the path of every bad field.
 * @internal
 */
export function readBondInput(
  fn: string,
  input: unknown,
  kinds?: Readonly<Record<string, BondLevel>> | undefined,
): BondInput {
  const issues = createIssueCollector();
  if (kinds !== undefined && !isPlainObject(kinds)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["options", "kinds"],
          message: `expected a catalogue from defineBondKinds, received ${describeReceived(kinds)}`,
        },
      ],
    });
  }
  let list: unknown;
  let base: string;
  let customerId: string | undefined;
  let record: CustomerRecord | undefined;
  if (Array.isArray(input)) {
    list = input;
    base = "instruments";
  } else if (isPlainObject(input) && typeof input.customerId === "string" && Array.isArray(input.bonds)) {
    list = input.bonds;
    base = "bonds";
    customerId = input.customerId;
    record = input as unknown as CustomerRecord;
  } else {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: [],
          message: `expected a customer record (with bonds) or a list of bond instruments, received ${describeReceived(input)}`,
        },
      ],
    });
  }
  const bonds = list as readonly unknown[];
  for (let i = 0; i < bonds.length; i++) {
    const b = bonds[i];
    if (!isPlainObject(b)) {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: [base, i],
        message: `expected bond instrument, received ${describeReceived(b)}`,
      }));
      continue;
    }
    if (typeof b.customerId !== "string" || b.customerId === "") {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: [base, i, "customerId"],
        message: `expected non-empty string, received ${describeReceived(b.customerId)}`,
      }));
    } else if (customerId === undefined) {
      customerId = b.customerId;
    } else if (b.customerId !== customerId) {
      const expected = customerId;
      collectIssue(issues, () => ({
        code: "custom",
        path: [base, i, "customerId"],
        message: `expected customerId "${expected}" (one customer's bonds), received ${describeReceived(b.customerId)}`,
      }));
    }
    const level = b.level;
    if (typeof level !== "string" || !LEVELS.has(level)) {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: [base, i, "level"],
        message: `expected "financial" | "social" | "structural", received ${describeReceived(level)}`,
      }));
    }
    if (typeof b.kind !== "string" || b.kind === "") {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: [base, i, "kind"],
        message: `expected non-empty string, received ${describeReceived(b.kind)}`,
      }));
    } else if (kinds !== undefined) {
      const kind = b.kind;
      const known = Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
      if (known === undefined) {
        collectIssue(issues, () => ({
          code: "invalid_value",
          path: [base, i, "kind"],
          message: `expected a kind of the catalogue given in options.kinds, received ${describeReceived(kind)}`,
        }));
      } else if (typeof level === "string" && LEVELS.has(level) && known !== level) {
        collectIssue(issues, () => ({
          code: "custom",
          path: [base, i, "level"],
          message: `expected "${known}" (the level of kind "${kind}" in options.kinds), received ${describeReceived(level)}`,
        }));
      }
    }
    const start = b.start;
    if (!validDate(start)) {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: [base, i, "start"],
        message: `expected date, received ${describeReceived(start)}`,
      }));
    }
    const end = b.end;
    if (end !== undefined) {
      if (!validDate(end)) {
        collectIssue(issues, () => ({
          code: "invalid_type",
          path: [base, i, "end"],
          message: `expected date, received ${describeReceived(end)}`,
        }));
      } else if (validDate(start) && end.getTime() < start.getTime()) {
        collectIssue(issues, () => ({
          code: "custom",
          path: [base, i, "end"],
          message: `expected a time at or after start (${start.toISOString()}), received ${end.toISOString()}`,
        }));
      }
    }
    const value = b.value;
    if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value) || value < 0)) {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: [base, i, "value"],
        message: `expected finite number ≥ 0, received ${describeReceived(value)}`,
      }));
    }
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  return { customerId, bonds: bonds as readonly BondInstrument[], record };
}

/**
 * Reads the required `asOf` option: a valid `Date` or a strict ISO-8601 string. There is no default:
 * the library never reads the clock.
 *
 * @param fn - The public function, first word of the error message.
 * @param asOf - The option's value.
 * @returns The instant.
 * @throws {@link ClienteleInputError} `invalid_input` at `options.asOf`.
 * @internal
 */
export function readAsOf(fn: string, asOf: unknown): Date {
  if (validDate(asOf)) return asOf;
  const parsed = typeof asOf === "string" ? parseIsoTimestamp(asOf) : undefined;
  if (parsed !== undefined) return parsed;
  throw new ClienteleInputError(`${fn}: invalid input`, {
    issues: [
      {
        code: "invalid_type",
        path: ["options", "asOf"],
        message:
          asOf === undefined
            ? "expected date or ISO-8601 string (asOf is required: the library never reads the clock), received undefined"
            : `expected date or ISO-8601 string, received ${describeReceived(asOf)}`,
      },
    ],
  });
}

/**
 * Whether an instrument is active at `t` (ms since the epoch): started at or before `t`, and not ended
 * (`end` is exclusive).
 *
 * @internal
 */
export function isActiveAt(bond: BondInstrument, t: number): boolean {
  return bond.start.getTime() <= t && (bond.end === undefined || t < bond.end.getTime());
}
