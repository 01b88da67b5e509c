package org.triptych.check;

import org.triptych.io.BadFileException;
import org.triptych.io.TextFiles;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which rules run and at which severity, read from {@value #FILE} at the workspace root (Java properties,
 * UTF-8): {@code rule.<id>.enabled=true|false}, {@code rule.<id>.severity=error|warning|hint} and
 * {@code check.drafts-as-hints=true|false}. What the file does not say keeps its default; other keys are
 * ignored with a warning. Immutable.
 */
public final class CheckSettings {

    public static final String FILE = "triptych.properties";
    public static final String DRAFTS_AS_HINTS = "check.drafts-as-hints";

    private static final Pattern RULE_KEY = Pattern.compile("rule\\.([a-z0-9][a-z0-9.-]*)\\.(enabled|severity)");

    /** A setting and the line it was read from (0 when not from a file). */
    private record Setting<T>(T value, int line) {
    }

    private final Path file;
    private final Map<String, Setting<Boolean>> enabled;
    private final Map<String, Setting<Severity>> severities;
    private final boolean draftsAsHints;
    private final List<String> warnings;

    private CheckSettings(Path file, Map<String, Setting<Boolean>> enabled, Map<String, Setting<Severity>> severities,
                          boolean draftsAsHints, List<String> warnings) {
        this.file = file;
        this.enabled = Collections.unmodifiableMap(new LinkedHashMap<>(enabled));
        this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        this.draftsAsHints = draftsAsHints;
        this.warnings = List.copyOf(warnings);
    }

    /** Every rule at its default, findings on drafts shown as hints. */
    public static CheckSettings defaults() {
        return new CheckSettings(null, Map.of(), Map.of(), true, List.of());
    }

    /** The settings of the workspace at {@code root}: its {@value #FILE}, or the defaults when it has none. */
    public static CheckSettings read(Path root) throws IOException {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        return parse(file, TextFiles.readUtf8(file));
    }

    /** Settings from the text of {@code file}; a bad value is an error naming the file and line. */
    public static CheckSettings parse(Path file, String text) throws BadFileException {
        Map<String, Setting<Boolean>> enabled = new LinkedHashMap<>();
        Map<String, Setting<Severity>> severities = new LinkedHashMap<>();
        boolean draftsAsHints = true;
        List<String> warnings = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            StringBuilder logical = new StringBuilder(lines[i]);
            // A line ending in an odd number of backslashes continues on the next one (java.util.Properties rules).
            while (endsInContinuation(logical) && i + 1 < lines.length && !isComment(lines[i])) {
                logical.append('\n').append(lines[++i]);
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                throw new BadFileException(file, lineNumber, "not a setting (" + e.getMessage() + ")", e);
            }
            for (String key : one.stringPropertyNames()) {
                String value = one.getProperty(key).strip();
                Matcher rule = RULE_KEY.matcher(key);
                if (key.equals(DRAFTS_AS_HINTS)) {
                    draftsAsHints = bool(file, lineNumber, key, value);
                } else if (rule.matches() && rule.group(2).equals("enabled")) {
                    enabled.put(rule.group(1), new Setting<>(bool(file, lineNumber, key, value), lineNumber));
                } else if (rule.matches()) {
                    Severity severity = Severity.fromId(value.toLowerCase(Locale.ROOT));
                    if (severity == null) {
                        throw new BadFileException(file, lineNumber, key + ": \"" + value
                                + "\" is not a severity (error, warning or hint)");
                    }
                    severities.put(rule.group(1), new Setting<>(severity, lineNumber));
                } else {
                    warnings.add(file + ":" + lineNumber + ": unknown setting \"" + key + "\" ignored");
                }
            }
        }
        return new CheckSettings(file, enabled, severities, draftsAsHints, warnings);
    }

    private static boolean isComment(String line) {
        String s = line.stripLeading();
        return s.startsWith("#") || s.startsWith("!");
    }

    private static boolean endsInContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static boolean bool(Path file, int line, String key, String value) throws BadFileException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadFileException(file, line, key + ": \"" + value + "\" is not true or false");
        };
    }

    /** True when {@code rule} runs: as the file says, else the rule's default. */
    public boolean enabled(Rule rule) {
        Setting<Boolean> setting = enabled.get(rule.id());
        return setting == null ? rule.enabledByDefault() : setting.value();
    }

    /** The severity of {@code rule}'s findings: as the file says, else the rule's default. */
    public Severity severity(Rule rule) {
        Setting<Severity> setting = severities.get(rule.id());
        return setting == null ? rule.defaultSeverity() : setting.value();
    }

    /** True when the findings of a draft target are shown as hints. */
    public boolean draftsAsHints() {
        return draftsAsHints;
    }

    /** What the file said that was ignored: unknown keys, and settings of rules not among {@code known}. */
    public List<String> warnings(Collection<String> known) {
        List<String> all = new ArrayList<>(warnings);
        Map<String, Integer> unknownRules = new LinkedHashMap<>();
        enabled.forEach((id, s) -> unknownRules.merge(id, s.line(), Math::min));
        severities.forEach((id, s) -> unknownRules.merge(id, s.line(), Math::min));
        unknownRules.keySet().removeAll(known);
        unknownRules.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e ->
                all.add(file + ":" + e.getValue() + ": no rule \"" + e.getKey() + "\"; its settings are ignored"));
        return all;
    }
}
