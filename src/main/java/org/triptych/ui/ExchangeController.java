package org.triptych.ui;

import org.triptych.export.ExportFormat;
import org.triptych.export.ExportOptions;
import org.triptych.export.Exports;
import org.triptych.export.GlossaryExport;
import org.triptych.export.TargetExport;
import org.triptych.importer.GlossaryImport;
import org.triptych.importer.SourceImport;
import org.triptych.importer.TranslationImport;
import org.triptych.io.BadFileException;
import org.triptych.io.Columns;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.model.Workspace;
import org.triptych.paths.FileNames;
import org.triptych.paths.OutputTargets;
import org.triptych.ui.exchange.ExportDialog;
import org.triptych.ui.exchange.GlossaryExportDialog;
import org.triptych.ui.exchange.TargetExportDialog;
import org.triptych.ui.exchange.GlossaryImportDialog;
import org.triptych.ui.exchange.SourceImportDialog;
import org.triptych.ui.i18n.Messages;
import org.triptych.session.DocumentSync;
import org.triptych.session.WorkspaceSession;
import org.triptych.task.TaskRunner;
import org.triptych.ui.editor.ParagraphTableModel;

import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The import and export commands of the window: File > Export, Import source, Import translations, and
 * Glossary > Import and Export glossary. Each asks what to do in a small dialog and a file chooser, then
 * runs the core service off the EDT behind a progress window with Cancel. An import into the open document
 * or the glossaries runs on the thread that saves them, after the unsaved edits are written, and is taken
 * in at once through the same merge as any change made on disk, so nothing typed is lost. EDT only.
 */
final class ExchangeController {

    /** Most units that matched nothing listed in the report; the rest are counted. */
    private static final int UNMATCHED_LISTED = 12;

    /** What the commands need from the window; called on the EDT. */
    interface Window {
        /** The open workspace, or null. */
        WorkspaceSession workspace();

        Messages messages();

        /** The owner of dialogs and choosers, or null when there is no window. */
        java.awt.Window owner();

        /** The open document as shown. */
        ParagraphTableModel model();

        /** Writes the open document's unsaved edits now. */
        void save();

        void say(String message);

        void showError(String message, Throwable cause);

        /** A document file was made in the workspace. */
        void documentAdded(Path file);

        TaskRunner tasks();

        /** Runs an import that writes glossary files in order with the glossary service's saves, then says {@code message}. */
        <T> CompletableFuture<T> changeGlossariesOnDisk(Callable<T> work, Function<T, String> message);
    }

    private final Window window;

    ExchangeController(Window window) {
        this.window = window;
    }

    private Messages messages() {
        return window.messages();
    }

    // ---- File > Export -----------------------------------------------------------------------------------

    /** Exports the open document in a chosen format and languages; the files written are named in the status bar. */
    void exportDocument() {
        Edt.mustBeEdt();
        WorkspaceSession opened = window.workspace();
        if (opened == null || opened.editor() == null) {
            return;
        }
        window.save(); // what is exported is what is on screen; it reaches the disk too
        Document document = window.model().snapshot();
        List<Concept> concepts = opened.glossaries().concepts();
        Optional<ExportDialog.Choice> asked = ExportDialog.show(window.owner(), messages(), document.name(),
                document.targets(), !concepts.isEmpty());
        if (asked.isEmpty()) {
            return;
        }
        ExportDialog.Choice choice = asked.get();
        ExportFormat format = choice.format();
        String description = messages().get("export.format." + format.name().toLowerCase(Locale.ROOT));
        List<Path> inputs = new ArrayList<>(List.of(document.path()));
        if (choice.glossaryAppendix()) {
            opened.glossaries().glossaries().forEach(g -> inputs.add(g.path()));
        }
        Optional<Path> chosen = chooseOutput("exportChooser", messages().get("export.chooser"),
                Exports.defaultOutput(document, format), format.extension(), description,
                out -> Exports.files(format, document, choice.languages(), out), inputs);
        if (chosen.isEmpty()) {
            return;
        }
        Path out = chosen.get();
        Document snapshot = window.model().snapshot();
        ExportOptions options = new ExportOptions("", choice.glossaryAppendix() ? concepts : List.of());
        BackgroundTask.start(window.tasks(), progress(messages().format("export.progress", out.getFileName()), true),
                progress -> Exports.export(format, snapshot, choice.languages(), options, out, progress),
                outcome(files -> window.say(messages().format("export.done", names(files))),
                        messages().format("export.error", out), "export.cancelled"));
    }

    // ---- File > Export translated document ------------------------------------------------------------------

    /**
     * Writes the open document's translation in the format and layout of its source (a copy of the imported
     * .docx, .md or .txt), one file per chosen language; the status bar names each file and how many paragraphs
     * kept their English.
     */
    void exportTargetDocument() {
        Edt.mustBeEdt();
        WorkspaceSession opened = window.workspace();
        if (opened == null || opened.editor() == null) {
            return;
        }
        window.save();
        Document document = window.model().snapshot();
        Path source;
        try {
            source = TargetExport.source(document);
        } catch (BadFileException e) {
            window.say(messages().format("targetExport.noSource", document.name()));
            return;
        }
        Optional<List<String>> langs = TargetExportDialog.show(window.owner(), messages(), document.name(),
                source.getFileName().toString(), document.targets());
        if (langs.isEmpty()) {
            return;
        }
        String extension = baseExtension(source);
        Path initial;
        try {
            initial = TargetExport.defaultOutput(document, langs.get());
        } catch (BadFileException e) {
            window.say(messages().format("targetExport.noSource", document.name()));
            return;
        }
        Optional<Path> chosen = chooseOutput("targetExportChooser", messages().get("export.chooser"), initial, extension,
                messages().get("targetExport.format." + extension),
                out -> TargetExport.files(document, langs.get(), out), List.of(document.path(), source));
        if (chosen.isEmpty()) {
            return;
        }
        Path out = chosen.get();
        Document snapshot = window.model().snapshot();
        BackgroundTask.start(window.tasks(), progress(messages().format("export.progress", out.getFileName()), true),
                progress -> TargetExport.export(snapshot, langs.get(), out, progress),
                outcome(reports -> window.say(reports.stream()
                                .map(r -> messages().format("targetExport.done", r.file().getFileName().toString(),
                                        r.paragraphs(), r.untranslated(), r.drafts()))
                                .collect(Collectors.joining(" "))),
                        messages().format("export.error", out), "export.cancelled"));
    }

    /** The extension of a file, lower case, without the dot. */
    private static String baseExtension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    // ---- File > Import source ----------------------------------------------------------------------------

    /** Imports an English text as a new document of the workspace, or as an update of the open document's English. */
    void importSource() {
        Edt.mustBeEdt();
        WorkspaceSession opened = window.workspace();
        if (opened == null) {
            return;
        }
        Optional<Path> chosen = chooseInput("importSourceChooser", messages().get("importSource.chooser"),
                new FileNameExtensionFilter(messages().get("importSource.files"), "txt", "md", "docx"));
        if (chosen.isEmpty()) {
            return;
        }
        Path source = chosen.get();
        Path root = opened.root();
        Path translations = root.resolve(Workspace.TRANSLATIONS);
        Set<String> existing = opened.documents().stream().map(ExchangeController::baseName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Document current = opened.editor() == null ? null : window.model().document();
        // SourceImport updates translations/NAME.csv, so only a document kept there can be updated from here.
        boolean updatable = current != null && (window.workspace() == null ? null : window.workspace().sync()) != null
                && current.path().toAbsolutePath().normalize().equals(translations.resolve(current.name() + ".csv"));
        Optional<SourceImportDialog.Choice> asked = SourceImportDialog.show(window.owner(), messages(),
                source.getFileName().toString(), baseName(source), existing, updatable ? current.name() : null);
        if (asked.isEmpty()) {
            return;
        }
        SourceImportDialog.Choice choice = asked.get();
        List<String> targets = window.model().targets().isEmpty() ? List.of("ko", "uk") : window.model().targets();
        ProgressDialog progress = progress(messages().format("importSource.progress", source.getFileName()), true);
        String failure = messages().format("import.error", source);
        Path target = choice.update() ? current.path() : translations.resolve(choice.name() + ".csv");
        Optional<String> refused = (choice.update() ? Optional.<FileNames.Problem>empty() : FileNames.problem(choice.name()))
                .map(problem -> messages().format("fileName.problem." + problem.name(), choice.name()))
                .or(() -> OutputTargets.checkImport(target, OutputTargets.Kind.DOCUMENT, List.of(source)).map(this::refusal));
        if (refused.isPresent()) {
            refuse(refused.get());
            return;
        }
        if (choice.update()) {
            DocumentSync session = (window.workspace() == null ? null : window.workspace().sync());
            window.save();
            BackgroundTask.startOn(window.tasks(), progress,
                    p -> session.changeOnDisk(() -> SourceImport.run(root, source, current.name(), choice.oneParagraphPerLine(),
                            null, targets, p)),
                    outcome(this::reportSource, failure, "import.cancelled"));
        } else {
            Path file = target;
            BackgroundTask.start(window.tasks(), progress, p -> {
                if (Files.exists(file)) {
                    // SourceImport would update it; a new document must not touch an existing one.
                    throw new BadFileException(file, 0, messages().format("importSource.taken", choice.name()));
                }
                return SourceImport.run(root, source, choice.name(), choice.oneParagraphPerLine(), null, targets, p);
            }, outcome(report -> {
                window.documentAdded(report.document());
                reportSource(report);
            }, failure, "import.cancelled"));
        }
    }

    private void reportSource(SourceImport.Report report) {
        String name = baseName(report.document());
        if (!report.updated()) {
            window.say(messages().format("importSource.created", name, report.paragraphs(), report.encoding()));
            return;
        }
        String said = messages().format("importSource.updated", name, report.unchanged(), report.changed(),
                report.added(), report.removed());
        if (report.backup() != null) {
            said += " " + messages().format("importSource.backup", report.backup().getFileName());
        }
        window.say(said);
    }

    // ---- File > Import translations ----------------------------------------------------------------------

    /** Brings translations back from an XLIFF or TMX file into the open document; reports what matched. */
    void importTranslations() {
        Edt.mustBeEdt();
        WorkspaceSession opened = window.workspace();
        DocumentSync session = (window.workspace() == null ? null : window.workspace().sync());
        if (opened == null || opened.editor() == null || session == null) {
            return;
        }
        Optional<Path> chosen = chooseInput("importTranslationsChooser", messages().get("importTranslations.chooser"),
                new FileNameExtensionFilter(messages().get("importTranslations.files"), "xlf", "xliff", "tmx"));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        Path documentFile = session.file();
        Optional<OutputTargets.Refusal> refused = OutputTargets.checkImport(documentFile, OutputTargets.Kind.DOCUMENT, List.of(file));
        if (refused.isPresent()) {
            refuse(refusal(refused.get()));
            return;
        }
        window.save();
        BackgroundTask.startOn(window.tasks(), progress(messages().format("importTranslations.progress", file.getFileName()), true),
                p -> session.changeOnDisk(() -> TranslationImport.run(file, documentFile, p)),
                outcome(result -> reportTranslations(file, result), messages().format("import.error", file),
                        "import.cancelled"));
    }

    private void reportTranslations(Path file, TranslationImport.Result result) {
        List<String> changes = new ArrayList<>();
        for (String lang : window.model().targets()) {
            int changed = result.changed().getOrDefault(lang, 0);
            changes.add(messages().format("importTranslations.changed", WorkbenchController.nativeName(lang), changed));
        }
        if (result.notesChanged() > 0) {
            changes.add(messages().format("importTranslations.notes", result.notesChanged()));
        }
        String said = messages().format("importTranslations.done", file.getFileName(), result.matched(), result.units(),
                String.join(", ", changes));
        window.say(said);
        if (!result.unmatched().isEmpty() && window.owner() != null) {
            StringBuilder list = new StringBuilder(messages().format("importTranslations.unmatched", result.unmatched().size()));
            for (TranslationImport.Unmatched u : result.unmatched().subList(0, Math.min(UNMATCHED_LISTED, result.unmatched().size()))) {
                String english = u.source().length() > 70 ? u.source().substring(0, 69) + "…" : u.source();
                list.append("\n• ").append(messages().format("importTranslations.unit", u.id(), u.line(), english));
            }
            if (result.unmatched().size() > UNMATCHED_LISTED) {
                list.append("\n…");
            }
            JOptionPane.showMessageDialog(window.owner(), list.toString(), said, JOptionPane.INFORMATION_MESSAGE);
        }
    }

    // ---- Glossary > Import / Export ----------------------------------------------------------------------

    /** Adds the concepts of a TBX, OmegaT or CSV glossary to a workspace glossary; the window takes them in at once. */
    void importGlossary() {
        Edt.mustBeEdt();
        WorkspaceSession opened = window.workspace();
        if (opened == null) {
            return;
        }
        Optional<Path> chosen = chooseInput("importGlossaryChooser", messages().get("importGlossary.chooser"),
                new FileNameExtensionFilter(messages().get("importGlossary.files"), "tbx", "xml", "txt", "tab", "utf8", "csv"));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean tbx = lower.endsWith(".tbx") || lower.endsWith(".xml");
        Path newGlossary = opened.root().resolve(Workspace.GLOSSARIES).resolve(baseName(file) + ".csv");
        Optional<GlossaryImportDialog.Choice> asked = GlossaryImportDialog.show(window.owner(), messages(),
                file.getFileName().toString(), opened.glossaries().glossaries().stream().map(Glossary::path).toList(), newGlossary,
                targetLanguages(opened), !tbx);
        if (asked.isEmpty()) {
            return;
        }
        GlossaryImportDialog.Choice choice = asked.get();
        boolean created = opened.glossaries().glossaries().stream().noneMatch(g -> g.path().equals(choice.glossary()));
        Optional<String> refused = (created ? FileNames.problem(baseName(choice.glossary())) : Optional.<FileNames.Problem>empty())
                .map(problem -> messages().format("fileName.problem." + problem.name(), baseName(choice.glossary())))
                .or(() -> OutputTargets.checkImport(choice.glossary(), OutputTargets.Kind.GLOSSARY, List.of(file)).map(this::refusal));
        if (refused.isPresent()) {
            refuse(refused.get());
            return;
        }
        BackgroundTask.startOn(window.tasks(), progress(messages().format("importGlossary.progress", file.getFileName()), false),
                p -> window.changeGlossariesOnDisk(() -> GlossaryImport.run(file, choice.language(), choice.glossary()),
                        report -> messages().format("importGlossary.done", report.concepts(), report.terms(),
                                report.glossary().getFileName())),
                outcome(report -> { }, messages().format("import.error", file), "import.cancelled"));
    }

    /** Writes a workspace glossary as TBX, OmegaT glossaries or CSV. */
    void exportGlossary() {
        Edt.mustBeEdt();
        WorkspaceSession opened = window.workspace();
        if (opened == null) {
            return;
        }
        if (opened.glossaries().glossaries().isEmpty()) {
            window.say(messages().get("exportGlossary.none"));
            return;
        }
        List<Glossary> glossaries = opened.glossaries().glossaries();
        List<String> targets = targetLanguages(opened);
        Optional<GlossaryExportDialog.Choice> asked = GlossaryExportDialog.show(window.owner(), messages(),
                glossaries.stream().map(g -> g.path().getFileName().toString()).toList(), targets);
        if (asked.isEmpty()) {
            return;
        }
        GlossaryExportDialog.Choice choice = asked.get();
        Glossary glossary = glossaries.get(choice.glossary());
        List<String> langs = choice.languages().stream().filter(glossary.languages()::contains).toList();
        if (langs.isEmpty()) {
            window.say(messages().format("exportGlossary.noLanguage", glossary.path().getFileName()));
            return;
        }
        GlossaryExport.Format format = choice.format();
        // In exports/, not in glossaries/, where a CSV would be read as a second glossary.
        Path initial = OutputTargets.defaultExport(glossary.path(), baseName(glossary.path()), format.extension());
        Optional<Path> chosen = chooseOutput("exportGlossaryChooser", messages().get("export.chooser"), initial,
                format.extension(), messages().get("exportGlossary.format." + format.name().toLowerCase(Locale.ROOT)),
                out -> GlossaryExport.files(glossary, format, langs, out), List.of(glossary.path()));
        if (chosen.isEmpty()) {
            return;
        }
        Path out = chosen.get();
        BackgroundTask.start(window.tasks(), progress(messages().format("export.progress", out.getFileName()), false),
                p -> GlossaryExport.export(glossary, format, langs, out),
                outcome(files -> window.say(messages().format("export.done", names(files))),
                        messages().format("export.error", out), "export.cancelled"));
    }

    /** The target languages of the open document, else of the glossaries, else Korean and Ukrainian. */
    private List<String> targetLanguages(WorkspaceSession opened) {
        if (!window.model().targets().isEmpty()) {
            return window.model().targets();
        }
        Set<String> found = new LinkedHashSet<>();
        opened.glossaries().glossaries().forEach(g -> g.languages().stream().filter(l -> !l.equals(Columns.SOURCE)).forEach(found::add));
        return found.isEmpty() ? List.of("ko", "uk") : List.copyOf(found);
    }

    // ---- shared --------------------------------------------------------------------------------------------

    private ProgressDialog progress(String label, boolean cancellable) {
        return new ProgressDialog(window.owner(), messages().get("app.title"), label,
                cancellable ? messages().get("issues.cancel") : null);
    }

    private <T> BackgroundTask.Outcome<T> outcome(Consumer<T> done, String failure, String cancelledKey) {
        return new BackgroundTask.Outcome<>() {
            @Override
            public void done(T value) {
                done.accept(value);
            }

            @Override
            public void failed(Throwable cause) {
                window.showError(failure, cause);
            }

            @Override
            public void cancelled() {
                window.say(messages().get(cancelledKey));
            }
        };
    }

    private Optional<Path> chooseInput(String name, String title, FileNameExtensionFilter filter) {
        JFileChooser chooser = chooser(name, title, window.workspace().root());
        chooser.addChoosableFileFilter(filter);
        chooser.setFileFilter(filter);
        if (chooser.showOpenDialog(window.owner()) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        return Optional.of(chooser.getSelectedFile().toPath().toAbsolutePath());
    }

    /**
     * Asks where to write, offering {@code initial} in the workspace's exports folder; adds the extension when
     * the name typed has none. A choice that would write over one of {@code inputs} or a workspace document or
     * glossary ({@link OutputTargets}) is refused with a message while the chooser stays open; asks before
     * replacing any other of the files the export will write ({@code written} of the chosen path).
     */
    private Optional<Path> chooseOutput(String name, String title, Path initial, String extension, String description,
                                        Function<Path, List<Path>> written, List<Path> inputs) {
        Path folder = initial.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            folder = window.workspace().root(); // the chooser opens there instead; the export will name what failed
        }
        JFileChooser chooser = new JFileChooser(folder.toFile()) {
            @Override
            public void approveSelection() {
                Optional<OutputTargets.Refusal> refused = OutputTargets.checkExport(
                        written.apply(withExtension(getSelectedFile(), extension)), inputs, true);
                if (refused.isPresent()) {
                    JOptionPane.showMessageDialog(this, refusal(refused.get()), title, JOptionPane.WARNING_MESSAGE);
                    return;
                }
                super.approveSelection();
            }
        };
        chooser.setName(name);
        chooser.setDialogTitle(title);
        FileNameExtensionFilter filter = new FileNameExtensionFilter(description, extension);
        chooser.addChoosableFileFilter(filter);
        chooser.setFileFilter(filter);
        chooser.setSelectedFile(initial.toFile());
        if (chooser.showSaveDialog(window.owner()) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path out = withExtension(chooser.getSelectedFile(), extension);
        List<String> existing = written.apply(out).stream().filter(Files::exists)
                .map(p -> p.getFileName().toString()).toList();
        if (!existing.isEmpty()) {
            int answer = JOptionPane.showConfirmDialog(window.owner(),
                    messages().format("export.replace", String.join(", ", existing)), title,
                    JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    private static Path withExtension(File selected, String extension) {
        Path out = selected.getName().contains(".") ? selected.toPath()
                : selected.toPath().resolveSibling(selected.getName() + "." + extension);
        return out.toAbsolutePath();
    }

    /** The window's words for a refused file. */
    private String refusal(OutputTargets.Refusal refusal) {
        return messages().format("output.refused." + refusal.reason().name(), refusal.file().getFileName());
    }

    /** Says why nothing was done, in a message the user closes. */
    private void refuse(String message) {
        if (window.owner() == null) {
            window.say(message);
            return;
        }
        JOptionPane.showMessageDialog(window.owner(), message, messages().get("app.title"), JOptionPane.WARNING_MESSAGE);
    }

    private JFileChooser chooser(String name, String title, Path folder) {
        JFileChooser chooser = new JFileChooser(folder == null ? null : folder.toFile());
        chooser.setName(name);
        chooser.setDialogTitle(title);
        return chooser;
    }

    private static String names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
    }

    /** A file's name without its extension. */
    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
