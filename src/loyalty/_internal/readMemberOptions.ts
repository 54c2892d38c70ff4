import * as z from "zod/mini";
import type { LoyaltyEvent } from "../../customers/LoyaltyEventSchema.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { CustomerIdSchema } from "../../schema/primitives.ts";
import { TimestampSchema } from "../../schema/TimestampSchema.ts";

const MemberOptionsSchema = /* @__PURE__ */ z.strictObject({
  asOf: TimestampSchema,
  customerId: /* @__PURE__ */ z.optional(CustomerIdSchema),
});

/**
 * Parses `{ asOf, customerId? }` (at `options`) and picks the member: the given id, or the ledger's only
 * member; several members and no id is `invalid_input` at `options.customerId`. A member with no events
 * is valid (all zero).
 *
 * @internal
 */
export function readMemberOptions(
  fn: string,
  events: readonly LoyaltyEvent[],
  options: unknown,
): { readonly asOf: Date; readonly customerId: string } {
  const parsed = parseInput(fn, MemberOptionsSchema, options, ["options"]);
  if (parsed.customerId !== undefined) return { asOf: parsed.asOf, customerId: parsed.customerId };
  const first = events[0]?.customerId;
  let several = false;
  for (let i = 1; i < events.length && !several; i++) several = events[i]!.customerId !== first;
  if (first === undefined || several)
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["options", "customerId"],
          message: `expected the member's customerId (the ledger holds ${first === undefined ? "no" : "several"} members), received undefined`,
          expected: "customerId",
          received: "undefined",
        },
      ],
    });
  return { asOf: parsed.asOf, customerId: first };
}
