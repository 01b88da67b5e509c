package org.triptych.team;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.CsvTable;
import org.triptych.ui.SampleCopy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three clones each make 200 random edits (translations, statuses, notes, glossary concepts added and edited) and
 * synchronise in a random order; then all hold identical files, and every edit no later edit of the same cell
 * replaced is there, unless a conflict was raised for that cell (then the cell holds one of the edits made to it).
 * Checked against a log of the edits. Fixed seed, so a failure repeats.
 */
class TeamSoakTest {

    private static final String DOC = TeamRepositoryTest.DOC;
    private static final String GLOSSARY = TeamRepositoryTest.GLOSSARY;
    private static final int EDITS_PER_CLONE = 200;
    private static final List<String> PARAGRAPHS = List.of("p1", "p2", "p3", "p4");
    private static final List<String> DOC_COLUMNS = List.of("ko", "uk", "ko_status", "uk_status", "note");
    private static final List<String> STATUSES = List.of("draft", "translated", "reviewed", "");

    @TempDir
    Path dir;

    record Edit(int seq, int by, String file, String key, String column, String value) {
        String cell() {
            return file + "|" + key + "|" + column;
        }
    }

    @Test
    void threeClonesConvergeKeepingEveryEditNotOverwritten() throws Exception {
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        String url = bare.toUri().toString();
        Author[] authors = {new Author("A", "a@example.org"), new Author("B", "b@example.org"), new Author("C", "c@example.org")};
        Path[] clones = new Path[3];
        clones[0] = SampleCopy.into(Files.createDirectories(dir.resolve("c0")));
        TeamRepository.share(clones[0], url, authors[0], null).close();
        for (int c = 1; c < 3; c++) {
            clones[c] = dir.resolve("c" + c);
            TeamRepository.join(url, clones[c], null).close();
        }
        TeamRepository[] teams = new TeamRepository[3];
        for (int c = 0; c < 3; c++) {
            teams[c] = TeamRepository.open(clones[c]);
            teams[c].rememberAuthor(authors[c]);
        }

        Random random = new Random(20261129L);
        List<Edit> log = new ArrayList<>();
        Set<String> conflicted = new HashSet<>();
        int[] made = new int[3];
        List<Map<String, String>> atSync = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            atSync.add(statuses(clones[c]));
        }
        int syncs = 0;
        int seq = 0;
        long start = System.nanoTime();
        while (made[0] + made[1] + made[2] < 3 * EDITS_PER_CLONE) {
            int c = random.nextInt(3);
            if (made[c] == EDITS_PER_CLONE) {
                continue;
            }
            log.add(edit(random, ++seq, c, clones[c], atSync.get(c)));
            made[c]++;
            if (random.nextInt(16) == 0) {
                syncs++;
                teams[c].synchronise(null, null).newConflicts().forEach(k -> conflicted.add(k.file() + "|" + k.key() + "|" + k.column()));
                atSync.set(c, statuses(clones[c]));
            }
        }
        for (int round = 0; round < 2; round++) {
            for (int c = 0; c < 3; c++) {
                syncs++;
                teams[c].synchronise(null, null).newConflicts().forEach(k -> conflicted.add(k.file() + "|" + k.key() + "|" + k.column()));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (TeamRepository team : teams) {
            team.close();
        }

        for (int c = 1; c < 3; c++) {
            assertThat(Cells.text(clones[c], DOC)).isEqualTo(Cells.text(clones[0], DOC));
            assertThat(Cells.text(clones[c], GLOSSARY)).isEqualTo(Cells.text(clones[0], GLOSSARY));
        }
        Map<String, Edit> last = new LinkedHashMap<>();
        Map<String, Set<String>> values = new HashMap<>();
        for (Edit e : log) {
            last.put(e.cell(), e);
            values.computeIfAbsent(e.cell(), k -> new HashSet<>()).add(e.value());
        }
        int kept = 0;
        int lostToConflicts = 0;
        for (Edit e : last.values()) {
            String now = Cells.get(clones[0], e.file(), e.key(), e.column());
            if (conflicted.contains(e.cell())) {
                assertThat(values.get(e.cell())).as(e.cell()).contains(now);
                if (now.equals(e.value())) {
                    kept++;
                } else {
                    lostToConflicts++;
                }
            } else {
                assertThat(now).as("%s, edited last by clone %d (edit %d)", e.cell(), e.by(), e.seq()).isEqualTo(e.value());
                kept++;
            }
        }
        System.out.printf(Locale.ROOT, "soak: %d edits in %d cells, %d synchronisations, %.1f s; last edits kept %d, "
                        + "kept the other side of a conflict %d; conflicts raised in %d cells%n", log.size(), last.size(),
                syncs, millis / 1000.0, kept, lostToConflicts, conflicted.size());
        assertThat(kept + lostToConflicts).isEqualTo(last.size());
    }

    /** The status cells of the clone's document, by "paragraph|column". */
    private static Map<String, String> statuses(Path clone) throws Exception {
        Map<String, String> statuses = new HashMap<>();
        for (String p : PARAGRAPHS) {
            for (String column : List.of("ko_status", "uk_status")) {
                statuses.put(p + "|" + column, Cells.get(clone, DOC, p, column));
            }
        }
        return statuses;
    }

    /**
     * One random edit on disk in clone {@code c}, as the window would save it; every value is new to the cell. A
     * status (there are only four) never goes back to what the clone last synchronised: that would undo its own edit
     * rather than make one, and a merge by state cannot tell an undone edit from none.
     */
    private static Edit edit(Random random, int seq, int c, Path clone, Map<String, String> atSync) throws Exception {
        String value = "c" + c + "-" + seq;
        int kind = random.nextInt(10);
        if (kind < 6) {
            String key = PARAGRAPHS.get(random.nextInt(PARAGRAPHS.size()));
            String column = DOC_COLUMNS.get(random.nextInt(DOC_COLUMNS.size()));
            if (column.endsWith("_status")) {
                List<String> choices = new ArrayList<>(STATUSES);
                choices.remove(Cells.get(clone, DOC, key, column));
                choices.remove(atSync.get(key + "|" + column));
                value = choices.get(random.nextInt(choices.size()));
            }
            Cells.set(clone, DOC, key, column, value);
            return new Edit(seq, c, DOC, key, column, value);
        }
        if (kind < 8) {
            String key = "k" + c + "-" + seq;
            Cells.set(clone, GLOSSARY, key, "en", "Term " + value);
            return new Edit(seq, c, GLOSSARY, key, "en", "Term " + value);
        }
        CsvTable table = CsvTable.read(clone.resolve(GLOSSARY));
        int id = table.header().indexOf(CsvKind.CONCEPT_ID);
        String key = table.rows().get(random.nextInt(table.rows().size())).cell(id);
        String column = List.of("ko", "uk", "note").get(random.nextInt(3));
        Cells.set(clone, GLOSSARY, key, column, value);
        return new Edit(seq, c, GLOSSARY, key, column, value);
    }
}
