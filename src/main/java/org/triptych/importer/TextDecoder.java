package org.triptych.importer;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import com.ibm.icu.text.Normalizer2;
import org.triptych.io.BadFileException;
import org.triptych.io.TextFiles;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Decodes a text file of unknown encoding: a byte order mark wins, then UTF-16 recognised by its zero bytes,
 * then strict UTF-8; otherwise ICU's detector chooses among legacy encodings. EUC-KR is read as its superset
 * CP949, and KOI8-R as KOI8-U (the same letters plus Ukrainian і, ї, є, ґ). The choice is reported.
 */
public final class TextDecoder {

    /** How much of a file ICU's detector looks at: enough for statistics, cheap for a novel. */
    private static final int DETECT_BYTES = 64 * 1024;
    private static final int MIN_CONFIDENCE = 10;

    /** The decoded text (NFC) and how its encoding was chosen, e.g. {@code windows-1251 (detected, confidence 63%)}. */
    public record Decoded(String text, String charset, String how) {
        /** One line for a report: {@code UTF-8 (valid UTF-8)}. */
        public String describe() {
            return charset + " (" + how + ")";
        }
    }

    private TextDecoder() {
    }

    /** Decodes {@code bytes} read from {@code file}; {@code forced} names an encoding to use instead of detecting one. */
    public static Decoded decode(Path file, byte[] bytes, String forced) throws BadFileException {
        if (forced != null && !forced.isBlank()) {
            Charset charset;
            try {
                charset = Charset.forName(forced.strip());
            } catch (IllegalArgumentException e) {
                throw new BadFileException(file, 0, "unknown encoding \"" + forced + "\"");
            }
            return new Decoded(strict(file, bytes, 0, charset), charset.name(), "given");
        }
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(file, bytes, 3, StandardCharsets.UTF_8), "UTF-8", "byte order mark");
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(file, bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE", "byte order mark");
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(file, bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE", "byte order mark");
        }
        Charset utf16 = utf16ByZeros(bytes);
        if (utf16 != null) {
            return new Decoded(strict(file, bytes, 0, utf16), utf16.name(), "zero bytes of UTF-16 without a byte order mark");
        }
        int zero = indexOf(bytes, (byte) 0);
        if (zero >= 0) {
            throw new BadFileException(file, TextFiles.lineAt(bytes, zero), "binary data (a NUL byte at byte offset " + zero + "): not a text file");
        }
        if (isUtf8(bytes)) {
            return new Decoded(strict(file, bytes, 0, StandardCharsets.UTF_8), "UTF-8", "valid UTF-8");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > DETECT_BYTES ? Arrays.copyOf(bytes, DETECT_BYTES) : bytes);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < MIN_CONFIDENCE) {
            throw new BadFileException(file, 0, "cannot tell the text's encoding (not UTF-8, and no legacy encoding fits); "
                    + "name it with --encoding");
        }
        String detected = match.getName();
        String how = "detected " + detected + ", confidence " + match.getConfidence() + "%";
        return switch (detected) {
            case "EUC-KR" -> new Decoded(strict(file, bytes, 0, charset(file, "x-windows-949")), "CP949", how);
            case "KOI8-R" -> new Decoded(strict(file, bytes, 0, charset(file, "KOI8-U")), "KOI8-U", how);
            default -> new Decoded(strict(file, bytes, 0, charset(file, detected)), detected, how);
        };
    }

    private static Charset charset(Path file, String name) throws BadFileException {
        try {
            return Charset.forName(name);
        } catch (UnsupportedCharsetException e) {
            throw new BadFileException(file, 0, "the encoding " + name + " is not available in this Java runtime");
        }
    }

    /** UTF-16 without a BOM: in text, one byte of each pair is often zero (spaces, ASCII) and the other seldom is. */
    private static Charset utf16ByZeros(byte[] bytes) {
        int n = Math.min(bytes.length, DETECT_BYTES) & ~1;
        if (n < 16) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        // Hangul syllables such as 가 (U+AC00) have a zero low byte, so the other side may have a few zeros too.
        if (evenZeros * 10 >= pairs && oddZeros * 4 <= evenZeros) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZeros * 10 >= pairs && evenZeros * 4 <= oddZeros) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String strict(Path file, byte[] bytes, int start, Charset charset) throws BadFileException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new BadFileException(file, TextFiles.lineAt(bytes, offset), String.format(Locale.ROOT,
                    "invalid %s (byte 0x%02X at byte offset %d)", charset.name(), bytes[Math.min(offset, bytes.length - 1)] & 0xff, offset));
        }
        out.flip();
        String text = out.toString();
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        return nfc.isNormalized(text) ? text : nfc.normalize(text);
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
