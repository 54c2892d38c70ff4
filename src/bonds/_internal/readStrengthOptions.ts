import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { defaultBondWeights } from "../defaultBondWeights.ts";
import type { BondWeights } from "../PerBondLevel.ts";

/**
 * Reads the strength options: weights merged over the defaults (finite, ≥ 0, not all zero) and the
 * saturation in (0, 1].
 *
 * @internal
 */
export function readStrengthOptions(
  fn: string,
  given: unknown,
  saturationGiven: unknown,
): { weights: BondWeights; saturation: number } {
  const issues: ClienteleIssue[] = [];
  let weights = defaultBondWeights;
  if (given !== undefined) {
    if (!isPlainObject(given)) {
      issues.push({
        code: "invalid_type",
        path: ["options", "weights"],
        message: `expected { financial?, social?, structural? }, received ${describeReceived(given)}`,
      });
    } else {
      const merged: Record<string, number> = { ...defaultBondWeights };
      for (const key of Object.keys(given)) {
        const w = given[key];
        if (!Object.hasOwn(defaultBondWeights, key)) {
          issues.push({
            code: "unrecognized_keys",
            path: ["options", "weights", key],
            message: `unknown key "${key}" (expected financial, social or structural)`,
          });
        } else if (w === undefined) {
        } else if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
          issues.push({
            code: "invalid_type",
            path: ["options", "weights", key],
            message: `expected finite number ≥ 0, received ${describeReceived(w)}`,
          });
        } else merged[key] = w;
      }
      weights = merged as unknown as BondWeights;
      if (issues.length === 0 && weights.financial + weights.social + weights.structural === 0) {
        issues.push({
          code: "custom",
          path: ["options", "weights"],
          message: "expected at least one weight > 0, received all 0",
        });
      }
    }
  }
  let saturation = 0.5;
  if (saturationGiven !== undefined) {
    if (
      typeof saturationGiven !== "number" ||
      !Number.isFinite(saturationGiven) ||
      saturationGiven <= 0 ||
      saturationGiven > 1
    ) {
      issues.push({
        code: "invalid_type",
        path: ["options", "saturation"],
        message: `expected number in (0, 1], received ${describeReceived(saturationGiven)}`,
      });
    } else saturation = saturationGiven;
  }
  if (issues.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues });
  return { weights, saturation };
}
