/**
 * `clientele/accounts`: key-account management — screening, relationship managers, account plans, account
 * health over time, the six markets and complementary products.
 *
 * @module accounts
 */

export {};
