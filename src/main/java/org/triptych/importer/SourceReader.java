package org.triptych.importer;

import com.ibm.icu.text.Normalizer2;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.triptych.io.BadFileException;
import org.triptych.io.IoErrors;
import org.triptych.io.Limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads English source text from {@code .txt}, {@code .md} and {@code .docx}: paragraphs split on blank lines
 * (or one per line), white space tidied, NFC. Markdown loses its markup (headings, emphasis, link targets).
 */
public final class SourceReader {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00A0\\u3000]*\\n");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u2000-\\u200A\\u3000\\u205F]+");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}\\s+|\\s+#+\\s*$");
    private static final Pattern MD_QUOTE = Pattern.compile("(?m)^ {0,3}>\\s?");
    private static final Pattern MD_STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern WRAPPED_CLASS = Pattern.compile("^(?:(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): )+");
    private static final Pattern MD_RULE = Pattern.compile("(?m)^ {0,3}([-*_])( *\\1){2,} *$");

    private SourceReader() {
    }

    /**
     * Reads the paragraphs of {@code file}.
     *
     * @param lines    one paragraph per line instead of per blank-line-separated block (text files only)
     * @param encoding an encoding to use instead of detecting one; null or blank to detect
     */
    public static SourceText read(Path file, boolean lines, String encoding) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return new SourceText(checkLengths(file, docx(file)), "DOCX");
        }
        byte[] bytes = bytes(file);
        TextDecoder.Decoded decoded = TextDecoder.decode(file, bytes, encoding);
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            text = stripMarkdown(text);
        }
        return new SourceText(checkLengths(file, split(text, lines)), decoded.describe());
    }

    private static byte[] bytes(Path file) throws IOException {
        Limits.checkReadable(file, Limits.MAX_SOURCE_FILE_BYTES);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadFileException(file, 0, "file not found", e);
        } catch (IOException e) {
            throw new BadFileException(file, 0, "cannot read the file: " + IoErrors.reason(e, file), e);
        }
    }

    /** Refuses a paragraph longer than a workspace cell may be, before it becomes one. */
    private static List<String> checkLengths(Path file, List<String> paragraphs) throws BadFileException {
        for (int i = 0; i < paragraphs.size(); i++) {
            Limits.checkCell(file, 0, "paragraph " + (i + 1), paragraphs.get(i).length());
        }
        return paragraphs;
    }

    /** Splits text into tidied paragraphs, dropping empty ones. */
    public static List<String> split(String text, boolean lines) {
        String[] blocks = lines ? text.split("\n") : BLANK_LINES.split(text);
        List<String> paragraphs = new ArrayList<>(blocks.length);
        for (String block : blocks) {
            String tidy = tidy(block);
            if (!tidy.isEmpty()) {
                paragraphs.add(tidy);
            }
        }
        return paragraphs;
    }

    /** One line of single spaces, no space at either end, NFC; no-break spaces are kept as they are meant. */
    public static String tidy(String text) {
        return nfc(SPACES.matcher(text).replaceAll(" ").strip());
    }

    /** The text in NFC, as every text in a workspace is. */
    public static String nfc(String text) {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        return nfc.isNormalized(text) ? text : nfc.normalize(text);
    }

    static String stripMarkdown(String text) {
        String plain = MD_RULE.matcher(text).replaceAll("");
        plain = MD_HEADING.matcher(plain).replaceAll("");
        plain = MD_QUOTE.matcher(plain).replaceAll("");
        plain = MD_IMAGE.matcher(plain).replaceAll("$1");
        plain = MD_LINK.matcher(plain).replaceAll("$1");
        plain = MD_STRONG.matcher(plain).replaceAll("$2");
        return MD_EMPHASIS.matcher(plain).replaceAll("$1");
    }

    /** Paragraphs of a Word document in reading order, table cells included; POI refuses zip bombs. */
    private static List<String> docx(Path file) throws IOException {
        Limits.checkReadable(file, Limits.MAX_SOURCE_FILE_BYTES);
        List<String> paragraphs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
            for (IBodyElement element : docx.getBodyElements()) {
                collect(element, paragraphs);
            }
        } catch (UnsupportedFileFormatException e) {
            throw new BadFileException(file, 0, "not a Word .docx file (" + firstLine(e) + ")", e);
        } catch (NoSuchFileException e) {
            throw new BadFileException(file, 0, "file not found", e);
        } catch (FileSystemException e) {
            throw new BadFileException(file, 0, "cannot read the file: " + IoErrors.reason(e, file), e);
        } catch (NoClassDefFoundError e) {
            // Commons Compress reaches for an optional codec (Zstandard, XZ...) that a Word file never uses.
            throw new BadFileException(file, 0, "cannot read this .docx: its zip uses a compression method Word does not use", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadFileException bad) {
                throw bad;
            }
            String message = firstLine(e);
            String problem = message.contains("Zip bomb") ? "refused as a zip bomb: " + message
                    : "cannot read this .docx: " + message;
            throw new BadFileException(file, 0, problem, e);
        }
        return paragraphs;
    }

    private static void collect(IBodyElement element, List<String> paragraphs) {
        if (element instanceof XWPFParagraph paragraph) {
            String text = tidy(paragraph.getText());
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        collect(inner, paragraphs);
                    }
                }
            }
        }
    }

    /** The first line of the message, without the class names of wrapped exceptions ("org.apache.…Exception: "). */
    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        String line = newline > 0 ? message.substring(0, newline) : message;
        String bare = WRAPPED_CLASS.matcher(line).replaceFirst("");
        return bare.isBlank() ? line : bare;
    }
}
