import { describeReceived } from "../../_lib/describeReceived.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { TimeUnit } from "../../time/TimeUnitSchema.ts";
import type { ModelFit } from "../ModelFit.ts";
import { buildCountData, type CountData } from "./buildCountData.ts";
import { type BoundaryMeaning, fitByMaximumLikelihood } from "./fitByMaximumLikelihood.ts";
import { readCountData } from "./readCountData.ts";
import { resolveFitOptions, throwMissingUnit } from "./resolveFitOptions.ts";

/**
 * What a frequency/recency ("count") model plugs into {@link fitCountModel}: its name, its parameter
 * names (natural scale, all > 0, in the order of its params record and covariance), its default start
 * values for given data, and its fused log-likelihood in the log-parameters.
 *
 * @internal
 */
export interface CountModelSpec<Model extends string, Params extends object> {
  /** The model's discriminant, e.g. `"bg-nbd"`. */
  readonly model: Model;
  /** Parameter names in order. */
  readonly names: readonly (keyof Params & string)[];
  /** Default start values (natural scale, in the order of `names`) for the data. */
  readonly defaultStart: (data: CountData) => readonly number[];
  /**
   * The total log-likelihood of the data as a function of the log-parameters, filling `gradient` with
   * ∂ ln L/∂ ln θ (analytic), NaN where parameters overflow. Called once per fit; the function it returns
   * is called once per optimiser evaluation.
   */
  readonly logLikelihood: (data: CountData) => (logParams: Float64Array, gradient: Float64Array) => number;
  /**
   * Optional analytic Hessian of ln L in the log-parameters (null where not finite), for the standard
   * errors in one pass; without it they come from differences of the gradient.
   */
  readonly hessian?: ((data: CountData) => (logParams: Float64Array) => number[][] | null) | undefined;
  /** What each parameter running to ∞ or to 0 means for the model, in the order of `names`. */
  readonly boundaries: readonly BoundaryMeaning[];
}

/**
 * Fits a count model: validates options and data (rows, columns, compressed summaries or a
 * `TransactionSummary`), resolves the time unit, then runs {@link fitByMaximumLikelihood} on the
 * compressed data.
 *
 * @param fnName - Public function name.
 * @param spec - The model.
 * @param input - The data (untrusted).
 * @param options - Count-model fit options (untrusted).
 * @returns The fit, as plain data.
 * @throws {@link ClienteleInputError} `invalid_input` for bad data or options, a missing unit, or a unit
 *   that contradicts the summary's metadata.
 * @throws {@link ClienteleDomainError} `domain_error` for impossible rows; `insufficient_data` when there
 *   are fewer distinct repeat-buyer histories than parameters.
 * @throws {@link ClienteleConvergenceError} `not_converged` (unless allowed).
 * @internal
 */
export function fitCountModel<Model extends string, Params extends object>(
  fnName: string,
  spec: CountModelSpec<Model, Params>,
  input: unknown,
  options: unknown,
): ModelFit<Model, Params> {
  const { ignoreUnknown, rest } = takeUnknownFields(fnName, options);
  const resolved = resolveFitOptions(fnName, rest, spec.names);
  const { data, unit: recorded } = readCountData(fnName, input, ignoreUnknown);
  const unit = resolveUnit(fnName, recorded, resolved.unit);
  let histories = 0;
  for (let k = 0; k < data.size; k++) if (data.frequency[k]! > 0) histories++;
  const estimate = fitByMaximumLikelihood<Params>(
    {
      fnName,
      names: spec.names,
      observations: data.customers,
      observationNoun: ["customer", "customers"],
      defaultStart: spec.defaultStart(data),
      logLikelihood: spec.logLikelihood(data),
      logLikelihoodHessian: spec.hessian?.(data),
      coarseLogLikelihood: data.size > COARSE_ABOVE ? spec.logLikelihood(thin(data)) : undefined,
      requirements: [
        {
          have: histories,
          need: spec.names.length,
          counted: ["distinct repeat-buyer history", "distinct repeat-buyer histories"],
          context: ` (frequency > 0; distinct (frequency, recency, T)) among ${data.customers} customers`,
          why: REPEAT_BUYERS_WHY,
        },
      ],
      boundaries: spec.boundaries,
    },
    resolved,
  );
  return { model: spec.model, unit, ...estimate };
}

/**
 * What r (shape of the gamma mixture of purchase rates, every count model's first parameter) running to a
 * boundary means.
 *
 * @internal
 */
export const purchaseShapeBoundary: BoundaryMeaning = {
  high: "purchase rates do not vary across customers if α runs to ∞ with r (a model with one common purchase rate r/α fits as well)",
  low: "purchase rates are extremely heterogeneous (r → 0: almost all purchases come from a few customers)",
};

/**
 * What α (scale of the gamma mixture of purchase rates, every count model's second parameter) running to
 * a boundary means.
 *
 * @internal
 */
export const purchaseScaleBoundary: BoundaryMeaning = {
  high: "purchase rates do not vary across customers if r runs to ∞ with α (one common rate r/α fits as well); otherwise the mean purchase rate r/α → 0",
  low: "the mean purchase rate r/α → ∞ (check the time unit of the data)",
};

/**
 * Why a count model needs as many distinct repeat-buyer histories as parameters: a customer without
 * repeat purchases adds only the probability of none in (0, T], the same function of the parameters for
 * every such customer but for T; the purchase rates' heterogeneity and the dropout process are told apart
 * by the frequencies and recencies of repeat buyers, and identical histories repeat one equation.
 */
const REPEAT_BUYERS_WHY =
  "the purchase and dropout parameters are told apart by repeat buyers' frequencies and recencies (a customer with no repeat purchase adds only the probability of none in T), so k parameters need k distinct repeat-buyer histories";

/**
 * Takes the count fits' own option `unknownFields` (`"reject"` default, or `"ignore"`) out of the options
 * before the shared fit options are resolved (the other fits do not read summary tables, so they do not
 * know it).
 */
function takeUnknownFields(fnName: string, options: unknown): { ignoreUnknown: boolean; rest: unknown } {
  if (typeof options !== "object" || options === null || !("unknownFields" in options)) {
    return { ignoreUnknown: false, rest: options };
  }
  const { unknownFields, ...rest } = options as { unknownFields?: unknown };
  if (unknownFields !== undefined && unknownFields !== "reject" && unknownFields !== "ignore") {
    const received = describeReceived(unknownFields);
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["options", "unknownFields"],
          message: `expected "reject" or "ignore", received ${received}`,
          expected: '"reject" | "ignore"',
          received,
        },
      ],
    });
  }
  return { ignoreUnknown: unknownFields === "ignore", rest };
}

/**
 * Above this many triples, a first fit on a subsample finds the start and preconditioner: about a tenth
 * of the repeat buyers' triples, at least THINNED_MIN and at most THINNED_MAX. The full fit then
 * converges in a few iterations (G1: Pareto/NBD on 48,432 triples, 6 instead of 22), to the same optimum
 * within the tolerance.
 */
const COARSE_ABOVE = 20_000;
const THINNED_MIN = 5_000;
const THINNED_MAX = 50_000;

/**
 * A weighted subsample of the data for the coarse first fit: every m-th triple with repeat purchases and
 * every m₀-th triple without (those differ only by T: one per distinct T, so a few when customers share
 * their ages, as many as the customers when T is continuous), each with its weight multiplied by its
 * stride, so that the total weight, and the scale of the log-likelihood, stay about the same. Each kind
 * keeps about a tenth of its triples, at least THINNED_MIN and at most THINNED_MAX.
 */
function thin(data: CountData): CountData {
  let repeaters = 0;
  for (let k = 0; k < data.size; k++) if (data.frequency[k]! > 0) repeaters++;
  const stride = (count: number): number =>
    Math.max(1, Math.ceil(count / Math.min(THINNED_MAX, Math.max(THINNED_MIN, Math.ceil(count / 10)))));
  const m = stride(repeaters);
  const m0 = stride(data.size - repeaters);
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const w: number[] = [];
  let seen = 0;
  let seenZero = 0;
  for (let k = 0; k < data.size; k++) {
    const repeat = data.frequency[k]! > 0;
    if (repeat ? seen++ % m !== 0 : seenZero++ % m0 !== 0) continue;
    x.push(data.frequency[k]!);
    tx.push(data.recency[k]!);
    T.push(data.T[k]!);
    w.push(data.weight[k]! * (repeat ? m : m0));
  }
  return buildCountData(x.length, x, tx, T, w);
}

function resolveUnit(fnName: string, recorded: TimeUnit | undefined, given: TimeUnit | undefined): TimeUnit {
  if (recorded !== undefined && given !== undefined && recorded !== given) {
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["options", "unit"],
          message: `expected "${recorded}" (the unit recorded in the summary's metadata), received "${given}"; convert the summary instead`,
          expected: `"${recorded}"`,
          received: `"${given}"`,
        },
      ],
    });
  }
  const unit = recorded ?? given;
  if (unit === undefined) {
    throwMissingUnit(fnName, "the time unit of recency and T", "only a TransactionSummary records its own");
  }
  return unit;
}
