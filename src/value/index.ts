/**
 * `clientele/value`: customer value economics — delivered value, cost to serve and profitability, the whale
 * curve and the customer pyramid, retention economics and the leaky bucket.
 *
 * @module value
 */

export {};
