/**
 * CP-SAT (OR-Tools) models over a whole deal space, for spaces too large to enumerate: the bargaining
 * solutions relative to the disagreement point, the per-issue bounds of the zone of agreement, and the shared
 * model of one Boolean per issue value.
 */
package org.parley.dealspace.cpsat;
