package org.triptych.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.glossary.edit.GlossaryColumn;
import org.triptych.glossary.edit.GlossaryEdits;
import org.triptych.io.AtomicFiles;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;
import org.triptych.sync.GlossaryMerge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The glossary service on a real folder, its callbacks run directly: saves, merges with disk, conflicts, engines. */
class GlossaryServiceTest {

    private static final String ORIGINAL = """
            en,ko,uk,note
            Kyiv,키이우,Київ,capital
            Seoul,서울,Сеул,
            Lviv,르비우,Львів,
            """;

    @TempDir
    Path root;

    private Path file;
    private final Events events = new Events();
    private GlossaryService<List<String>> service;

    /** What the listener heard, in order. Conflicts are settled by {@link #settle}. */
    private static final class Events implements GlossaryService.Listener<List<String>> {
        final List<List<Glossary>> changed = new CopyOnWriteArrayList<>();
        final List<List<String>> engines = new CopyOnWriteArrayList<>();
        final List<String> engineThreads = new CopyOnWriteArrayList<>();
        final List<Path> saved = new CopyOnWriteArrayList<>();
        final List<List<Path>> merged = new CopyOnWriteArrayList<>();
        final List<Exception> problems = new CopyOnWriteArrayList<>();
        final List<GlossaryMerge.Result> conflicts = new CopyOnWriteArrayList<>();
        volatile Map<Boolean, Boolean> settle = Map.of();
        volatile Runnable onChanged = () -> { };

        @Override
        public void glossariesChanged(List<Glossary> glossaries) {
            changed.add(glossaries);
            onChanged.run();
        }

        @Override
        public void engineReady(List<Glossary> glossaries, List<String> engine) {
            engines.add(engine);
            engineThreads.add(Thread.currentThread().getName());
        }

        @Override
        public void saved(Path file) {
            saved.add(file);
        }

        @Override
        public void mergedFromDisk(List<Path> files) {
            merged.add(files);
        }

        @Override
        public void problem(Path file, Exception cause) {
            problems.add(cause);
        }

        @Override
        public void conflicts(Path file, GlossaryMerge.Result result, Consumer<Glossary> resolve) {
            conflicts.add(result);
            boolean takeTheirs = settle.getOrDefault(true, false);
            resolve.accept(result.resolve(Map.of(result.conflicts().get(0), takeTheirs)));
        }
    }

    @BeforeEach
    void open() throws Exception {
        file = root.resolve("glossaries").resolve("places.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ORIGINAL);
        service = new GlossaryService<>(root, concepts -> concepts.stream().map(Concept::english).toList(),
                Runnable::run, events);
        service.load().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void loadsTheFolderAndBuildsTheEngineOffTheCallersThread() {
        assertThat(service.glossaries()).extracting(Glossary::path).containsExactly(file);
        assertThat(events.engines).last().isEqualTo(List.of("Kyiv", "Seoul", "Lviv"));
        assertThat(events.engineThreads).last().isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void anEditIsSavedAtomicallyAndItsEngineBuilt() throws Exception {
        Glossary loaded = service.glossaries().get(0);

        service.edit(loaded, withCell(loaded, "Seoul", "note", "South Korea")).get(10, TimeUnit.SECONDS);
        service.flush().get(10, TimeUnit.SECONDS);

        assertThat(disk()).isEqualTo(ORIGINAL.replace("Seoul,서울,Сеул,", "Seoul,서울,Сеул,South Korea"));
        assertThat(Files.readString(AtomicFiles.backupOf(file))).isEqualTo(ORIGINAL);
        assertThat(events.saved).containsExactly(file);
        assertThat(events.engines).last().isEqualTo(List.of("Kyiv", "Seoul", "Lviv"));
    }

    @Test
    void aGitPullBetweenPollsAndAnEditHereBothSurviveTheSave() throws Exception {
        Glossary loaded = service.glossaries().get(0);
        // the file is replaced on disk after the service read it, and before it saves its own edit
        Files.writeString(file, ORIGINAL.replace("Kyiv,키이우,Київ,capital", "Kyiv,키이우,Київ,capital of Ukraine")
                + "Odesa,오데사,Одеса,\n");

        service.edit(loaded, withCell(loaded, "Lviv", "ko", "르비우|리비우")).get(10, TimeUnit.SECONDS);
        service.flush().get(10, TimeUnit.SECONDS);

        assertThat(disk()).isEqualTo("""
                en,ko,uk,note
                Kyiv,키이우,Київ,capital of Ukraine
                Seoul,서울,Сеул,
                Lviv,르비우|리비우,Львів,
                Odesa,오데사,Одеса,
                """);
        assertThat(GlossaryCodec.format(service.glossaries().get(0))).isEqualTo(disk());
        assertThat(events.conflicts).isEmpty();
        assertThat(events.merged).containsExactly(List.of(file));
        assertThat(events.engines).last().isEqualTo(List.of("Kyiv", "Seoul", "Lviv", "Odesa"));
    }

    @Test
    void aCellChangedHereAndOnDiskIsSettledByTheListenerAndTheOtherVersionKeptInTheBackup() throws Exception {
        Glossary loaded = service.glossaries().get(0);
        String pulled = ORIGINAL.replace("Kyiv,키이우,Київ", "Kyiv,끼이우,Київ").replace("Seoul,서울,Сеул,", "Seoul,서울,Сеул,Korea");
        Files.writeString(file, pulled);
        events.settle = Map.of(true, false); // keep mine

        service.edit(loaded, withCell(loaded, "Kyiv", "ko", "키예프")).get(10, TimeUnit.SECONDS);
        service.flush().get(10, TimeUnit.SECONDS);

        assertThat(events.conflicts).hasSize(1);
        assertThat(events.conflicts.get(0).conflicts()).singleElement()
                .isEqualTo(new GlossaryMerge.Conflict(0, "Kyiv", "ko", "키이우", "키예프", "끼이우"));
        assertThat(disk()).isEqualTo(pulled.replace("끼이우", "키예프"));
        assertThat(Files.readString(AtomicFiles.backupOf(file))).isEqualTo(pulled);
        assertThat(GlossaryCodec.format(service.glossaries().get(0))).isEqualTo(disk());
    }

    @Test
    void aConflictSettledAsTheDisksKeepsTheDiskVersionAndTheOtherEditsHere() throws Exception {
        Glossary loaded = service.glossaries().get(0);
        String pulled = ORIGINAL.replace("Kyiv,키이우,Київ", "Kyiv,끼이우,Київ");
        Files.writeString(file, pulled);
        events.settle = Map.of(true, true); // take theirs

        Glossary edited = withCell(withCell(loaded, "Kyiv", "ko", "키예프"), "Lviv", "note", "west");
        service.edit(loaded, edited).get(10, TimeUnit.SECONDS);
        service.flush().get(10, TimeUnit.SECONDS);

        assertThat(disk()).isEqualTo(pulled.replace("Lviv,르비우,Львів,", "Lviv,르비우,Львів,west"));
        assertThat(Files.readString(AtomicFiles.backupOf(file))).isEqualTo(pulled);
    }

    @Test
    void aFileChangedOnDiskIsMergedWithEditsNotSavedYet() throws Exception {
        Glossary loaded = service.glossaries().get(0);
        String pulled = ORIGINAL + "Odesa,오데사,Одеса,\n";
        CountDownLatch editMade = new CountDownLatch(1);
        List<String> diskWhenChanged = new CopyOnWriteArrayList<>();
        List<String> glossaryWhenChanged = new CopyOnWriteArrayList<>();
        events.onChanged = () -> {
            diskWhenChanged.add(disk());
            glossaryWhenChanged.add(GlossaryCodec.format(service.glossaries().get(0)));
        };
        // Holds the service's thread so that the edit below stays unsaved while the file changes on disk.
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Void> pull = service.changeOnDisk(() -> {
            holding.countDown();
            editMade.await(10, TimeUnit.SECONDS);
            Files.writeString(file, pulled);
            return null;
        });
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        service.edit(loaded, withCell(loaded, "Seoul", "note", "South Korea"));
        editMade.countDown();
        pull.get(10, TimeUnit.SECONDS);
        service.flush().get(10, TimeUnit.SECONDS);

        String both = pulled.replace("Seoul,서울,Сеул,", "Seoul,서울,Сеул,South Korea");
        // the disk's change was merged into the glossary while the edit was not saved yet
        int merge = glossaryWhenChanged.indexOf(both);
        assertThat(merge).isNotNegative();
        assertThat(diskWhenChanged.get(merge)).isEqualTo(pulled);
        assertThat(disk()).isEqualTo(pulled.replace("Seoul,서울,Сеул,", "Seoul,서울,Сеул,South Korea"));
    }

    @Test
    void aReloadWithoutEditsTakesTheDiskVersionAndRebuildsTheEngine() throws Exception {
        Files.writeString(file, ORIGINAL + "Odesa,오데사,Одеса,\n");
        Path added = file.resolveSibling("people.csv");
        Files.writeString(added, "en,ko\nPutin,푸틴\n");

        service.reloadFromDisk().get(10, TimeUnit.SECONDS);

        assertThat(service.glossaries()).extracting(Glossary::path).containsExactly(added, file);
        assertThat(events.engines).last().isEqualTo(List.of("Putin", "Kyiv", "Seoul", "Lviv", "Odesa"));
        assertThat(events.merged).last().asList().containsExactlyInAnyOrder(file, added);
        assertThat(disk()).isEqualTo(ORIGINAL + "Odesa,오데사,Одеса,\n"); // nothing written back
        assertThat(events.saved).isEmpty();
    }

    @Test
    void anEditBasedOnAVersionBeforeAMergeFromDiskDoesNotUndoTheMerge() throws Exception {
        Glossary seen = service.glossaries().get(0);
        Files.writeString(file, ORIGINAL.replace("Kyiv,키이우,Київ,capital", "Kyiv,키이우,Київ,capital of Ukraine"));
        service.reloadFromDisk().get(10, TimeUnit.SECONDS);

        service.edit(seen, withCell(seen, "Lviv", "note", "west")).get(10, TimeUnit.SECONDS);

        assertThat(disk()).isEqualTo(ORIGINAL.replace("capital", "capital of Ukraine")
                .replace("Lviv,르비우,Львів,", "Lviv,르비우,Львів,west"));
    }

    @Test
    void aGlossaryDeletedOnDiskIsDroppedAndABrokenOneKeepsWhatIsLoaded() throws Exception {
        Path other = file.resolveSibling("other.csv");
        Files.writeString(other, "en,ko\nSeoul,서울\n");
        service.reloadFromDisk().get(10, TimeUnit.SECONDS);
        Files.delete(other);
        Files.writeString(file, "en,ko\n\"Kyiv,키이우\n");

        service.reloadFromDisk().get(10, TimeUnit.SECONDS);

        assertThat(service.glossaries()).extracting(Glossary::path).containsExactly(file);
        assertThat(GlossaryCodec.format(service.glossaries().get(0))).isEqualTo(ORIGINAL);
        assertThat(events.problems).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("places.csv"));
    }

    @Test
    void aNewGlossaryIsWrittenOnItsFirstConcept() throws Exception {
        Path fresh = root.resolve("glossaries").resolve("glossary.csv");
        Glossary empty = new Glossary(fresh, List.of("en", "ko", "note"), List.of("en", "ko"), List.of());

        service.addConcept(empty, concept("Busan", "부산")).get(10, TimeUnit.SECONDS);

        assertThat(Files.readString(fresh, StandardCharsets.UTF_8)).isEqualTo("en,ko,note\nBusan,부산,\n");
        assertThat(service.glossaries()).extracting(Glossary::path).containsExactly(fresh, file);
    }

    @Test
    void closingWritesWhatIsUnsaved() throws Exception {
        Glossary loaded = service.glossaries().get(0);
        service.addConcept(loaded, concept("Busan", "부산"));
        service.close();

        assertThat(disk()).isEqualTo(ORIGINAL + "Busan,부산,,\n");
    }

    private static Concept concept(String en, String ko) {
        return new Concept(Map.of("en", List.of(new Term("en", en, true)), "ko", List.of(new Term("ko", ko, true))),
                Map.of(), "", Map.of(), 0);
    }

    /** {@code glossary} with one cell of the concept named {@code english} set, as the glossary editor sets it. */
    private static Glossary withCell(Glossary glossary, String english, String column, String text) {
        for (int i = 0; i < glossary.concepts().size(); i++) {
            Concept concept = glossary.concepts().get(i);
            if (concept.english().equals(english)) {
                GlossaryColumn target = GlossaryColumn.of(glossary).stream()
                        .filter(c -> c.name().equals(column)).findFirst().orElseThrow();
                return GlossaryEdits.replaced(glossary, i, target.withCell(concept, text));
            }
        }
        throw new IllegalArgumentException(english);
    }

    private String disk() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
