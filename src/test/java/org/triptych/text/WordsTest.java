package org.triptych.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Word counts stay right when one thread's iterators are reused across texts and languages, and across threads. */
class WordsTest {

    @Test
    void countsWordsAsIcuSeesThemWhateverCameBefore() {
        for (int round = 0; round < 3; round++) {
            assertThat(Words.count("Lee Min-bok's 12,000 soldiers.", "en")).isEqualTo(5);
            assertThat(Words.count("이민복은 병사 1만 2천 명을", "ko")).isEqualTo(fresh("이민복은 병사 1만 2천 명을", "ko"));
            assertThat(Words.count("Лі Мін Бок і 12 000 військових", "uk")).isEqualTo(7);
            assertThat(Words.count("   ", "en")).isZero();
            assertThat(Words.count("—", "uk")).isZero();
        }
    }

    /** The count by an iterator made for this text alone, as before iterators were reused. */
    private static int fresh(String text, String lang) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(lang));
        words.setText(text);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                count++;
            }
        }
        return count;
    }

    @Test
    void threadsCountingAtOnceGetTheSameFigures() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String text = i % 2 == 0 ? "North Korean troops fighting on Russia's side" : "північнокорейські солдати на боці Росії";
                String lang = i % 2 == 0 ? "en" : "uk";
                counts.add(pool.submit(() -> Words.count(text, lang)));
            }
            for (int i = 0; i < counts.size(); i++) {
                assertThat(counts.get(i).get()).isEqualTo(i % 2 == 0 ? 7 : 5);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
