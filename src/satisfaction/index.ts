/**
 * `clientele/satisfaction`: the satisfaction chain (Spreng, MacKenzie & Olshavsky 1996), disconfirmation,
 * SERVQUAL gaps and satisfaction indices (NPS, CSAT, CES, an ACSI-style index).
 *
 * @module satisfaction
 */

export { type MissingAnswerPolicy, MissingAnswerPolicySchema } from "./MissingAnswerPolicySchema.ts";
export { type ResponseScale, ResponseScaleSchema } from "./ResponseScaleSchema.ts";
