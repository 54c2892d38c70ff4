import * as z from "zod/mini";
import { parseInput } from "../../schema/parseInput.ts";
import { LabelSchema } from "../../schema/primitives.ts";
import { CivilDateSchema } from "../../time/CivilDateSchema.ts";
import { AccountTeamSchema } from "../AccountTeam.ts";
import type { AssignmentBook } from "../AssignmentBook.ts";

const BookSchema = /* @__PURE__ */ z.object({
  team: AccountTeamSchema,
  assignments: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({ accountId: LabelSchema, managerId: LabelSchema, since: CivilDateSchema }),
  ),
  history: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      date: CivilDateSchema,
      accountId: LabelSchema,
      from: /* @__PURE__ */ z.nullable(LabelSchema),
      to: /* @__PURE__ */ z.nullable(LabelSchema),
      reason: /* @__PURE__ */ z.optional(LabelSchema),
    }),
  ),
});

/**
 * Checks that a value has the shape of an {@link AssignmentBook} (as `createAssignmentBook` and the
 * assignment functions return it) and returns a validated copy. Books are small (a team's key accounts), so
 * a full parse per call is cheap.
 *
 * @param fn - Public function name.
 * @param book - The untrusted book.
 * @throws {@link ClienteleInputError} `invalid_input` at `book.…`.
 * @internal
 */
export function readAssignmentBook(fn: string, book: unknown): AssignmentBook {
  return parseInput(fn, BookSchema, book, ["book"]);
}
