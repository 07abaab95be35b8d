/**
 * Analyses over a computed frontier relative to the disagreement point: Nash (symmetric and asymmetric),
 * Kalai–Smorodinsky, utilitarian and egalitarian solutions, and the zone of possible agreement.
 */
package org.parley.dealspace.bargaining;
