import * as z from "zod/mini";
import { LabelSchema } from "../schema/primitives.ts";
import { NoImputationPolicySchema } from "./_internal/indexOptionSchemas.ts";
import type { EffortDirection } from "./customerEffortScore.ts";
import { type MissingAnswerPolicy, MissingAnswerPolicySchema } from "./MissingAnswerPolicySchema.ts";
import { type ResponseScale, ResponseScaleSchema } from "./ResponseScaleSchema.ts";

const labels22 = /* @__PURE__ */ z.array(LabelSchema).check(/* @__PURE__ */ z.length(22));

const surveyMappingObject = /* @__PURE__ */ z
  .strictObject({
    nps: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        instrument: LabelSchema,
        item: LabelSchema,
        missing: /* @__PURE__ */ z.optional(NoImputationPolicySchema),
      }),
    ),
    csat: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        instrument: LabelSchema,
        item: LabelSchema,
        scale: ResponseScaleSchema,
        topBoxes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1))),
        missing: /* @__PURE__ */ z.optional(NoImputationPolicySchema),
      }),
    ),
    ces: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        instrument: LabelSchema,
        item: LabelSchema,
        scale: ResponseScaleSchema,
        direction: /* @__PURE__ */ z.enum(["higher-is-easier", "higher-is-harder"]),
        missing: /* @__PURE__ */ z.optional(MissingAnswerPolicySchema),
      }),
    ),
    servqual: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        instrument: LabelSchema,
        expectationItems: labels22,
        perceptionItems: labels22,
        scale: /* @__PURE__ */ z.optional(ResponseScaleSchema),
        missing: /* @__PURE__ */ z.optional(MissingAnswerPolicySchema),
      }),
    ),
    acsi: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        instrument: LabelSchema,
        items: /* @__PURE__ */ z.array(LabelSchema).check(/* @__PURE__ */ z.minLength(1)),
        weights: /* @__PURE__ */ z.array(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0))),
        scale: ResponseScaleSchema,
        missing: /* @__PURE__ */ z.optional(MissingAnswerPolicySchema),
      }),
    ),
  })
  .check(
    /* @__PURE__ */ z.superRefine((m, ctx) => {
      if (
        m.nps === undefined &&
        m.csat === undefined &&
        m.ces === undefined &&
        m.servqual === undefined &&
        m.acsi === undefined
      ) {
        ctx.addIssue({ code: "custom", path: [], message: "expected at least one of nps, csat, ces, servqual, acsi" });
      }
      if (m.acsi !== undefined) {
        const { items, weights } = m.acsi;
        if (weights.length !== items.length) {
          ctx.addIssue({
            code: "custom",
            path: ["acsi", "weights"],
            message: `expected one weight per item (${items.length}), received ${weights.length}`,
          });
        } else {
          const sum = weights.reduce((s, w) => s + w, 0);
          if (Math.abs(sum - 1) > 1e-9) {
            ctx.addIssue({
              code: "custom",
              path: ["acsi", "weights"],
              message: `expected weights summing to 1, received a sum of ${sum}`,
            });
          }
        }
      }
    }),
  );

/**
 * How an app's survey instruments map onto the satisfaction constructs: for each construct it reads,
 * the `instrument` of `CustomerRecord.surveyResponses` that carries it and the item key(s) in `scores`,
 * with the answer scale and the missing-answer policy. Declared once, so the app never reshapes its
 * survey data: {@link satisfactionFromRecords} and {@link aggregateSatisfaction} read the records
 * through it.
 *
 * @remarks
 * `nps` is on 0–10 (whole numbers) by definition; `servqual` defaults to 1–7 (whole); `csat`, `ces` and
 * `acsi` declare theirs. `acsi.weights` sum to 1 (one per item). At least one construct is required.
 * A response of a mapped instrument that lacks a mapped item has a missing answer, handled by that
 * construct's `missing` policy (default `"reject"`; NPS and CSAT take `"reject"` or `"skip"` only).
 *
 * @example
 * ```ts
 * import { SurveyMappingSchema } from "clientele/satisfaction";
 * import { parseInput } from "clientele/schema";
 * const mapping = parseInput("f", SurveyMappingSchema, {
 *   nps: { instrument: "relationship-survey", item: "recommend" },
 *   csat: { instrument: "after-contact", item: "satisfied", scale: { min: 1, max: 5, integer: true } },
 * });
 * mapping.nps?.item; // => "recommend"
 * ```
 * @category Survey records
 */
export const SurveyMappingSchema: z.ZodMiniType<SurveyMapping, SurveyMapping> = surveyMappingObject;

/**
 * An instrument-to-construct mapping (see {@link SurveyMappingSchema}).
 *
 * @example
 * ```ts
 * import type { SurveyMapping } from "clientele/satisfaction";
 * const mapping: SurveyMapping = { nps: { instrument: "relationship-survey", item: "recommend", missing: "skip" } };
 * ```
 * @category Survey records
 */
export interface SurveyMapping {
  /** The recommendation question (0–10). */
  readonly nps?: NpsMapping | undefined;
  /** The satisfaction question and its scale. */
  readonly csat?: CsatMapping | undefined;
  /** The effort question, its scale and direction. */
  readonly ces?: CesMapping | undefined;
  /** The 22 expectation and 22 perception item keys. */
  readonly servqual?: ServqualMapping | undefined;
  /** The ACSI-style index items, their weights and scale. */
  readonly acsi?: AcsiMapping | undefined;
}

/**
 * Where the NPS question is in the survey responses.
 *
 * @example
 * ```ts
 * import type { NpsMapping } from "clientele/satisfaction";
 * const nps: NpsMapping = { instrument: "relationship-survey", item: "recommend" };
 * ```
 * @category Survey records
 */
export interface NpsMapping {
  /** The `instrument` of the responses that carry it. */
  readonly instrument: string;
  /** Its key in `scores` (answered on 0–10, whole numbers). */
  readonly item: string;
  /** Missing answers: `"reject"` (default) or `"skip"`. */
  readonly missing?: "reject" | "skip" | undefined;
}

/**
 * Where the CSAT question is, and its scale.
 *
 * @example
 * ```ts
 * import type { CsatMapping } from "clientele/satisfaction";
 * const csat: CsatMapping = { instrument: "after-contact", item: "satisfied", scale: { min: 1, max: 5, integer: true } };
 * ```
 * @category Survey records
 */
export interface CsatMapping {
  /** The `instrument` of the responses that carry it. */
  readonly instrument: string;
  /** Its key in `scores`. */
  readonly item: string;
  /** Its answer scale. */
  readonly scale: ResponseScale;
  /** How many top answers count as satisfied (default 2). */
  readonly topBoxes?: number | undefined;
  /** Missing answers: `"reject"` (default) or `"skip"`. */
  readonly missing?: "reject" | "skip" | undefined;
}

/**
 * Where the effort question is, its scale and direction.
 *
 * @example
 * ```ts
 * import type { CesMapping } from "clientele/satisfaction";
 * const ces: CesMapping = {
 *   instrument: "after-contact", item: "easy", scale: { min: 1, max: 7, integer: true }, direction: "higher-is-easier",
 * };
 * ```
 * @category Survey records
 */
export interface CesMapping {
  /** The `instrument` of the responses that carry it. */
  readonly instrument: string;
  /** Its key in `scores`. */
  readonly item: string;
  /** Its answer scale. */
  readonly scale: ResponseScale;
  /** Which end of the scale is easy. */
  readonly direction: EffortDirection;
  /** Missing answers: any policy (default `"reject"`). */
  readonly missing?: MissingAnswerPolicy | undefined;
}

/**
 * Where the 44 SERVQUAL answers are.
 *
 * @example
 * ```ts
 * import type { ServqualMapping } from "clientele/satisfaction";
 * const servqual: ServqualMapping = {
 *   instrument: "servqual",
 *   expectationItems: Array.from({ length: 22 }, (_, k) => `E${k + 1}`),
 *   perceptionItems: Array.from({ length: 22 }, (_, k) => `P${k + 1}`),
 * };
 * ```
 * @category Survey records
 */
export interface ServqualMapping {
  /** The `instrument` of the responses that carry them. */
  readonly instrument: string;
  /** The 22 expectation keys in `scores`, items 1–22 in order. */
  readonly expectationItems: readonly string[];
  /** The 22 perception keys in `scores`, items 1–22 in order. */
  readonly perceptionItems: readonly string[];
  /** Their answer scale (default 1–7, whole numbers). */
  readonly scale?: ResponseScale | undefined;
  /** Missing answers: any policy (default `"reject"`). */
  readonly missing?: MissingAnswerPolicy | undefined;
}

/**
 * Where the items of an ACSI-style index are, their weights and scale.
 *
 * @example
 * ```ts
 * import type { AcsiMapping } from "clientele/satisfaction";
 * const acsi: AcsiMapping = {
 *   instrument: "annual", items: ["overall", "expectations", "ideal"], weights: [0.4, 0.3, 0.3], scale: { min: 1, max: 10 },
 * };
 * ```
 * @category Survey records
 */
export interface AcsiMapping {
  /** The `instrument` of the responses that carry them. */
  readonly instrument: string;
  /** The items' keys in `scores`. */
  readonly items: readonly string[];
  /** One weight per item, each ≥ 0, summing to 1. */
  readonly weights: readonly number[];
  /** Their answer scale. */
  readonly scale: ResponseScale;
  /** Missing answers: any policy (default `"reject"`; `"skip"` leaves out a respondent missing any item). */
  readonly missing?: MissingAnswerPolicy | undefined;
}
