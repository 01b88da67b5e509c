package org.triptych.memory;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlignmentTest {

    @Test
    void equalCountsPairOneToOne() {
        assertThat(Alignment.align(List.of("A b c.", "D e."), List.of("Х.", "Ц ч ш щ.")).orElseThrow())
                .containsExactly(new Alignment.Bead(0, 1, 0, 1), new Alignment.Bead(1, 2, 1, 2));
    }

    @Test
    void twoEnglishSentencesJoinedInTheTranslationFormOneBead() {
        List<String> english = List.of(
                "The soldiers crossed the river at dawn.",
                "They were tired.",
                "The enemy had left the village during the night, taking the horses and most of the food with them.");
        List<String> ukrainian = List.of(
                "Солдати перейшли річку на світанку, бо були втомлені.",
                "Ворог залишив село вночі, забравши коней і майже всю їжу з собою.");
        assertThat(Alignment.align(english, ukrainian).orElseThrow())
                .containsExactly(new Alignment.Bead(0, 2, 0, 1), new Alignment.Bead(2, 3, 1, 2));
    }

    @Test
    void theRatioIsTheParagraphsOwnSoDenseHangulAligns() {
        List<String> english = List.of(
                "North Korea sent thousands of troops to Russia last autumn.",
                "Seoul said so.",
                "The volunteers want to broadcast messages across the front line to persuade the soldiers to surrender.");
        List<String> korean = List.of(
                "북한은 지난 가을 수천 명의 군대를 러시아에 보냈다고 서울이 밝혔다.",
                "자원봉사자들은 병사들이 항복하도록 설득하기 위해 전선 너머로 메시지를 방송하기를 원한다.");
        assertThat(Alignment.align(english, korean).orElseThrow())
                .containsExactly(new Alignment.Bead(0, 2, 0, 1), new Alignment.Bead(2, 3, 1, 2));
    }

    @Test
    void noConfidentAlignmentWhenLengthsDisagree() {
        List<String> english = List.of("Yes.", "No.", "A very long sentence that goes on and on about many things at once, "
                + "with clauses and more clauses, until the reader forgets how it began.");
        List<String> target = List.of("Дуже довге речення, що тягнеться й тягнеться про безліч речей одразу, з підрядними "
                + "реченнями й ще підрядними, поки читач не забуде, з чого воно почалося, і ще трохи.", "Так.");
        assertThat(Alignment.align(english, target)).isEmpty();
    }
}
