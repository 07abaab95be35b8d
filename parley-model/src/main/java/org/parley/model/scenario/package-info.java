/**
 * The negotiation as Parley models it: who takes part ({@link org.parley.model.scenario.Actor}), what is
 * being decided ({@link org.parley.model.scenario.Issue} with its {@link org.parley.model.scenario.IssueScale}),
 * where each party stands ({@link org.parley.model.scenario.Position}), what is known
 * ({@link org.parley.model.scenario.Fact}) and what each party can fall back on
 * ({@link org.parley.model.scenario.Alternative}) — every claim tied to a span of a source text by a
 * {@link org.parley.model.scenario.Citation}.
 *
 * <p>All types are immutable records, validated when built: a constructor throws
 * {@link java.lang.IllegalArgumentException} only for programming errors. User input is checked earlier,
 * by {@code org.parley.model.io.ScenarioLoader}, which reports located diagnostics instead of throwing.
 */
package org.parley.model.scenario;
