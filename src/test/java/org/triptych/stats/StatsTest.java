package org.triptych.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Status;
import org.triptych.text.Words;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatsTest {

    /**
     * Counted by hand, one word per ICU segment of letters or digits:
     * p1 en: Lee | Min | bok's | 12,000 | troops | crossed | the | river = 8;
     *    ko: 이민복의 | 병력 | 1 | 만 | 2 | 천 | 명이 | 강을 | 건넜다 = 9 (ICU breaks between digits and Hangul);
     *    uk: Війська | Лі | Мін | Бока | перейшли | річку = 6.
     * p2 en: The | ceasefire | held | overnight = 4; ko: 휴전은 | 밤새 | 유지됐다 = 3.
     * p3 en: Kyiv | Ukraine = 2.
     */
    static final String FIXTURE = String.join("\n",
            "id,en,ko,ko_status,uk,uk_status",
            "p1,\"Lee Min-bok's 12,000 troops crossed the river.\",이민복의 병력 1만 2천 명이 강을 건넜다.,reviewed,Війська Лі Мін Бока перейшли річку.,draft",
            "p2,The ceasefire held overnight.,휴전은 밤새 유지됐다.,translated,,",
            "p3,\"Kyiv, Ukraine.\",,,,",
            "");

    @TempDir
    Path dir;

    @Test
    void wordsFollowIcuWordBreaksNotWhitespace() {
        assertThat(Words.count("Lee Min-bok's 12,000 troops", "en")).isEqualTo(5);
        assertThat(Words.count("— 12,000 — !", "en")).isEqualTo(1);
        assertThat(Words.count("e-mail U.S. don't", "en")).isEqualTo(4);
        assertThat(Words.count("이민복의 병력 1만 2천 명이", "ko")).as("digits and Hangul are separate segments").isEqualTo(7);
        assertThat(Words.count("Зеленського, «Укрзалізниця».", "uk")).isEqualTo(2);
        assertThat(Words.count("  \n", "en")).isZero();
    }

    @Test
    void figuresOfASmallDocumentMatchTheHandCount() throws Exception {
        Path file = dir.resolve("article.csv");
        Files.writeString(file, FIXTURE);

        Stats stats = Stats.of(DocumentCodec.read(file));

        assertThat(stats.documents()).isEqualTo(1);
        assertThat(stats.paragraphs()).isEqualTo(3);
        assertThat(stats.sourceWords()).isEqualTo(14);
        assertThat(stats.targets()).containsOnlyKeys("ko", "uk");
        Stats.TargetStats ko = stats.targets().get("ko");
        assertThat(ko.translatedParagraphs()).isEqualTo(2);
        assertThat(ko.words()).isEqualTo(12);
        assertThat(ko.status(Status.REVIEWED)).isEqualTo(1);
        assertThat(ko.status(Status.TRANSLATED)).isEqualTo(1);
        assertThat(ko.status(Status.DRAFT)).isZero();
        assertThat(ko.status(Status.NONE)).isEqualTo(1);
        Stats.TargetStats uk = stats.targets().get("uk");
        assertThat(uk.translatedParagraphs()).as("a draft is not translated").isZero();
        assertThat(uk.words()).isZero();
        assertThat(uk.draftParagraphs()).isEqualTo(1);
        assertThat(uk.draftWords()).isEqualTo(6);
        assertThat(uk.emptyParagraphs()).isEqualTo(2);
        assertThat(ko.draftParagraphs()).isZero();
        assertThat(ko.emptyParagraphs()).isEqualTo(1);
        assertThat(uk.status(Status.DRAFT)).isEqualTo(1);
        assertThat(uk.status(Status.NONE)).isEqualTo(2);
    }

    @Test
    void severalDocumentsAddUpAndTargetsKeepTheOrderFirstMet() throws Exception {
        Path first = dir.resolve("a.csv");
        Path second = dir.resolve("b.csv");
        Files.writeString(first, FIXTURE);
        Files.writeString(second, "id,en,de,uk\nx,Two words,Zwei Wörter,Два слова\n");
        List<Document> documents = List.of(DocumentCodec.read(first), DocumentCodec.read(second));

        Stats stats = Stats.of(documents);

        assertThat(stats.documents()).isEqualTo(2);
        assertThat(stats.paragraphs()).isEqualTo(4);
        assertThat(stats.sourceWords()).isEqualTo(16);
        assertThat(stats.targets().keySet()).containsExactly("ko", "uk", "de");
        assertThat(stats.targets().get("uk").draftWords()).as("text without a status is not translated yet").isEqualTo(8);
        assertThat(stats.targets().get("de").translatedParagraphs()).isZero();
        assertThat(stats.targets().get("de").draftParagraphs()).isEqualTo(1);
    }

    @Test
    void oneEditedParagraphUpdatesTheFiguresAsARecountWould() throws Exception {
        Path file = dir.resolve("article.csv");
        Files.writeString(file, FIXTURE);
        Document document = DocumentCodec.read(file);
        org.triptych.model.Paragraph before = document.paragraphs().get(0);
        org.triptych.model.Paragraph after = before
                .withTarget("ko", new org.triptych.model.Translation("바뀐 번역", Status.DRAFT))
                .withTarget("uk", new org.triptych.model.Translation("", Status.NONE))
                .withSource("Troops crossed.");

        Stats updated = Stats.of(document).replace(before, after);

        assertThat(updated).isEqualTo(Stats.of(document.withParagraph(after)));
        assertThat(updated.of("ko").translatedParagraphs()).isEqualTo(1);
        assertThat(updated.of("ko").draftParagraphs()).isEqualTo(1);
        assertThat(updated.of("uk").emptyParagraphs()).isEqualTo(3);
    }
}
