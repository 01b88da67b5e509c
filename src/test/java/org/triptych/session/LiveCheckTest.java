package org.triptych.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.check.CheckEngine;
import org.triptych.check.CheckSettings;
import org.triptych.check.Finding;
import org.triptych.check.Severity;
import org.triptych.check.Terminology;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Term;
import org.triptych.model.Translation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LiveCheckTest {

    private static final Concept KYIV = new Concept(Map.of(
            "en", List.of(new Term("en", "Kyiv", true)),
            "uk", List.of(new Term("uk", "Київ", true))),
            Map.of("uk", List.of("Киев")), "", Map.of(), 0);

    @TempDir
    Path root;

    /** Every state the listener saw, and the problems it was told of. */
    private final List<LiveCheck.State> seen = Collections.synchronizedList(new ArrayList<>());
    private final LinkedBlockingQueue<String> problems = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<Long> changes = new LinkedBlockingQueue<>();
    private LiveCheck check;

    private LiveCheck newCheck(long debounce) {
        check = new LiveCheck(debounce, Runnable::run, new LiveCheck.Listener() {
            @Override
            public void changed() {
                seen.add(check.state());
                changes.add(check.findingsRevision());
            }

            @Override
            public void settingsProblem(String message) {
                problems.add(message);
            }
        });
        return check;
    }

    @AfterEach
    void close() {
        if (check != null) {
            check.close();
        }
    }

    private static Document document(int paragraphs, String uk) {
        List<Paragraph> list = IntStream.range(0, paragraphs)
                .mapToObj(i -> new Paragraph("p" + i, "Kyiv news." /* two words: the same English in every paragraph, too short for consistency.same-source */,
                        Map.of("uk", new Translation(uk, Status.TRANSLATED)), "", Map.of(), i + 2))
                .toList();
        return new Document(root().resolve("translations/x.csv"), List.of("id", "en", "uk"), List.of("uk"), list);
    }

    private static Path root() {
        return Path.of("ws");
    }

    /** Waits for a change the listener was told of that makes {@code condition} true. */
    private void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            assertThat(left).as("waiting for " + what).isPositive();
            changes.poll(left, TimeUnit.NANOSECONDS);
        }
    }

    @Test
    void nothingIsSaidCleanBeforeTheGlossaryHasComeAndTheWholeDocumentWasChecked() throws Exception {
        newCheck(0);
        check.setEngine(null);
        check.documentReplaced(document(300, "Новини з Києва."));
        check.paragraphChanged(document(300, "Новини з Киева.").paragraphs().get(0));
        assertThat(check.state()).isEqualTo(new LiveCheck.State(LiveCheck.Phase.WAITING, 0, 300));
        assertThat(seen).isNotEmpty().allSatisfy(s -> assertThat(s.phase()).isEqualTo(LiveCheck.Phase.WAITING));

        check.useGlossary(Terminology.of(List.of(KYIV)), root);
        waitFor("a complete check", () -> check.state().complete());

        assertThat(check.state()).isEqualTo(new LiveCheck.State(LiveCheck.Phase.COMPLETE, 300, 300));
        // the paragraph edited while the glossary was loading is checked as it is now
        assertThat(check.all()).extracting(Finding::paragraph).containsExactly("p0");
    }

    @Test
    void anEditedParagraphIsCheckedAgainAndItsFindingsReplaceTheOldOnes() throws Exception {
        newCheck(0);
        Document document = document(3, "Новини з Києва.");
        check.setEngine(CheckEngine.standard(Terminology.of(List.of(KYIV)), CheckSettings.defaults()));
        check.documentReplaced(document);
        waitFor("a complete check", () -> check.state().complete());
        assertThat(check.all()).isEmpty();

        Paragraph edited = document.paragraphs().get(1).withTarget("uk", new Translation("Новини з Киева.", Status.DRAFT));
        check.paragraphChanged(edited);
        waitFor("the finding", () -> !check.findings("p1", "uk").isEmpty());

        assertThat(check.findings("p1", "uk")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("forbidden-variant");
            assertThat(f.severity()).isEqualTo(Severity.HINT);
            assertThat(f.found()).isEqualTo("Киева");
        });
        assertThat(check.all()).extracting(Finding::paragraph).containsExactly("p1");

        check.paragraphChanged(edited.withTarget("uk", new Translation("Новини з Києва.", Status.DRAFT)));
        waitFor("the finding gone", () -> check.findings("p1", "uk").isEmpty());
    }

    @Test
    void theWorkspaceSettingsAreReadWithTheGlossaryAndABadFileIsReportedAndTheDefaultsUsed() throws Exception {
        newCheck(0);
        Files.writeString(root.resolve(CheckSettings.FILE), "rule.forbidden-variant.severity=loud\n");
        check.documentReplaced(document(2, "Новини з Киева."));
        check.useGlossary(Terminology.of(List.of(KYIV)), root);
        waitFor("a complete check", () -> check.state().complete());

        assertThat(problems.poll(10, TimeUnit.SECONDS)).contains(CheckSettings.FILE + ":1:").contains("loud");
        assertThat(check.all()).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));

        Files.writeString(root.resolve(CheckSettings.FILE), "rule.forbidden-variant.severity=warning\n");
        check.useGlossary(Terminology.of(List.of(KYIV)), root);
        waitFor("warnings", () -> check.state().complete()
                && check.all().stream().allMatch(f -> f.severity() == Severity.WARNING));
    }

    @Test
    void cancellingAFullCheckSaysSoInsteadOfCallingItComplete() throws Exception {
        newCheck(0);
        LinkedBlockingQueue<Boolean> started = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Boolean> release = new LinkedBlockingQueue<>();
        // A rule that holds the check at its first paragraph until the test has cancelled it.
        CheckEngine slow = CheckEngine.standard(Terminology.of(List.of(KYIV)), CheckSettings.defaults())
                .withRule(new org.triptych.check.Rule() {
                    @Override
                    public String id() {
                        return "wait";
                    }

                    @Override
                    public Severity defaultSeverity() {
                        return Severity.HINT;
                    }

                    @Override
                    public List<Finding> check(org.triptych.check.CheckContext target) {
                        started.add(true);
                        try {
                            release.poll(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return List.of();
                    }
                });
        check.setEngine(slow);
        check.documentReplaced(document(3, "Новини з Києва."));
        assertThat(started.poll(10, TimeUnit.SECONDS)).isTrue();
        check.cancel();
        release.add(true);

        assertThat(check.state().phase()).isEqualTo(LiveCheck.Phase.CANCELLED);
        assertThat(seen).noneSatisfy(s -> assertThat(s.complete()).isTrue());
    }
}
