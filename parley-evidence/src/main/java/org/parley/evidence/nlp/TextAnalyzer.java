package org.parley.evidence.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits a text into paragraphs (at line breaks), sentences and tokens, and tags and lemmatises the tokens with
 * OpenNLP. Thread-safe: OpenNLP's stateful classes are held per thread; the models are shared.
 *
 * <p>Lemmas are looked up per (word, tag) in a bounded cache and computed by OpenNLP's lemmatizer on the single
 * token when missing, so a word with a given tag always has the same lemma, whatever its sentence (the
 * statistical lemmatizer is otherwise the slowest stage by far). Proper nouns, numbers and punctuation are their
 * own lower-cased lemma. Possessive {@code 's}, quotation marks and a sentence-final period glued to a token are
 * removed from it.
 */
public final class TextAnalyzer {

    private static final int MAX_CACHED_LEMMAS = 200_000;
    private static final String QUOTES = "\"'“”‘’«»";

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<LemmatizerME> lemmatizer;
    private final PosTagger tagger;
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();

    /** An analyser over the given models and tagger. */
    public TextAnalyzer(NlpModels models, PosTagger tagger) {
        this.sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentences()));
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokens()));
        this.lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(models.lemmas()));
        this.tagger = tagger;
    }

    /** The shared English analyser with the {@link GreedyPosTagger}. */
    public static TextAnalyzer english() {
        return Holder.ENGLISH;
    }

    private static final class Holder {
        static final TextAnalyzer ENGLISH = new TextAnalyzer(
                NlpModels.english(), new GreedyPosTagger(NlpModels.english().pos()));
    }

    /** Analyses a whole text. */
    public AnalyzedText analyze(String text) {
        CodePoints cp = new CodePoints(text);
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span s : sentences.get().sentPosDetect(line)) {
                    int from = lineStart + s.getStart();
                    int to = lineStart + s.getEnd();
                    List<Token> tokens = tokens(text, from, to, cp);
                    if (!tokens.isEmpty()) {
                        out.add(new Sentence(out.size(), paragraph, cp.at(from), cp.at(to), tokens));
                    }
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedText(text, out);
    }

    /** Tokens with tags and lemmas of one phrase (used for lexicon entries). */
    public List<Token> tokens(String phrase) {
        return tokens(phrase, 0, phrase.length(), new CodePoints(phrase));
    }

    private List<Token> tokens(String text, int from, int to, CodePoints cp) {
        Span[] spans = tokenizer.get().tokenizePos(text.substring(from, to));
        List<String> words = new ArrayList<>(spans.length);
        List<int[]> bounds = new ArrayList<>(spans.length);
        List<Boolean> possessive = new ArrayList<>(spans.length);
        for (int n = 0; n < spans.length; n++) {
            Span span = spans[n];
            int s = from + span.getStart();
            int e = from + span.getEnd();
            boolean poss = false;
            if (n == spans.length - 1 && e - s > 1 && text.charAt(e - 1) == '.' && text.lastIndexOf('.', e - 2) < s) {
                e--;
            }
            while (e - s > 1 && QUOTES.indexOf(text.charAt(s)) >= 0) {
                s++;
            }
            while (e - s > 1 && QUOTES.indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            if (e - s > 2
                    && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                    && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’')) {
                e -= 2;
                poss = true;
            }
            words.add(text.substring(s, e));
            bounds.add(new int[] {s, e});
            possessive.add(poss);
        }
        String[] array = words.toArray(new String[0]);
        String[] tags = tagger.tag(array);
        List<Token> tokens = new ArrayList<>(array.length);
        for (int i = 0; i < array.length; i++) {
            String tag = simplify(tags[i]);
            tokens.add(new Token(
                    array[i],
                    cp.at(bounds.get(i)[0]),
                    cp.at(bounds.get(i)[1]),
                    tag,
                    lemma(array[i], tag),
                    possessive.get(i),
                    array[i].toLowerCase(Locale.ROOT)));
        }
        return tokens;
    }

    private static String simplify(String tag) {
        int plus = tag.indexOf('+');
        return plus > 0 ? tag.substring(0, plus) : tag;
    }

    private String lemma(String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        switch (tag) {
            case "PROPN", "NUM", "PUNCT", "SYM", "X" -> {
                return lower;
            }
            default -> {
                String key = lower + '\u0000' + tag;
                String cached = lemmas.get(key);
                if (cached != null) {
                    return cached;
                }
                String lemma = lemmatizer.get().lemmatize(new String[] {lower}, new String[] {tag})[0];
                int plus = lemma.indexOf('+');
                lemma = plus > 0 ? lemma.substring(0, plus) : lemma;
                if (lemma.isEmpty() || lemma.equals("O") || lemma.equals("_")) {
                    lemma = lower;
                }
                if (lemmas.size() < MAX_CACHED_LEMMAS) {
                    lemmas.put(key, lemma);
                }
                return lemma;
            }
        }
    }

    /** Maps UTF-16 offsets to code-point offsets; the identity for texts without surrogate pairs. */
    private static final class CodePoints {
        private final int[] index;

        CodePoints(String text) {
            if (text.codePointCount(0, text.length()) == text.length()) {
                index = null;
            } else {
                index = new int[text.length() + 1];
                int cp = 0;
                for (int i = 0; i < text.length(); i++) {
                    index[i] = cp;
                    if (!Character.isLowSurrogate(text.charAt(i))) {
                        cp++;
                    } else {
                        index[i] = cp - 1;
                    }
                }
                index[text.length()] = cp;
            }
        }

        int at(int utf16) {
            return index == null ? utf16 : index[utf16];
        }
    }
}
