import * as z from "zod/mini";
import { type ProgressControl, splitProgressOptions } from "../../_lib/progress.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { type TimeUnit, TimeUnitSchema, timeUnits } from "../../time/TimeUnitSchema.ts";
import { defaultFitOptions } from "../FitOptions.ts";

const PositiveSchema = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0));

const FitOptionsSchema = /* @__PURE__ */ z.strictObject({
  unit: /* @__PURE__ */ z.optional(TimeUnitSchema),
  start: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), PositiveSchema)),
  tolerance: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lt(1)),
  ),
  maxIterations: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1))),
  penalty: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0))),
  standardErrors: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  allowNonConvergence: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});

/**
 * Fit options validated and filled in with {@link defaultFitOptions}; `start` has one entry per parameter,
 * in the order of the model's names, `undefined` where the caller gave none (the model's data-dependent
 * default applies).
 *
 * @internal
 */
export interface ResolvedFitOptions {
  /** Unit given by the caller, if any. */
  readonly unit: TimeUnit | undefined;
  /** Start values given by the caller (natural scale), in parameter order; `undefined` where not given. */
  readonly start: readonly (number | undefined)[];
  /** BFGS tolerance. */
  readonly tolerance: number;
  /** BFGS iteration limit. */
  readonly maxIterations: number;
  /** L2 penalty on log-parameters, per customer. */
  readonly penalty: number;
  /** Whether to compute standard errors. */
  readonly standardErrors: boolean;
  /** Whether a fit that did not converge is returned rather than thrown. */
  readonly allowNonConvergence: boolean;
  /** Progress callback and abort signal. */
  readonly control: ProgressControl;
}

/**
 * Validates fit options (`invalid_input` with paths under `options`, including unknown keys and start
 * values for parameters the model does not have) and fills in the defaults.
 *
 * @param fnName - Public function name.
 * @param options - Options as given (untrusted).
 * @param names - The model's parameter names, in order.
 * @returns The resolved options.
 * @throws {@link ClienteleInputError} `invalid_input` listing every bad option.
 * @internal
 */
export function resolveFitOptions(fnName: string, options: unknown, names: readonly string[]): ResolvedFitOptions {
  const { rest, control } = splitProgressOptions(fnName, options);
  const parsed = parseInput(fnName, FitOptionsSchema, rest ?? {}, ["options"]);
  const given = parsed.start ?? {};
  const unknown = Object.keys(given).filter((k) => !names.includes(k));
  if (unknown.length > 0) {
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "unrecognized_keys",
          path: ["options", "start"],
          message: `unknown parameter${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => JSON.stringify(k)).join(", ")} (the parameters are ${names.join(", ")})`,
          expected: names.join(", "),
        },
      ],
    });
  }
  return {
    unit: parsed.unit,
    start: names.map((name) => given[name]),
    tolerance: parsed.tolerance ?? defaultFitOptions.tolerance,
    maxIterations: parsed.maxIterations ?? defaultFitOptions.maxIterations,
    penalty: parsed.penalty ?? defaultFitOptions.penalty,
    standardErrors: parsed.standardErrors ?? defaultFitOptions.standardErrors,
    allowNonConvergence: parsed.allowNonConvergence ?? defaultFitOptions.allowNonConvergence,
    control,
  };
}

/**
 * Throws `invalid_input` at `options.unit` for a fit that needs a time unit and was given none (the
 * message names what the unit measures and lists the units).
 *
 * @param fnName - Public function name.
 * @param meaning - What the unit is, in words (`"the length of one period"`).
 * @param note - A hint after the list of units, if any.
 * @throws {@link ClienteleInputError} always.
 * @internal
 */
export function throwMissingUnit(fnName: string, meaning: string, note?: string): never {
  const units = timeUnits.map((u) => JSON.stringify(u)).join(" | ");
  throw new ClienteleInputError(`${fnName}: invalid input`, {
    issues: [
      {
        code: "invalid_type",
        path: ["options", "unit"],
        message: `missing required field (expected ${meaning}: ${units}${note === undefined ? "" : `; ${note}`})`,
        expected: "time unit",
        received: "undefined",
      },
    ],
  });
}
