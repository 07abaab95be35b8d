package org.parley.evidence.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (Universal Dependencies English Web Treebank, release 1.3, from the Maven Central
 * artifacts {@code org.apache.opennlp:opennlp-models-*-en:1.3.0}). Models are immutable and thread-safe; they
 * are read from the class path once, on first use of {@link #english()}.
 *
 * @param sentences sentence detector model
 * @param tokens tokenizer model
 * @param pos part-of-speech model (universal tags)
 * @param lemmas lemmatizer model
 */
public record NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {

    private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** The English models, loaded once per class loader. */
    public static NlpModels english() {
        return Holder.ENGLISH;
    }

    private static final class Holder {
        static final NlpModels ENGLISH = load();
    }

    private static NlpModels load() {
        try {
            return new NlpModels(
                    new SentenceModel(open(SENTENCES)),
                    new TokenizerModel(open(TOKENS)),
                    new POSModel(open(POS)),
                    new LemmatizerModel(open(LEMMAS)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP model from the class path", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
        }
        return in;
    }
}
