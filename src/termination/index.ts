/**
 * `clientele/termination`: when a relationship should be corrected or ended — the core termination rules
 * and `decideTermination`.
 *
 * @module termination
 */

export {};
