package org.triptych.export;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.triptych.exchange.LanguageTags;
import org.triptych.text.OpeningQuotes;

/**
 * What Korean text in a Word table needs to print as typed: no automatic space between Hangul and digits or Latin
 * letters ({@code 200명} printed as {@code 200 명}). Opening quotation marks are held to their word by
 * {@link OpeningQuotes}. Any thread.
 */
public final class DocxText {

    /** How Word itself writes "off". */
    private static final String OFF = "0";

    private DocxText() {
    }

    /**
     * Sets a paragraph's line layout for {@code lang}: for Korean, no automatic space between Hangul and Latin
     * letters ({@code autoSpaceDE}) or digits ({@code autoSpaceDN}).
     */
    public static void layoutFor(XWPFParagraph paragraph, String lang) {
        if (!LanguageTags.language(lang).equals("ko")) {
            return;
        }
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        (properties.isSetAutoSpaceDE() ? properties.getAutoSpaceDE() : properties.addNewAutoSpaceDE()).setVal(OFF);
        (properties.isSetAutoSpaceDN() ? properties.getAutoSpaceDN() : properties.addNewAutoSpaceDN()).setVal(OFF);
    }
}
