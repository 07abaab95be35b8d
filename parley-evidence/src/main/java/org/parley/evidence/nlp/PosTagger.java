package org.parley.evidence.nlp;

/**
 * Assigns universal part-of-speech tags to the tokens of one sentence. Implementations hold per-thread state
 * only through their own means and are safe to share between threads.
 */
public interface PosTagger {

    /** One tag per token. */
    String[] tag(String[] tokens);
}
