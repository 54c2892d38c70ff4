/**
 * `clientele/retention`: switching prevention and retention measures — switching-risk rules, cohort
 * retention tables and survival curves.
 *
 * @module retention
 */

export {};
