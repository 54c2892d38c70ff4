/**
 * `clientele/accounts`: key-account management — screening, relationship managers, account plans, account
 * health over time, the six markets and complementary products.
 *
 * @module accounts
 */

export {
  type BasketAffinities,
  type BasketAffinitiesOptions,
  type BasketKey,
  basketAffinities,
  type ItemSupport,
  type ProductPair,
} from "./basketAffinities.ts";
export {
  type KeyAccountCandidate,
  type KeyAccountCandidateInput,
  KeyAccountCandidateSchema,
} from "./KeyAccountCandidateSchema.ts";
export {
  type ComplementaryOffer,
  type ComplementaryProductOptions,
  complementaryProducts,
  nextComplementaryProduct,
} from "./nextComplementaryProduct.ts";
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
