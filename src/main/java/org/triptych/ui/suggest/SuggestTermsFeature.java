package org.triptych.ui.suggest;

import org.triptych.check.Finding;
import org.triptych.check.GlossaryProposal;
import org.triptych.check.consistency.GlossarySuggestions;
import org.triptych.check.consistency.GlossarySuggestions.Suggestion;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.session.WorkspaceSession;
import org.triptych.ui.feature.EditorMenu;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Command;
import org.triptych.ui.feature.FeatureRegistry.Place;
import org.triptych.ui.feature.TargetSpot;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.i18n.Messages;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;
import java.awt.BorderLayout;
import java.awt.Dialog;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Glossary > Suggest terms…: the names the English of the workspace repeats and the glossary lacks
 * ({@link GlossarySuggestions}), in a table with each target's most frequent rendering, editable; the ticked ones
 * are added to the first glossary through the session's glossary service. The workspace is read and searched on a
 * thread of its own; the table is shown and edited on the EDT. A finding that proposes a concept (two renderings of
 * one name) offers "Add to glossary" on the editor's right-click menu, the majority rendering preferred.
 */
public final class SuggestTermsFeature implements Feature {

    static final String ACTION = "action.suggestTerms";
    static final String PROPOSAL = "action.addProposedConcept";
    private static final String GLOSSARY_MENU = "menu.glossary";

    private WorkbenchState state;

    @Override
    public void install(FeatureRegistry registry) {
        state = registry.state();
        registry.add(Command.of(ACTION, null, new Place(GLOSSARY_MENU, 120), this::suggest)
                .enabledWhen(() -> state.hasWorkspace()));
        registry.addEditorMenu(new EditorMenu<Void>() {
            @Override
            public int position() {
                return 300;
            }

            @Override
            public List<JMenuItem> items(TargetSpot spot, Void prepared, Messages m) {
                List<JMenuItem> items = new ArrayList<>();
                for (Finding finding : spot.findings()) {
                    GlossaryProposal proposal = finding.proposal();
                    if (proposal != null) {
                        JMenuItem item = new JMenuItem(m.format(PROPOSAL, proposal.english(),
                                String.join(" | ", proposal.renderings().getOrDefault(spot.lang(), List.of()))));
                        item.setName(PROPOSAL);
                        item.addActionListener(e -> addProposed(proposal));
                        items.add(item);
                    }
                }
                return items;
            }
        });
    }

    /** Adds a finding's proposed concept to the first glossary. */
    private void addProposed(GlossaryProposal proposal) {
        WorkspaceSession session = state.session();
        Messages m = state.messages();
        List<Glossary> glossaries = session == null ? List.of() : session.glossaries().glossaries();
        if (glossaries.isEmpty()) {
            state.say(m.get("suggest.noGlossary"));
            return;
        }
        session.glossaryService().addConcept(glossaries.get(0), proposal.concept());
        state.say(m.format("suggest.added", 1, glossaries.get(0).path().getFileName()));
    }

    private void suggest() {
        WorkspaceSession session = state.session();
        if (session == null || !session.glossariesReady()) {
            return;
        }
        Messages m = state.messages();
        state.say(m.get("suggest.searching"));
        List<Concept> glossary = session.glossaries().concepts();
        Document open = session.editor().document();
        CompletableFuture.supplyAsync(() -> {
            try {
                List<Document> documents = new ArrayList<>();
                for (Document d : WorkspaceSession.readDocuments(session.root())) {
                    documents.add(d.path().equals(open.path()) ? open : d); // the open one with its unsaved edits
                }
                return GlossarySuggestions.of(documents, glossary);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, task -> {
            Thread thread = new Thread(task, "triptych-suggest-terms");
            thread.setDaemon(true);
            thread.start();
        }).whenComplete((found, failure) -> SwingUtilities.invokeLater(() -> {
            if (session != state.session()) {
                return;
            }
            if (failure != null) {
                state.say(m.format("suggest.failed", failure.getCause() != null ? failure.getCause().getMessage()
                        : failure.getMessage()));
            } else if (found.isEmpty()) {
                state.say(m.get("suggest.none"));
            } else {
                show(session, found);
            }
        }));
    }

    private void show(WorkspaceSession session, List<Suggestion> suggestions) {
        Messages m = state.messages();
        List<String> langs = suggestions.stream().flatMap(s -> s.renderings().keySet().stream()).distinct().toList();
        SuggestionTableModel model = new SuggestionTableModel(suggestions, langs, m);
        JTable table = new JTable(model);
        table.setName("suggestions");
        table.setAutoCreateRowSorter(true);
        JDialog dialog = new JDialog(state.window(), m.get("suggest.title"), Dialog.ModalityType.MODELESS);
        JButton add = new JButton(m.get("suggest.add"));
        add.setName("suggest.add");
        JButton close = new JButton(m.get("suggest.close"));
        close.addActionListener(e -> dialog.dispose());
        add.addActionListener(e -> {
            if (table.isEditing()) {
                table.getCellEditor().stopCellEditing();
            }
            List<Glossary> glossaries = session.glossaries().glossaries();
            if (glossaries.isEmpty()) {
                state.say(m.get("suggest.noGlossary"));
                return;
            }
            List<Concept> chosen = model.chosen();
            for (Concept concept : chosen) {
                session.glossaryService().addConcept(glossaries.get(0), concept);
            }
            state.say(m.format("suggest.added", chosen.size(), glossaries.get(0).path().getFileName()));
            dialog.dispose();
        });
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        buttons.add(add);
        buttons.add(close);
        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        content.add(new JScrollPane(table), BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        dialog.setSize(720, 420);
        dialog.setLocationRelativeTo(state.window());
        dialog.setVisible(true);
    }

    /** The suggestions: a tick, the English, how often, then one editable rendering per target. EDT only. */
    static final class SuggestionTableModel extends AbstractTableModel {

        private final List<Suggestion> suggestions;
        private final List<String> langs;
        private final boolean[] ticked;
        private final String[][] renderings;
        private final Messages messages;

        SuggestionTableModel(List<Suggestion> suggestions, List<String> langs, Messages messages) {
            this.suggestions = suggestions;
            this.langs = langs;
            this.messages = messages;
            this.ticked = new boolean[suggestions.size()];
            this.renderings = new String[suggestions.size()][langs.size()];
            for (int r = 0; r < suggestions.size(); r++) {
                for (int c = 0; c < langs.size(); c++) {
                    renderings[r][c] = suggestions.get(r).renderings().getOrDefault(langs.get(c), "");
                }
            }
        }

        @Override
        public int getRowCount() {
            return suggestions.size();
        }

        @Override
        public int getColumnCount() {
            return 3 + langs.size();
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case 0 -> messages.get("suggest.column.add");
                case 1 -> messages.languageName("en");
                case 2 -> messages.get("suggest.column.count");
                default -> messages.languageName(langs.get(column - 3));
            };
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 0 ? Boolean.class : column == 2 ? Integer.class : String.class;
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 0 || column >= 3;
        }

        @Override
        public Object getValueAt(int row, int column) {
            return switch (column) {
                case 0 -> ticked[row];
                case 1 -> suggestions.get(row).english();
                case 2 -> suggestions.get(row).occurrences();
                default -> renderings[row][column - 3];
            };
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            if (column == 0) {
                ticked[row] = Boolean.TRUE.equals(value);
            } else if (column >= 3) {
                renderings[row][column - 3] = String.valueOf(value).strip();
                ticked[row] = true;
            }
            fireTableRowsUpdated(row, row);
        }

        /** The ticked suggestions as concepts, with the renderings as edited. */
        List<Concept> chosen() {
            List<Concept> chosen = new ArrayList<>();
            for (int r = 0; r < suggestions.size(); r++) {
                if (!ticked[r]) {
                    continue;
                }
                java.util.Map<String, String> edited = new java.util.LinkedHashMap<>();
                for (int c = 0; c < langs.size(); c++) {
                    if (!renderings[r][c].isEmpty()) {
                        edited.put(langs.get(c), renderings[r][c]);
                    }
                }
                chosen.add(new Suggestion(suggestions.get(r).english(), suggestions.get(r).occurrences(), edited).concept());
            }
            return chosen;
        }
    }
}
