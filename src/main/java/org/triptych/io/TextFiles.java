package org.triptych.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import com.ibm.icu.text.Normalizer2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads workspace text files strictly: UTF-8 only (a BOM is skipped), no NUL bytes, no UTF-16, NFC on the
 * way in. Line ends are left as they are. Only ordinary files within {@link Limits#MAX_WORKSPACE_FILE_BYTES} are
 * opened.
 */
public final class TextFiles {

    private static final int MIN_DETECTION_CONFIDENCE = 50;
    private static final char REPLACEMENT = '\uFFFD';

    private TextFiles() {
    }

    /** Reads {@code file} as UTF-8 and returns it normalised to NFC, or throws naming the file and line. */
    public static String readUtf8(Path file) throws IOException {
        Limits.checkReadable(file, Limits.MAX_WORKSPACE_FILE_BYTES);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadFileException(file, 0, "file not found", e);
        } catch (IOException e) {
            throw new BadFileException(file, 0, "cannot read the file: " + IoErrors.reason(e, file), e);
        }
        return decodeUtf8(file, bytes);
    }

    /** Decodes bytes already read from {@code file}; the file is only used in messages. */
    public static String decodeUtf8(Path file, byte[] bytes) throws BadFileException {
        if (hasUtf16Bom(bytes)) {
            throw new BadFileException(file, 0, "the file is UTF-16 text; save it as UTF-8");
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadFileException(file, lineAt(bytes, i),
                        "binary data (a NUL byte): this is not a UTF-8 text file");
            }
        }
        // The String constructor decodes several times faster than a CharsetDecoder, but replaces what is not UTF-8
        // with U+FFFD; only then is the text decoded again strictly, to report where (or to find it was there).
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) >= 0) {
            text = decodeStrictly(file, bytes, start);
        }
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        return nfc.isNormalized(text) ? text : nfc.normalize(text);
    }

    private static String decodeStrictly(Path file, byte[] bytes, int start) throws BadFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new BadFileException(file, lineAt(bytes, offset), String.format(Locale.ROOT,
                    "invalid UTF-8 (byte 0x%02X at byte offset %d)%s; save the file as UTF-8",
                    bytes[offset] & 0xff, offset, likelyEncoding(bytes)));
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new BadFileException(file, lineAt(bytes, bytes.length), "invalid UTF-8 at end of file", e);
        }
        out.flip();
        return out.toString();
    }

    /** ", it looks like windows-1251" when ICU recognises a legacy encoding with some confidence, else "". */
    private static String likelyEncoding(byte[] bytes) {
        CharsetMatch match = new CharsetDetector().setText(bytes).detect();
        if (match == null || match.getConfidence() < MIN_DETECTION_CONFIDENCE || match.getName().startsWith("UTF")) {
            return "";
        }
        return ", it looks like " + match.getName();
    }

    private static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF);
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    /** The 1-based line of byte {@code offset}, for messages about raw bytes. */
    public static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
