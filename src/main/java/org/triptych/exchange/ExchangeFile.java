package org.triptych.exchange;

import java.nio.file.Path;
import java.util.List;

/** The units read from a TMX or XLIFF file, with the source language it declares (and the target, for XLIFF). */
public record ExchangeFile(Path file, String sourceLang, String targetLang, List<TranslationUnit> units) {

    public ExchangeFile {
        units = List.copyOf(units);
    }
}
