/**
 * Exact Pareto frontiers: a brute-force reference, an output-sensitive divide-and-conquer algorithm for two
 * parties with additive utilities, and a parallel streaming enumeration for any number of parties.
 */
package org.parley.dealspace.pareto;
