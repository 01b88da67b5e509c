package org.triptych.check.spelling;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.Severity;
import org.triptych.morph.Span;
import org.triptych.morph.TargetText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code spelling.ko-spacing}: a particle written apart from the word it belongs to ({@code 한국 은},
 * {@code 서울 에서}), found when the Korean dictionary accepts the two written together; the fix joins them. The
 * dictionary decides, so a demonstrative or a noun that looks like a particle ({@code 그는 이 문제를}) is left alone.
 * Off by default with {@code spelling.ko}, whose dictionary it needs. Immutable and thread-safe.
 */
public final class KoreanSpacingRule implements Rule {

    public static final String ID = "spelling.ko-spacing";

    /** Case, topic and other particles that are never a word of their own. */
    private static final Set<String> PARTICLES = Set.of("은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게",
            "에게서", "로", "으로", "로서", "으로서", "와", "과", "도", "만", "까지", "부터", "처럼", "보다", "한테", "께서",
            "이나", "라고", "이라고", "이다", "였다", "이었다", "입니다", "들");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public Unavailable unavailable() {
        return KoreanRules.unavailable();
    }

    @Override
    public List<Finding> check(CheckContext target) {
        TargetText text = target.target();
        List<Finding> findings = null;
        KoreanSpeller speller = null;
        for (int i = 1; i < text.words().size(); i++) {
            TargetText.Word particle = text.words().get(i);
            TargetText.Word before = text.words().get(i - 1);
            String written = text.text().substring(particle.start(), particle.end());
            String previous = text.text().substring(before.start(), before.end());
            if (!PARTICLES.contains(written) || !text.spaceBefore(i) || !KoreanRules.isHangulWord(previous)) {
                continue;
            }
            if (speller == null) {
                speller = KoreanRules.speller(target.lang());
                if (speller == null) {
                    return List.of();
                }
            }
            if (!speller.knows(previous + written)) {
                continue;
            }
            if (findings == null) {
                findings = new ArrayList<>();
            }
            findings.add(target.findingAt(ID, new Span(before.end(), particle.end()), null,
                    "finding.spelling.ko-spacing", written, previous + written).withFix(written));
        }
        return findings == null ? List.of() : findings;
    }
}
