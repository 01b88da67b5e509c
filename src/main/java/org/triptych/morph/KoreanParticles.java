package org.triptych.morph;

import java.util.List;
import java.util.Optional;

/**
 * What may follow a Korean noun inside the same word: a chain of attached suffixes (들, 군, 주, 궁 …), case and
 * topic particles, and copula endings. Each allomorph is admitted only after the syllable it belongs after
 * (은 after a final consonant, 는 after a vowel; 로 after a vowel or ㄹ, 으로 after other consonants), so
 * 푸틴는 or 윤석열으로 do not pass as renderings.
 */
final class KoreanParticles {

    /** Which final sound the preceding syllable must have. */
    private enum After { ANY, CONSONANT, VOWEL, VOWEL_OR_RIEUL, CONSONANT_NOT_RIEUL }

    private record Morpheme(String text, After after) {
    }

    private static final int MAX_CHAIN = 5;

    private static final List<Morpheme> MORPHEMES = List.of(
            // suffixes written solid with the noun (plural, army, province, palace, bound for, person, style, …)
            any("들"), any("군"), any("주"), any("궁"), any("행"), any("발"), any("인"), any("식"), any("상"),
            any("적"), any("측"), any("내"), any("간"), any("님"), any("씨"), any("지"), any("계"), any("권"),
            // heads the press writes solid after a noun (탈북민단체, 북한정권)
            any("단체"), any("사회"), any("정부"), any("정권"), any("당국"), any("출신"), any("문제"), any("관계"),
            // heads written solid after a place name (부산시, 오데사항, 인천공항, 서울역, 하르키우시민)
            any("시"), any("항"), any("공항"), any("역"), any("구"), any("시민"), any("주민"),
            // particles that do not alternate
            any("의"), any("에"), any("에서"), any("에게"), any("에게서"), any("한테"), any("한테서"), any("께"),
            any("께서"), any("도"), any("만"), any("까지"), any("부터"), any("처럼"), any("보다"), any("조차"),
            any("마저"), any("밖에"), any("뿐"), any("마다"), any("대로"), any("같이"), any("씩"), any("요"),
            // the copula keeps its 이 after a vowel too (러시아이다 and 러시아다 are both written)
            any("이다"), any("이며"), any("이고"), any("이었다"), any("이지만"), any("입니다"), any("이자"),
            any("이었던"), any("이었고"), any("이었으며"), any("이었지만"), any("이던"), any("인데"), any("이어서"),
            after(After.CONSONANT, "이든"), after(After.CONSONANT, "이든지"),
            after(After.VOWEL, "든"), after(After.VOWEL, "든지"), after(After.VOWEL, "였던"), after(After.VOWEL, "였고"),
            after(After.VOWEL, "였으며"), after(After.VOWEL, "였지만"), after(After.VOWEL, "던"), after(After.VOWEL, "여서"),
            after(After.CONSONANT, "은"), after(After.CONSONANT, "이"), after(After.CONSONANT, "을"),
            after(After.CONSONANT, "과"), after(After.CONSONANT, "이나"), after(After.CONSONANT, "이라는"),
            after(After.CONSONANT, "이라고"), after(After.CONSONANT, "이란"), after(After.CONSONANT, "이라"),
            after(After.CONSONANT, "이랑"), after(After.CONSONANT, "이야"), after(After.CONSONANT, "이여"),
            after(After.CONSONANT, "아"),
            after(After.VOWEL, "는"), after(After.VOWEL, "가"), after(After.VOWEL, "를"), after(After.VOWEL, "와"),
            after(After.VOWEL, "나"), after(After.VOWEL, "라는"), after(After.VOWEL, "라고"), after(After.VOWEL, "란"),
            after(After.VOWEL, "라"), after(After.VOWEL, "랑"), after(After.VOWEL, "야"), after(After.VOWEL, "여"),
            after(After.VOWEL, "다"), after(After.VOWEL, "며"), after(After.VOWEL, "였다"),
            after(After.VOWEL_OR_RIEUL, "로"), after(After.VOWEL_OR_RIEUL, "로서"), after(After.VOWEL_OR_RIEUL, "로써"),
            after(After.CONSONANT_NOT_RIEUL, "으로"), after(After.CONSONANT_NOT_RIEUL, "으로서"),
            after(After.CONSONANT_NOT_RIEUL, "으로써"));

    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;
    private static final int FINALS = 28;
    private static final int RIEUL = 8;

    private KoreanParticles() {
    }

    private static Morpheme any(String text) {
        return new Morpheme(text, After.ANY);
    }

    private static Morpheme after(After after, String text) {
        return new Morpheme(text, after);
    }

    /** Particles that alternate with the final sound: the form after a consonant, the form after a vowel. */
    private static final String[][] ALTERNATING = {
            {"은", "는"}, {"이", "가"}, {"을", "를"}, {"과", "와"}, {"이나", "나"}, {"이라는", "라는"},
            {"이라고", "라고"}, {"이란", "란"}, {"이랑", "랑"}, {"이여", "여"}, {"으로", "로"}, {"으로서", "로서"},
            {"으로써", "로써"}};

    /** See {@link RenderingForms#fittingParticle}. */
    static Optional<String> fitting(String noun, String particle) {
        if (noun.isEmpty()) {
            return Optional.empty();
        }
        char previous = noun.charAt(noun.length() - 1);
        if (previous < HANGUL_FIRST || previous > HANGUL_LAST) {
            return Optional.empty();
        }
        for (String[] pair : ALTERNATING) {
            boolean instrumental = pair[1].startsWith("로");
            After consonantSide = instrumental ? After.CONSONANT_NOT_RIEUL : After.CONSONANT;
            After vowelSide = instrumental ? After.VOWEL_OR_RIEUL : After.VOWEL;
            if (particle.equals(pair[0]) && !fits(consonantSide, previous)) {
                return Optional.of(pair[1]);
            }
            if (particle.equals(pair[1]) && !fits(vowelSide, previous)) {
                return Optional.of(pair[0]);
            }
        }
        return Optional.empty();
    }

    /** True when {@code rest} is empty or a chain of suffixes and particles fitting after {@code previous}. */
    static boolean isChain(String rest, char previous) {
        return isChain(rest, 0, previous, 0, true);
    }

    /**
     * True when {@code rest} is a chain of suffixes and particles if their fit to the final sound is not asked
     * (김정은는, 휴전로): a particle in the wrong form, not the rest of a compound.
     */
    static boolean isChainOfAnyForm(String rest) {
        return !rest.isEmpty() && isChain(rest, 0, ' ', 0, false);
    }

    private static boolean isChain(String rest, int from, char previous, int depth, boolean fitting) {
        if (from == rest.length()) {
            return true;
        }
        if (depth == MAX_CHAIN) {
            return false;
        }
        for (Morpheme m : MORPHEMES) {
            if (rest.startsWith(m.text(), from) && (!fitting || fits(m.after(), previous))
                    && isChain(rest, from + m.text().length(), m.text().charAt(m.text().length() - 1), depth + 1, fitting)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(After after, char previous) {
        if (after == After.ANY || previous < HANGUL_FIRST || previous > HANGUL_LAST) {
            return true; // after Latin letters or digits either allomorph is written
        }
        int finalSound = (previous - HANGUL_FIRST) % FINALS;
        return switch (after) {
            case CONSONANT -> finalSound != 0;
            case VOWEL -> finalSound == 0;
            case VOWEL_OR_RIEUL -> finalSound == 0 || finalSound == RIEUL;
            case CONSONANT_NOT_RIEUL -> finalSound != 0 && finalSound != RIEUL;
            case ANY -> true;
        };
    }
}
