package org.parley.evidence.nlp;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * OpenNLP's own tagger ({@link POSTaggerME}): beam search of width 3 over the maximum-entropy model, with the
 * model's tag dictionary. The reference implementation; about three times slower than {@link GreedyPosTagger}.
 * One {@link POSTaggerME} per thread, since it is not thread-safe.
 */
public final class BeamPosTagger implements PosTagger {

    private final ThreadLocal<POSTaggerME> tagger;

    /** A tagger over a model. */
    public BeamPosTagger(POSModel model) {
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model));
    }

    @Override
    public String[] tag(String[] tokens) {
        return tagger.get().tag(tokens);
    }
}
