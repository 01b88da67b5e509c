package org.triptych.ui;

import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.session.WorkspaceSession;
import org.triptych.check.Terminology;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What the window shows: a workspace folder, the files of its documents, the document opened at first (or
 * null when the workspace has none), its glossaries and their terminology engine. Read by the core
 * {@link WorkspaceSession}, the same way as the command line reads a workspace. Immutable.
 */
public record Opened(Path root, List<Path> documents, Document document, List<Glossary> glossaries,
                     Terminology terminology) {

    public Opened {
        documents = List.copyOf(documents);
        glossaries = List.copyOf(glossaries);
    }

    /** The glossaries of a workspace and the terminology engine built for them. */
    public record Glossaries(List<Glossary> glossaries, Terminology terminology) {
        public Glossaries {
            glossaries = List.copyOf(glossaries);
        }
    }

    /**
     * A load in two stages, side by side: the document (shown and editable as soon as it is read, with no
     * glossary yet) and the glossaries with their engine (slower for large glossaries; installed when ready).
     */
    public record Loading(CompletableFuture<Opened> document, CompletableFuture<Glossaries> glossaries) {
    }

    /**
     * Starts opening a workspace folder (its first document) or one document file (with its workspace's
     * glossaries) on background threads; returns at once.
     */
    public static Loading start(Path path, Function<List<Concept>, Terminology> engine) {
        WorkspaceSession.Loading<Terminology> loading = WorkspaceSession.start(path, engine);
        return new Loading(
                loading.contents().thenApply(c -> new Opened(c.root(), c.documents(), c.document(), List.of(), Terminology.empty())),
                loading.glossaries().thenApply(g -> new Glossaries(g.glossaries(), g.engine())));
    }

    /** Opens {@code path} completely, glossaries included. Call off the EDT. */
    public static Opened load(Path path, Function<List<Concept>, Terminology> engine) throws IOException {
        Loading loading = start(path, engine);
        Opened opened = await(loading.document());
        Glossaries glossaries = await(loading.glossaries());
        return opened.withGlossaries(glossaries.glossaries(), glossaries.terminology());
    }

    /** Waits for a stage, giving back the I/O error that failed it. */
    public static <T> T await(CompletableFuture<T> stage) throws IOException {
        return WorkspaceSession.await(stage);
    }

    /** Every concept of every glossary, in file order. */
    public List<Concept> concepts() {
        return glossaries.stream().flatMap(g -> g.concepts().stream()).toList();
    }

    /** What the core session takes over: the folder, the document files and the document opened. */
    WorkspaceSession.Contents contents() {
        return new WorkspaceSession.Contents(root, documents, document);
    }

    public Opened withGlossaries(List<Glossary> newGlossaries, Terminology newTerminology) {
        return new Opened(root, documents, document, newGlossaries, newTerminology);
    }
}
