package org.triptych.morph;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What two spellings of a name in a target must share to be one rendering, whatever their grammatical form: in
 * Ukrainian each word without its case ending (Ан Чхан Іль, Ан Чхан Іля, Ан Чхан Ілем: ан чхан іл), in Korean the
 * last word without its particles (안찬일은, 안찬일: 안찬일). Also each word's sounds in Latin letters, to tell which
 * words of a target render an English name. Stateless apart from caches; any thread.
 */
public final class RenderingKeys {

    /** Ukrainian and Russian case endings, longest first, cut from a word of at least three letters more. */
    private static final List<String> UKRAINIAN_ENDINGS = List.of("ами", "ями", "ові", "еві", "єві", "ого", "ому",
            "ою", "ею", "єю", "ом", "ем", "єм", "им", "ім", "ів", "їв", "ам", "ям", "ах", "ях", "ий", "ій", "ої",
            "а", "я", "у", "ю", "і", "ї", "и", "е", "є", "о", "ь", "й");
    private static final int MIN_STEM = 2;
    private static final int REMEMBERED = 50_000;

    private static final Map<String, String> LATIN = new ConcurrentHashMap<>();
    /** ICU's transliterators of the two targets; other scripts are taken by their letters as they are. */
    private static final ThreadLocal<Transliterator> UKRAINIAN_LATIN = ThreadLocal.withInitial(() ->
            Transliterator.getInstance("Ukrainian-Latin/BGN"));
    private static final ThreadLocal<Transliterator> HANGUL_LATIN = ThreadLocal.withInitial(() ->
            Transliterator.getInstance("Hangul-Latin"));
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private RenderingKeys() {
    }

    /** The key of one folded word of a name in {@code lang}: its stem (uk) or the noun without particles (ko). */
    public static String word(String lang, String folded) {
        String language = ULocale.forLanguageTag(lang).getLanguage();
        if (language.equals("uk")) {
            for (String ending : UKRAINIAN_ENDINGS) {
                if (folded.endsWith(ending) && folded.length() - ending.length() >= MIN_STEM) {
                    return folded.substring(0, folded.length() - ending.length());
                }
            }
            return folded;
        }
        if (language.equals("ko")) {
            for (int cut = 1; cut < folded.length(); cut++) {
                if (KoreanParticles.isChain(folded.substring(cut), folded.charAt(cut - 1))) {
                    return folded.substring(0, cut);
                }
            }
        }
        return folded;
    }

    /** {@code word} in lower-case ASCII letters by its sounds (Чхан: chkhan, 안찬일: anchanil); remembered. */
    public static String latin(String lang, String word) {
        String known = LATIN.get(word);
        if (known != null) {
            return known;
        }
        String language = ULocale.forLanguageTag(lang).getLanguage();
        String latin = switch (language) {
            case "uk" -> UKRAINIAN_LATIN.get().transliterate(word);
            case "ko" -> HANGUL_LATIN.get().transliterate(word);
            default -> word;
        };
        String decomposed = NFD.normalize(latin); // Natásha: the accent apart, then dropped with other non-letters
        StringBuilder letters = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        if (LATIN.size() >= REMEMBERED) {
            LATIN.clear();
        }
        String result = letters.toString();
        LATIN.put(word, result);
        return result;
    }
}
