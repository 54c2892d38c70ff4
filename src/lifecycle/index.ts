/**
 * `clientele/lifecycle`: where a customer stands in the relationship (new, active, at risk, complaining,
 * lapsed, terminated, won back) and why.
 *
 * @module lifecycle
 */

export {};
