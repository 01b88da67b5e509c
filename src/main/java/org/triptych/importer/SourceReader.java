package org.triptych.importer;

import com.ibm.icu.text.Normalizer2;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.triptych.io.BadFileException;
import org.triptych.io.IoErrors;
import org.triptych.io.Limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads English source text from {@code .txt}, {@code .md} and {@code .docx}: paragraphs split on blank lines
 * (or one per line; see {@link TextLayout} and {@link DocxLayout}), white space tidied, NFC; formatting inside a
 * paragraph becomes inline tags.
 */
public final class SourceReader {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u2000-\\u200A\\u3000\\u205F]+");

    private SourceReader() {
    }

    /**
     * Reads the paragraphs of {@code file}, each with its locator.
     *
     * @param lines    one paragraph per line instead of per blank-line-separated block (text files only)
     * @param encoding an encoding to use instead of detecting one; null or blank to detect
     */
    public static SourceText read(Path file, boolean lines, String encoding) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            List<String> texts = new ArrayList<>();
            List<String> locators = new ArrayList<>();
            try (XWPFDocument docx = DocxLayout.open(file)) {
                for (DocxLayout.Unit unit : DocxLayout.units(docx)) {
                    texts.add(unit.text());
                    locators.add(unit.locator());
                }
            } catch (RuntimeException e) {
                throw new BadFileException(file, 0, "cannot read this .docx: " + DocxLayout.firstLine(e), e);
            }
            return new SourceText(checkLengths(file, texts), locators, "DOCX");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(file, bytes(file), encoding);
        List<TextLayout.Block> blocks = TextLayout.blocks(lineEnds(decoded.text()), isMarkdown(file), lines);
        return new SourceText(checkLengths(file, blocks.stream().map(TextLayout.Block::text).toList()),
                blocks.stream().map(TextLayout.Block::locator).toList(), decoded.describe());
    }

    /** The text of a text source as the import reads it: decoded as {@link #read} decodes it, line ends LF. */
    public static String readText(Path file, String encoding) throws IOException {
        return lineEnds(TextDecoder.decode(file, bytes(file), encoding).text());
    }

    private static String lineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** True for a Markdown source ({@code .md}, {@code .markdown}). */
    public static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
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

    /** One line of single spaces, no space at either end, NFC; no-break spaces are kept as they are meant. */
    public static String tidy(String text) {
        return nfc(SPACES.matcher(text).replaceAll(" ").strip());
    }

    /** The text in NFC, as every text in a workspace is. */
    public static String nfc(String text) {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        return nfc.isNormalized(text) ? text : nfc.normalize(text);
    }

}
