/**
 * Exact Pareto frontiers: a brute-force reference, an output-sensitive issue-by-issue Pareto-sum algorithm for two
 * parties with additive utilities, and a parallel streaming enumeration for any number of parties.
 */
package org.parley.dealspace.pareto;
