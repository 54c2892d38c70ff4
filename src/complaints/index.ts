/**
 * `clientele/complaints`: complaints and service recovery — the repurchase-intention tree, its estimate
 * from records, and recovery statistics.
 *
 * @module complaints
 */

export {};
