/**
 * `clientele/charts`: Vega-Lite specifications for the model checks and the relationship views.
 *
 * @module charts
 */

export {};
