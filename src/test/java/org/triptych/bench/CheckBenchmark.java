package org.triptych.bench;

import org.triptych.check.Finding;
import org.triptych.check.CheckEngine;
import org.triptych.check.CheckSettings;
import org.triptych.check.Terminology;
import org.triptych.io.CsvTable;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.morph.UkrainianDictionary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The terminology check on War and Peace: about 12,000 English paragraphs with Korean and Ukrainian targets made
 * of UDHR words, against glossaries of 200 and 100,000 entries written to CSV and read back.
 * Budgets: 100,000-entry glossary read and indexed under 1.5 s; full check of both targets under 3 s; peak heap
 * under 512 MB. Run: {@code mvn -q -Pbench exec:java -Dbench.class=org.triptych.bench.CheckBenchmark}.
 */
public final class CheckBenchmark {

    private static final Path DATA = Path.of("..", "shared", "data");
    private static final int PARAGRAPHS = 12_000;
    private static final String[] TARGETS = {"ko", "uk"};

    private CheckBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path book = DATA.resolve("text/war-and-peace_pg2600.txt");
        if (!Files.isRegularFile(book)) {
            System.out.println("CheckBenchmark skipped: " + book + " is absent (it needs ../shared/data)");
            return;
        }
        Random random = new Random(42);
        List<String> english = paragraphs(Files.readString(book, StandardCharsets.UTF_8));
        List<String> ukWords = words(Files.readString(DATA.resolve("parallel/udhr_ukr.txt"), StandardCharsets.UTF_8));
        List<String> koWords = words(Files.readString(DATA.resolve("parallel/udhr_kor.txt"), StandardCharsets.UTF_8));
        List<String> names = capitalisedWords(english);

        System.out.printf(Locale.ROOT, "workload: %d paragraphs, 2 targets; %d English names; UDHR words: uk %d, ko %d%n",
                english.size(), names.size(), ukWords.size(), koWords.size());
        long before = Measures.usedHeapAfterGc();
        long t0 = System.nanoTime();
        UkrainianDictionary.get().analyse("київ");
        long dictionaryNanos = System.nanoTime() - t0;
        long dictionaryBytes = Measures.usedHeapAfterGc() - before;
        System.out.printf(Locale.ROOT, "Ukrainian dictionary: loaded in %.3f s, %.1f MB of heap%n",
                dictionaryNanos / 1e9, dictionaryBytes / 1e6);

        for (int size : new int[] {200, 100_000}) {
            List<List<String>> rows = glossaryRows(size, names, english, ukWords, koWords, random);
            Path file = Files.createTempFile("bench-glossary-", ".csv");
            Files.writeString(file, CsvTable.format(List.of("en", "ko", "uk"), rows), StandardCharsets.UTF_8);
            Document document = document(english, rows, ukWords, koWords, new Random(7));
            System.gc();
            Measures.resetPeaks();
            long start = System.nanoTime();
            List<Concept> concepts = GlossaryCodec.read(file).concepts();
            CheckEngine check = CheckEngine.standard(Terminology.of(concepts), CheckSettings.defaults());
            long loaded = System.nanoTime();
            long cpuBefore = Measures.cpuNanos();
            List<Finding> findings = check.check(document, List.of(TARGETS));
            long checked = System.nanoTime();
            double checkCpu = (Measures.cpuNanos() - cpuBefore) / 1e9;
            double loadSeconds = (loaded - start) / 1e9;
            double checkSeconds = (checked - loaded) / 1e9;
            System.out.printf(Locale.ROOT, "glossary %,d entries: load+index %.3f s (budget 1.5); check %,d paragraphs x 2 "
                            + "targets %.3f s (budget 3, CPU %.3f s) = %,.0f paragraphs/s; load+check %.3f s; %,d findings; "
                            + "peak heap %.0f MB (budget 512)%n",
                    size, loadSeconds, document.paragraphs().size(), checkSeconds, checkCpu,
                    document.paragraphs().size() / checkSeconds, loadSeconds + checkSeconds, findings.size(),
                    Measures.peakHeap() / 1e6);
            Files.delete(file);
            System.out.printf(Locale.ROOT, "  warm re-runs, same glossary: English only %.3f s, ko %.3f s, uk %.3f s, ko+uk %.3f s%n",
                    englishSeconds(check.terminology(), document), seconds(check, document, List.of("ko")),
                    seconds(check, document, List.of("uk")), seconds(check, document, List.of(TARGETS)));
        }
    }

    private static double seconds(CheckEngine check, Document document, List<String> langs) {
        long start = System.nanoTime();
        check.check(document, langs);
        return (System.nanoTime() - start) / 1e9;
    }

    /** The English side alone: the glossary terms of every paragraph. */
    private static double englishSeconds(Terminology terminology, Document document) {
        long start = System.nanoTime();
        document.paragraphs().parallelStream().forEach(p -> terminology.termsIn(p.source()));
        return (System.nanoTime() - start) / 1e9;
    }

    /** Paragraphs separated by blank lines, joined into one line each, the first {@link #PARAGRAPHS}. */
    static List<String> paragraphs(String text) {
        List<String> result = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String joined = block.strip().replaceAll("\\s+", " ");
            if (!joined.isEmpty()) {
                result.add(joined);
            }
            if (result.size() == PARAGRAPHS) {
                break;
            }
        }
        return result;
    }

    static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.split("[^\\p{L}’'-]+")) {
            if (w.length() > 1) {
                words.add(w);
            }
        }
        return new ArrayList<>(words);
    }

    private static List<String> capitalisedWords(List<String> paragraphs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String p : paragraphs) {
            for (String w : p.split("[^A-Za-z]+")) {
                if (w.length() > 3 && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 20).map(Map.Entry::getKey).toList();
    }

    /** The first 200 entries are frequent names of the book; the rest are word pairs that rarely occur. */
    private static List<List<String>> glossaryRows(int size, List<String> names, List<String> english, List<String> uk,
                                                   List<String> ko, Random random) {
        List<List<String>> rows = new ArrayList<>(size);
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
            if (rows.size() == Math.min(size, 200)) {
                break;
            }
            seen.add(name);
            rows.add(List.of(name, pick(ko, random), pick(uk, random)));
        }
        List<String> vocabulary = words(String.join(" ", english.subList(0, Math.min(english.size(), 3000))));
        while (rows.size() < size) {
            String term = pick(vocabulary, random) + " " + pick(vocabulary, random);
            if (seen.add(term)) {
                rows.add(List.of(term, pick(ko, random) + "|" + pick(ko, random), pick(uk, random) + " " + pick(uk, random)));
            }
        }
        return rows;
    }

    /** Targets of about the English length; half of them contain the rendering of a glossary name. */
    private static Document document(List<String> english, List<List<String>> rows, List<String> uk, List<String> ko,
                                     Random random) {
        List<Paragraph> paragraphs = new ArrayList<>(english.size());
        for (int i = 0; i < english.size(); i++) {
            int length = Math.max(3, english.get(i).split(" ").length);
            List<String> row = rows.get(random.nextInt(Math.min(rows.size(), 200)));
            Map<String, Translation> targets = new LinkedHashMap<>();
            targets.put("ko", new Translation(sentence(ko, length, random, i % 2 == 0 ? row.get(1) + "는" : ""), Status.DRAFT));
            targets.put("uk", new Translation(sentence(uk, length, random, i % 2 == 0 ? row.get(2) : ""), Status.DRAFT));
            paragraphs.add(new Paragraph("p" + (i + 1), english.get(i), targets, "", Map.of(), i + 2));
        }
        return new Document(Path.of("war-and-peace.csv"), List.of("id", "en", "ko", "uk"), List.of(TARGETS), paragraphs);
    }

    private static String sentence(List<String> words, int length, Random random, String planted) {
        StringBuilder s = new StringBuilder(planted);
        for (int k = 0; k < length; k++) {
            if (!s.isEmpty()) {
                s.append(k % 12 == 11 ? ". " : " ");
            }
            s.append(pick(words, random));
        }
        return s.append('.').toString();
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
