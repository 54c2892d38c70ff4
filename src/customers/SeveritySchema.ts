import * as z from "zod/mini";

/**
 * How serious a service failure or complaint is: `"minor"` or `"major"`.
 *
 * @example
 * ```ts
 * import { SeveritySchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", SeveritySchema, "major"); // => "major"
 * ```
 * @category Customers
 */
export const SeveritySchema: z.ZodMiniType<Severity, Severity> = /* @__PURE__ */ z.enum(["minor", "major"]);

/**
 * `"minor"` or `"major"` (see {@link SeveritySchema}).
 *
 * @example
 * ```ts
 * import type { Severity } from "clientele/customers";
 * const s: Severity = "minor";
 * ```
 * @category Customers
 */
export type Severity = "minor" | "major";
