/**
 * `clientele/accounts`: key-account management — screening, relationship managers, account plans, account
 * health over time, the six markets and complementary products.
 *
 * @module accounts
 */

export {
  type KeyAccountCandidate,
  type KeyAccountCandidateInput,
  KeyAccountCandidateSchema,
} from "./KeyAccountCandidateSchema.ts";
export {
  defaultScreeningWeights,
  type ScreeningFactor,
  type ScreeningWeights,
  ScreeningWeightsSchema,
  screeningFactors,
} from "./ScreeningWeights.ts";
export {
  type KeyAccountScreening,
  type ScreenedAccount,
  type ScreeningFactorScore,
  type ScreenKeyAccountsOptions,
  screenKeyAccounts,
} from "./screenKeyAccounts.ts";
