import { ClienteleDomainError } from "../../errors/ClienteleError.ts";

/**
 * Throws `domain_error` when a figure of a result is not finite (an overflow of the largest double: a
 * sum or a ratio of extreme but valid inputs), naming it; checks numbers and the numbers of nested plain
 * objects and arrays.
 *
 * @param fn - Public function name.
 * @param figures - The result, or part of it.
 * @param path - Where it is, for the message (default `"result"`).
 * @throws {@link ClienteleDomainError} `domain_error` naming the first figure that is not finite.
 * @internal
 */
export function checkFiniteFigures(fn: string, figures: unknown, path = "result"): void {
  if (typeof figures === "number") {
    if (!Number.isFinite(figures)) {
      throw new ClienteleDomainError(
        "domain_error",
        `${fn}: ${path} overflows the largest double (${figures}); the inputs are too extreme`,
      );
    }
    return;
  }
  if (typeof figures !== "object" || figures === null) return;
  if (Array.isArray(figures)) {
    for (let i = 0; i < figures.length; i++) checkFiniteFigures(fn, figures[i], `${path}[${i}]`);
    return;
  }
  for (const [k, v] of Object.entries(figures)) checkFiniteFigures(fn, v, `${path}.${k}`);
}
