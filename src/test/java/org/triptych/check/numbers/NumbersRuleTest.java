package org.triptych.check.numbers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triptych.check.Finding;
import org.triptych.check.RuleRunner;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersRuleTest {

    /** The findings as "english→found" (found empty when missing), joined by "; ". */
    private static String numbers(String english, String lang, String target) {
        List<Finding> findings = RuleRunner.check(new NumbersRule(), english, lang, target);
        return findings.stream().map(f -> english.substring(f.sourceStart(), f.sourceEnd()) + "→" + f.found())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            uk | Moscow will deploy 12,000 soldiers.          | Москва перекине 12 000 військових.
            uk | Moscow will deploy 12,000 soldiers.          | Москва перекине 12\u00A0000 військових.
            uk | Moscow will deploy 12,000 soldiers.          | Москва перекине 12\u202F000 військових.
            uk | Moscow will deploy 12,000 soldiers.          | Москва перекине 12 тисяч військових.
            uk | Moscow will deploy 12,000 soldiers.          | Москва перекине дванадцять тисяч військових.
            uk | Moscow will deploy 12,000 soldiers.          | Москва готується до перекидання дванадцяти тисяч військових.
            uk | Moscow will deploy 12,000 soldiers.          | Москва перекине 12,000 військових.
            uk | About 200 soldiers volunteered.              | Зголосилися близько двохсот військових.
            uk | It costs 1.5 million dollars.                | Це коштує 1,5 мільйона доларів.
            uk | It costs 1.5 million dollars.                | Це коштує 1 500 000 доларів.
            uk | It costs $2 billion.                         | Це коштує 2 млрд доларів.
            uk | Turnout was 50%.                             | Явка становила 50 відсотків.
            uk | The war began in 2022.                       | Війна почалася 2022 року.
            uk | The 21st brigade advanced.                   | Двадцять перша бригада просунулася.
            uk | The 21st brigade advanced.                   | 21-ша бригада просунулася.
            uk | Two soldiers were wounded.                   | Двоє військових поранено.
            uk | At 10:30 on February 24, 2022 it began.      | О 10:30 24 лютого 2022 року все почалося.
            ko | Moscow will deploy 12,000 soldiers.          | 모스크바는 1만 2000명을 배치한다.
            ko | Moscow will deploy 12,000 soldiers.          | 모스크바는 1만2천 명을 배치한다.
            ko | Moscow will deploy 12,000 soldiers.          | 모스크바는 12,000명을 배치한다.
            ko | Moscow will deploy 12,000 soldiers.          | 모스크바는 만 이천 명을 배치한다.
            ko | About 200 soldiers volunteered.              | 200명가량이 자원했다.
            ko | It costs 1.5 million dollars.                | 150만 달러가 든다.
            ko | It costs 350 million won.                    | 3억 5천만 원이 든다.
            ko | It costs 350 million won.                    | 3억5000만 원이 든다.
            ko | Turnout was 50%.                             | 투표율은 50퍼센트였다.
            ko | The war began in 2024.                       | 전쟁은 2024년에 시작됐다.
            ko | Article 1.                                   | 제1조
            ko | Article 12.                                  | 제 12 조
            ko | The 1st brigade advanced.                    | 첫 번째 여단이 진격했다.
            ko | Two soldiers were wounded.                   | 병사 두 명이 다쳤다.
            """)
    void theSameValueWrittenTheTargetLanguagesWayIsNoFinding(String lang, String english, String target) {
        assertThat(numbers(english, lang, target.translateEscapes())).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} / {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            uk | Moscow will deploy 12,000 soldiers.     | Москва перекине 21 000 військових.            | 12,000→21 000
            uk | Moscow will deploy 12,000 soldiers.     | Москва перекине 1200 військових.              | 12,000→1200
            uk | Moscow will deploy 12,000 soldiers.     | Москва перекине двадцять тисяч військових.    | 12,000→
            uk | Moscow will deploy 12,000 soldiers.     | Москва перекине тисячі військових.            | 12,000→
            uk | It costs 1.5 million dollars.           | Це коштує 1,5 тисячі доларів.                 | 1.5 million→1,5 тисячі
            uk | About 200 soldiers volunteered.         | Зголосилися близько 20 військових.            | 200→20
            uk | The war began in 2022.                  | Війна почалася 2023 року.                     | 2022→2023
            uk | Turnout was 50% and 200 voted.          | Явка становила 50 відсотків.                  | 200→
            uk | The 21st brigade advanced.              | Двадцять друга бригада просунулася.           | 21st→
            ko | Moscow will deploy 12,000 soldiers.     | 모스크바는 2만 1000명을 배치한다.                 | 12,000→2만 1000
            ko | Moscow will deploy 12,000 soldiers.     | 모스크바는 1만 명을 배치한다.                     | 12,000→1만
            ko | It costs 1.5 million dollars.           | 15만 달러가 든다.                              | 1.5 million→15만
            ko | About 200 soldiers volunteered.         | 탈북민들이 자원했다.                             | 200→
            ko | Article 1.                              | 제1조                                         | 
            ko | The war began in 2024.                  | 전쟁은 2042년에 시작됐다.                         | 2024→2042
            ko | Three soldiers and 2 officers.          | 병사 세 명과 장교 세 명.                          | 2→
            """)
    void aMissingOrChangedNumberIsReportedWithItsEnglishSpanAndTheTargetNumber(String lang, String english, String target,
                                                                             String expected) {
        assertThat(numbers(english, lang, target)).isEqualTo(expected == null ? "" : expected);
    }
}
