/**
 * Claim extraction from news reports: who demands or offers what, on which issue, with which value and on
 * whose word, and the scenario changes those claims suggest.
 *
 * <p>Pipeline: {@link org.parley.evidence.article.ArticleReader} reads a report and its metadata;
 * {@link org.parley.evidence.nlp.TextAnalyzer} splits it into sentences and tokens with part-of-speech tags
 * and lemmas (Apache OpenNLP, models loaded once); {@link org.parley.evidence.claim.ClaimExtractor} finds
 * actors, issues, values, cues and attributions and returns {@link org.parley.evidence.claim.Claim}s. From
 * claims, {@link org.parley.evidence.proposal.Proposer} builds a reviewable
 * {@link org.parley.evidence.proposal.Proposal} and {@link org.parley.evidence.timeline.StanceTimeline}
 * orders reported values by date. {@link org.parley.evidence.eval.Scorer} compares claims with gold
 * annotations.
 */
package org.parley.evidence;
