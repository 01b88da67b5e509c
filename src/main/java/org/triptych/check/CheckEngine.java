package org.triptych.check;

import org.triptych.glossary.TermHit;
import org.triptych.check.numbers.ExtraNumbersRule;
import org.triptych.check.numbers.NumbersRule;
import org.triptych.check.consistency.NameConsistencyRule;
import org.triptych.check.consistency.SameSourceRule;
import org.triptych.check.typography.Typography;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Translation;
import org.triptych.task.Progress;
import org.triptych.text.InlineTags;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs the enabled rules over documents or single paragraphs: per paragraph it finds the English terms once, per
 * non-empty target it analyses the text once ({@link CheckContext}), runs each rule, then the suppressions.
 * The same engine serves the command line and the window. Immutable and thread-safe; build one per glossary
 * version and settings.
 */
public final class CheckEngine {

    /** Documents with at least this many paragraphs are checked on several cores. */
    private static final int PARALLEL_FROM = 64;
    /** Paragraphs checked as one task on another core. */
    private static final int BATCH = 32;

    private final Terminology terminology;
    private final List<Rule> rules;
    private final List<Rule> active;
    private final Map<String, Severity> severities;
    private final List<Suppression> suppressions;
    private final CheckSettings settings;
    private final AcceptedWords accepted;
    /** The term hits of the paragraphs prepared, by document and paragraph id; empty before {@link #prepare}. */
    private final Map<Path, Map<String, PreparedEnglish.Read>> preparedHits;

    /**
     * @param rules        every rule known, enabled or not, in the order their findings are listed; ids unique
     * @param suppressions passes over each target's findings, in order, after the rules
     */
    public CheckEngine(Terminology terminology, List<Rule> rules, List<Suppression> suppressions, CheckSettings settings) {
        this(terminology, rules, suppressions, settings, AcceptedWords.none());
    }

    /** As the other constructor, the spelling rules also accepting the words of {@code accepted}. */
    public CheckEngine(Terminology terminology, List<Rule> rules, List<Suppression> suppressions, CheckSettings settings,
                       AcceptedWords accepted) {
        this(terminology, rules, suppressions, settings, accepted, Map.of());
    }

    private CheckEngine(Terminology terminology, List<Rule> rules, List<Suppression> suppressions, CheckSettings settings,
                        AcceptedWords accepted, Map<Path, Map<String, PreparedEnglish.Read>> preparedHits) {
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("two rules are called " + rule.id());
            }
        }
        this.terminology = terminology;
        this.rules = List.copyOf(rules);
        this.active = rules.stream().filter(settings::enabled).toList();
        Map<String, Severity> effective = new LinkedHashMap<>();
        for (Rule rule : active) {
            effective.put(rule.id(), settings.severity(rule));
        }
        this.severities = Map.copyOf(effective);
        this.suppressions = List.copyOf(suppressions);
        this.settings = settings;
        this.accepted = accepted;
        this.preparedHits = preparedHits;
    }

    /**
     * The built-in rules (terminology: {@code forbidden-variant}, {@code missing-term}; {@code numbers},
     * {@code numbers.extra}; {@code typography.*}; {@code consistency.*}, to be {@linkplain #prepare prepared}), then
     * those of every
     * {@link RuleProvider} on the class path; a forbidden spelling of a concept hides its missing-term finding.
     */
    public static CheckEngine standard(Terminology terminology, CheckSettings settings) {
        List<Rule> rules = new ArrayList<>(List.of(new ForbiddenVariantRule(terminology), new MissingTermRule(terminology)));
        rules.addAll(List.of(new NumbersRule(), new ExtraNumbersRule()));
        rules.addAll(Typography.rules());
        rules.addAll(List.of(new NameConsistencyRule(terminology), new SameSourceRule()));
        for (RuleProvider provider : ServiceLoader.load(RuleProvider.class)) {
            rules.addAll(provider.rules(terminology));
        }
        return new CheckEngine(terminology, rules,
                List.of(Suppression.sameTerm(ForbiddenVariantRule.ID, MissingTermRule.ID)), settings);
    }

    /**
     * This engine with every enabled {@link WorkspaceRule} prepared with {@code documents}, the documents checked
     * together (a workspace's, or the one open in the window). Their English is read once, on all cores, for those
     * rules and for the term check of the paragraphs, whose hits the check that follows reuses while the English is
     * unchanged. Off the interface thread: it reads them all.
     */
    public CheckEngine prepare(List<Document> documents) {
        if (active.stream().noneMatch(r -> r instanceof WorkspaceRule)) {
            return this;
        }
        PreparedEnglish english = PreparedEnglish.read(documents, terminology, CheckEngine::maskedText);
        List<Rule> prepared = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            prepared.add(rule instanceof WorkspaceRule w && settings.enabled(rule) ? w.prepared(documents, english) : rule);
        }
        return new CheckEngine(terminology, prepared, suppressions, settings, accepted, english.hits(documents));
    }

    /** This engine with one more rule (after the others). */
    public CheckEngine withRule(Rule rule) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        return new CheckEngine(terminology, more, suppressions, settings, accepted, preparedHits);
    }

    /** This engine with the spelling rules accepting the words of {@code words} (instead of those given before). */
    public CheckEngine withAcceptedWords(AcceptedWords words) {
        return new CheckEngine(terminology, rules, suppressions, settings, words, preparedHits);
    }

    /** The words the spelling rules accept beyond their dictionaries. */
    public AcceptedWords acceptedWords() {
        return accepted;
    }

    public Terminology terminology() {
        return terminology;
    }

    /** Every rule known, enabled or not. */
    public List<Rule> rules() {
        return rules;
    }

    public CheckSettings settings() {
        return settings;
    }

    /** What the settings said that was ignored (unknown keys, unknown rules), one line each naming file and line. */
    public List<String> settingsWarnings() {
        return settings.warnings(rules.stream().map(Rule::id).toList());
    }

    /** The enabled rules that cannot run on this machine (a dictionary missing), each with why. */
    public Map<Rule, Rule.Unavailable> unavailable() {
        Map<Rule, Rule.Unavailable> cannot = new LinkedHashMap<>();
        for (Rule rule : active) {
            Rule.Unavailable why = rule.unavailable();
            if (why != null) {
                cannot.put(rule, why);
            }
        }
        return cannot;
    }

    /** Findings of every paragraph in every language of {@code langs}, in paragraph then language order. */
    public List<Finding> check(Document document, List<String> langs) {
        return check(document, langs, Progress.NONE);
    }

    /**
     * As {@link #check(Document, List)}, reporting each paragraph done to {@code progress} (from several threads
     * for large documents).
     *
     * @throws CancellationException when {@code progress} was cancelled
     */
    public List<Finding> check(Document document, List<String> langs, Progress progress) {
        List<Finding> findings = new ArrayList<>();
        check(document, langs, progress, findings::addAll);
        return findings;
    }

    /**
     * Hands the findings of each paragraph (those of every language of {@code langs}, in that order; an empty list
     * when it has none) to {@code sink} on the calling thread, paragraph by paragraph in document order, as soon
     * as they and all before them are known. Large documents are checked on several cores a few dozen paragraphs
     * ahead of the sink, so memory holds those findings only, however many the document has.
     *
     * @throws CancellationException when {@code progress} was cancelled
     */
    public void check(Document document, List<String> langs, Progress progress, Consumer<List<Finding>> sink) {
        List<Paragraph> paragraphs = document.paragraphs();
        int total = paragraphs.size();
        AtomicInteger done = new AtomicInteger();
        progress.step(0, total);
        int workers = ForkJoinPool.getCommonPoolParallelism();
        if (total < PARALLEL_FROM || workers < 1) {
            for (Paragraph paragraph : paragraphs) {
                sink.accept(check(document.path(), paragraph, langs));
                progress.advance(done.incrementAndGet(), total);
            }
            return;
        }
        int batches = (total + BATCH - 1) / BATCH;
        int ahead = 4 * (workers + 1);
        List<FutureTask<List<List<Finding>>>> tasks = new ArrayList<>(batches);
        for (int b = 0; b < batches; b++) {
            int from = b * BATCH;
            int to = Math.min(total, from + BATCH);
            tasks.add(new FutureTask<>(() -> {
                List<List<Finding>> ofBatch = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    ofBatch.add(check(document.path(), paragraphs.get(i), langs));
                    progress.advance(done.incrementAndGet(), total);
                }
                return ofBatch;
            }));
        }
        int submitted = 0;
        try {
            for (int b = 0; b < batches; b++) {
                for (; submitted < Math.min(batches, b + ahead); submitted++) {
                    ForkJoinPool.commonPool().execute(tasks.get(submitted));
                }
                FutureTask<List<List<Finding>>> task = tasks.get(b);
                // The caller's core works too: it does this batch unless a worker has taken it, and while a worker
                // is still on it, the batches queued after it (a batch already taken is not run twice). Waiting
                // instead left one of two cores idle for most of a run with many findings.
                for (int next = b; next < submitted && !task.isDone(); next++) {
                    tasks.get(next).run();
                }
                List<List<Finding>> ofBatch = task.get();
                tasks.set(b, null);
                ofBatch.forEach(sink);
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } finally {
            for (int b = 0; b < submitted; b++) {
                if (tasks.get(b) != null) {
                    tasks.get(b).cancel(false);
                }
            }
        }
    }

    /** Findings of one paragraph in each language of {@code langs}, in that order. */
    public List<Finding> check(Path document, Paragraph tagged, List<String> langs) {
        Paragraph paragraph = masked(tagged);
        List<TermHit> hits = null;
        Map<Concept, TermHit> mentioned = null;
        List<Finding> findings = new ArrayList<>();
        for (String lang : langs) {
            if (paragraph.target(lang).isEmpty()) {
                continue;
            }
            if (hits == null) {
                hits = hits(document, paragraph);
                mentioned = CheckContext.firstHits(hits);
            }
            CheckContext context = new CheckContext(document, paragraph, tagged, lang, hits, mentioned, severities,
                    settings.draftsAsHints(), accepted);
            List<Finding> ofTarget = new ArrayList<>();
            for (Rule rule : active) {
                for (Finding finding : rule.check(context)) {
                    // A fix made from masked text would write the mask over the tags.
                    boolean masksTags = finding.hasFix() && finding.fix().indexOf(InlineTags.MASK) >= 0;
                    ofTarget.add(masksTags ? finding.withFix(null) : finding);
                }
            }
            for (Suppression suppression : suppressions) {
                ofTarget = suppression.apply(ofTarget);
            }
            findings.addAll(ofTarget);
        }
        return findings;
    }

    /**
     * The findings of the enabled {@link FilesRule}s about the files of {@code workspace} and the paragraphs of
     * {@code documents} that no paragraph's check reports (a glossary row's unsettled team conflict), after those
     * of the documents. Off the interface thread: it may read files.
     */
    public List<Finding> checkFiles(Path workspace, List<Document> documents) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : active) {
            if (rule instanceof FilesRule files) {
                findings.addAll(files.checkFiles(workspace, documents, severities.get(rule.id())));
            }
        }
        return findings;
    }

    /** The term hits of {@code paragraph}'s English: those found when prepared if it is unchanged, else found now. */
    private List<TermHit> hits(Path document, Paragraph paragraph) {
        Map<String, PreparedEnglish.Read> ofDocument = preparedHits.get(document);
        PreparedEnglish.Read read = ofDocument == null ? null : ofDocument.get(paragraph.id());
        return read != null && read.english().equals(paragraph.source()) ? read.hits()
                : terminology.termsIn(paragraph.source());
    }

    /** The English as the rules read it: inline tags masked. */
    private static String maskedText(String english) {
        return InlineTags.mayHaveTags(english) ? InlineTags.mask(english) : english;
    }

    /** The paragraph with the inline tags of its English and targets masked; itself when it has none. */
    private static Paragraph masked(Paragraph paragraph) {
        boolean tags = InlineTags.mayHaveTags(paragraph.source())
                || paragraph.targets().values().stream().anyMatch(t -> InlineTags.mayHaveTags(t.text()));
        if (!tags) {
            return paragraph;
        }
        Map<String, Translation> targets = new LinkedHashMap<>();
        paragraph.targets().forEach((lang, t) -> targets.put(lang, new Translation(InlineTags.mask(t.text()), t.status())));
        return new Paragraph(paragraph.id(), InlineTags.mask(paragraph.source()), targets, paragraph.note(),
                paragraph.extra(), paragraph.line());
    }

    /** Findings of one paragraph in one language; none when its target is empty. */
    public List<Finding> check(Path document, Paragraph paragraph, String lang) {
        return check(document, paragraph, List.of(lang));
    }
}
