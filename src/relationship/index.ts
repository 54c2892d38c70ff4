/**
 * `clientele/relationship`: the whole relationship in one call: assess a customer and a portfolio, and
 * route each customer to the CRM job that fits.
 *
 * @module relationship
 */

export {};
