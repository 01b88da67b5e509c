package org.triptych.export;

import org.triptych.exchange.TmxCodec;
import org.triptych.io.AtomicFiles;
import org.triptych.io.Columns;
import org.triptych.model.Document;
import org.triptych.task.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** TMX 1.4b: one {@code tu} per paragraph, a {@code tuv} for English and each chosen target that has text. */
public final class TmxExporter {

    private TmxExporter() {
    }

    public static void export(Document document, List<String> langs, Path out, Progress progress) throws IOException {
        var units = Exports.units(document, Exports.languages(document, langs));
        AtomicFiles.write(out, stream -> TmxCodec.write(stream, Columns.SOURCE, units, progress));
    }
}
