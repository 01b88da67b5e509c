package org.triptych.export;

import org.triptych.exchange.XliffCodec;
import org.triptych.io.AtomicFiles;
import org.triptych.io.Columns;
import org.triptych.model.Document;
import org.triptych.task.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** XLIFF 2.1, which is bilingual: one file per target language, one unit per paragraph. */
public final class XliffExporter {

    private XliffExporter() {
    }

    /** Writes one file per language (see {@link #fileFor}) and returns them in language order. */
    public static List<Path> export(Document document, List<String> langs, Path out, Progress progress) throws IOException {
        List<String> chosen = Exports.languages(document, langs);
        var units = Exports.units(document, chosen);
        List<Path> written = new ArrayList<>();
        for (String lang : chosen) {
            Path file = fileFor(out, lang, chosen.size());
            AtomicFiles.write(file, stream -> XliffCodec.write(stream, document.path().getFileName().toString(),
                    Columns.SOURCE, lang, units, progress));
            written.add(file);
        }
        return written;
    }

    /** {@code out} itself for a single language; otherwise the language is put before the extension: {@code a.ko.xlf}. */
    public static Path fileFor(Path out, String lang, int languages) {
        if (languages == 1) {
            return out;
        }
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot > 0 ? name.substring(0, dot) + "." + lang + name.substring(dot) : name + "." + lang + ".xlf";
        return out.resolveSibling(renamed);
    }
}
