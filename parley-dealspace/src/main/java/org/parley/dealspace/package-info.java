/**
 * Deal-space analysis over a negotiation's outcome space: which deals are Pareto-efficient, which are
 * acceptable to all, where the classic bargaining solutions lie and which deal asks the least concession.
 */
package org.parley.dealspace;
