package org.triptych.morph;

import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a stretch of a Korean word is a part of a compound noun (서울 in 서울시장, 러시아 in 대러시아, 평양 in 평양발,
 * 북한 in 북한산) or only letters inside an unrelated word (인도 in 인도네시아, 말리 in 말리다), decided by Lucene's Nori
 * analyser and its mecab-ko-dic dictionary: the word is split into morphemes, compounds into their parts, and the
 * stretch must start and end on morpheme boundaries, after a noun or a prefix and before a noun, a suffix or a
 * particle. Nori is loaded on the first question (about half a second) and asked only about words the plain matcher
 * has already found the rendering in; its answers are remembered per word. Thread-safe: each thread has its own
 * tokenizer.
 */
final class KoreanCompounds {

    /** One morpheme of a word: its stretch and the part of speech of its start and end. */
    private record Morpheme(int start, int end, POS.Tag left, POS.Tag right) {
    }

    private static final int REMEMBERED_WORDS = 20_000;

    private static final ThreadLocal<KoreanTokenizer> TOKENIZERS = ThreadLocal.withInitial(() -> {
        Dictionary.LOADED.join();
        return tokenizer();
    });

    /**
     * Nori reads its dictionary through an interruptible channel, and a check that is cancelled is interrupted: a
     * load cut short that way would leave Nori's classes unusable until the program ends. So the dictionary is
     * loaded once on a thread of its own that nothing interrupts, and checks wait for it without being cut short.
     */
    private static final class Dictionary {
        static final CompletableFuture<KoreanTokenizer> LOADED = CompletableFuture.supplyAsync(
                KoreanCompounds::tokenizer, task -> { // constructing one reads the dictionary
            Thread thread = new Thread(task, "triptych-korean-dictionary");
            thread.setDaemon(true);
            thread.start();
        }).exceptionally(failure -> {
            throw new IllegalStateException("the Korean dictionary (Lucene Nori) cannot be read: " + failure.getMessage(),
                    failure);
        });
    }

    /** Starts loading Nori's dictionary on its thread, if not yet started; returns at once. */
    static void startLoading() {
        Dictionary.LOADED.isDone(); // the first use of the holder class starts the load
    }

    private static KoreanTokenizer tokenizer() {
        return new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, null, KoreanTokenizer.DecompoundMode.DISCARD,
                false, false);
    }

    private static final Map<String, List<Morpheme>> ANALYSED = new ConcurrentHashMap<>();

    private KoreanCompounds() {
    }

    /**
     * True when {@code word}[start, end) is a whole part of a compound noun (or the whole word).
     *
     * @param particlesFollow true when what follows the stretch is already known to be particles (대러시아와): then
     *                        only its start is judged
     */
    static boolean isPart(String word, int start, int end, boolean particlesFollow) {
        if (start == 0 && (end == word.length() || particlesFollow)) {
            return true;
        }
        List<Morpheme> morphemes = morphemes(word);
        Morpheme before = null;
        Morpheme after = null;
        boolean startsOnBoundary = start == 0;
        boolean endsOnBoundary = end == word.length();
        for (Morpheme m : morphemes) {
            if (m.end() == start) {
                before = m;
                startsOnBoundary = true;
            }
            if (m.start() == end) {
                after = m;
                endsOnBoundary = true;
            }
            if ((m.start() < start && start < m.end()) || (m.start() < end && end < m.end())) {
                return false; // a morpheme runs across the stretch's edge: 인도 in 인도네시아
            }
        }
        if (!startsOnBoundary || !(endsOnBoundary || particlesFollow)) {
            return false;
        }
        return (before == null ? start == 0 : mayPrecede(before.right()))
                && (particlesFollow || (after == null ? end == word.length() : mayFollow(after.left())));
    }

    /** A noun or a prefix may stand before a compound's part (대러시아, 북한군사령부). */
    private static boolean mayPrecede(POS.Tag tag) {
        return isNoun(tag) || tag == POS.Tag.XPN;
    }

    /**
     * A noun or a noun suffix may follow it (서울시장, 북한산, 평양발); not a verb ending, nor a particle, whose form
     * must fit the noun ({@link KoreanParticles}): 김정은는 is no compound.
     */
    private static boolean mayFollow(POS.Tag tag) {
        return isNoun(tag) || tag == POS.Tag.XSN;
    }

    private static boolean isNoun(POS.Tag tag) {
        return switch (tag) {
            case NNG, NNP, NNB, NNBC, NR, NP, SL, SH, SN, XR -> true;
            default -> false;
        };
    }

    private static List<Morpheme> morphemes(String word) {
        List<Morpheme> known = ANALYSED.get(word);
        if (known != null) {
            return known;
        }
        List<Morpheme> morphemes = analyse(word);
        if (ANALYSED.size() >= REMEMBERED_WORDS) {
            ANALYSED.clear(); // a simple bound: the words of a document repeat, a new document starts afresh
        }
        ANALYSED.put(word, morphemes);
        return morphemes;
    }

    private static List<Morpheme> analyse(String word) {
        KoreanTokenizer tokenizer = TOKENIZERS.get();
        OffsetAttribute offsets = tokenizer.getAttribute(OffsetAttribute.class);
        PartOfSpeechAttribute pos = tokenizer.getAttribute(PartOfSpeechAttribute.class);
        List<Morpheme> morphemes = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(word));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                morphemes.add(new Morpheme(offsets.startOffset(), offsets.endOffset(), pos.getLeftPOS(), pos.getRightPOS()));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Korean analysis of a word in memory failed", e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(morphemes);
    }
}
