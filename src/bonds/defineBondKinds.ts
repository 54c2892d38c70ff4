import { describeReceived } from "../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector } from "../_lib/issueCollector.ts";
import type { BondLevel } from "../customers/BondLevelSchema.ts";
import { builtInBondKinds } from "../customers/builtInBondKinds.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";

/**
 * A catalogue of bond kinds with their levels: the built-in kinds plus the host app's own, made by
 * {@link defineBondKinds}. Pass it as the `kinds` option of {@link bondProfile} or
 * {@link switchingCost} to check every instrument's kind and level against it.
 *
 * @typeParam Own - The host's own kinds and their levels.
 * @example
 * ```ts
 * import { defineBondKinds, type BondKindCatalog } from "clientele/bonds";
 * const kinds: BondKindCatalog<{ readonly "acme/concierge": "social" }> = defineBondKinds({ "acme/concierge": "social" });
 * kinds["acme/concierge"]; // => "social"
 * kinds.club; // => "social"
 * ```
 * @category Bonds
 */
export type BondKindCatalog<Own extends Readonly<Record<string, BondLevel>> = Readonly<Record<never, BondLevel>>> =
  Readonly<typeof builtInBondKinds & Own>;

/**
 * The kind names of a catalogue made by {@link defineBondKinds} (built-in and the host's own), for
 * typing instruments the host creates.
 *
 * @example
 * ```ts
 * import { defineBondKinds, type BondKindOf } from "clientele/bonds";
 * const kinds = defineBondKinds({ "acme/concierge": "social" } as const);
 * const kind: BondKindOf<typeof kinds> = "acme/concierge"; // "acme/concierj" does not compile
 * ```
 * @category Bonds
 */
export type BondKindOf<Catalog> = keyof Catalog & string;

const LEVELS: ReadonlySet<string> = new Set<BondLevel>(["financial", "social", "structural"]);

/**
 * Declares the host app's own bond kinds, each with its Berry & Parasuraman level, and returns a frozen
 * catalogue of the built-in kinds plus these, typed by name. Nothing is registered globally: the
 * catalogue is a value the host passes where it is needed (the `kinds` option).
 *
 * @remarks
 * A name must be non-empty; a level must be `"financial"`, `"social"` or `"structural"`. A host kind may
 * repeat a built-in kind only at the built-in kind's own level (`BondInstrumentSchema` already holds
 * built-in kinds to their level). Namespacing the host's kinds (`"acme/concierge"`) keeps them apart
 * from kinds the library may add later.
 *
 * @param kinds - The host's kinds, `{ name: level }` (write `as const`, or pass the literal directly).
 * @returns The frozen catalogue: built-in kinds and the host's.
 * @throws {@link ClienteleInputError} `invalid_input` with the path of each bad name or level.
 * @example
 * ```ts
 * import { defineBondKinds } from "clientele/bonds";
 * const kinds = defineBondKinds({ "acme/concierge": "social", "acme/edi-link": "structural" });
 * kinds["acme/edi-link"]; // => "structural"
 * kinds["stamp-card"]; // => "financial"
 * // defineBondKinds({ club: "financial" }) throws invalid_input at club (a built-in social kind)
 * ```
 * @category Bonds
 */
export function defineBondKinds<const Own extends Readonly<Record<string, BondLevel>>>(
  kinds: Own,
): BondKindCatalog<Own> {
  const issues = createIssueCollector();
  if (typeof kinds !== "object" || kinds === null || Array.isArray(kinds)) {
    throw new ClienteleInputError("defineBondKinds: invalid input", {
      issues: [
        {
          code: "invalid_type",
          path: [],
          message: `expected { kind: level } record, received ${describeReceived(kinds)}`,
        },
      ],
    });
  }
  for (const [name, level] of Object.entries(kinds)) {
    if (name.trim() === "") {
      collectIssue(issues, () => ({ code: "invalid_format", path: [name], message: "expected a non-blank kind name" }));
    }
    if (typeof level !== "string" || !LEVELS.has(level)) {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: [name],
        message: `expected "financial" | "social" | "structural", received ${describeReceived(level)}`,
      }));
    } else if (Object.hasOwn(builtInBondKinds, name)) {
      const builtIn = builtInBondKinds[name as keyof typeof builtInBondKinds];
      if (builtIn !== level) {
        collectIssue(issues, () => ({
          code: "custom",
          path: [name],
          message: `expected "${builtIn}" (the level of the built-in kind "${name}"), received ${describeReceived(level)}`,
        }));
      }
    }
  }
  if (issues.count > 0) {
    throw new ClienteleInputError("defineBondKinds: invalid input", { issues: issues.list, issueCount: issues.count });
  }
  return Object.freeze({ ...builtInBondKinds, ...kinds }) as BondKindCatalog<Own>;
}
