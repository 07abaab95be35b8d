/**
 * The minimal-concession deal (CP-SAT) and per-party, per-issue explanations of how far a deal is from each
 * party's ideal and reservation.
 */
package org.parley.dealspace.concession;
