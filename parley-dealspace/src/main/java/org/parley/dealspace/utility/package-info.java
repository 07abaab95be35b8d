/**
 * How much each party wants an outcome: value functions, additive utility functions, parties with their
 * reservation values, and the derivation of utilities from a scenario's positions.
 */
package org.parley.dealspace.utility;
