/**
 * `clientele/simulation`: seeded simulators of relationship data (service failures, complaints, incidents,
 * interactions, surveys, bond instruments) for notebooks, tests and demos. The figures they make are
 * illustrations, not data.
 *
 * @module simulation
 */

export {};
