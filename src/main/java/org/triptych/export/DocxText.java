package org.triptych.export;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.triptych.exchange.LanguageTags;

/**
 * What text in a Word table needs to print as typed: Korean paragraphs without the automatic space Word and
 * LibreOffice put between Hangul and digits or Latin letters ({@code 200명} printed as {@code 200 명}); opening
 * quotation marks are held to their word by {@link org.triptych.text.OpeningQuotes}. Any thread.
 */
public final class DocxText {

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
        (properties.isSetAutoSpaceDE() ? properties.getAutoSpaceDE() : properties.addNewAutoSpaceDE()).setVal(STOnOff1.OFF);
        (properties.isSetAutoSpaceDN() ? properties.getAutoSpaceDN() : properties.addNewAutoSpaceDN()).setVal(STOnOff1.OFF);
    }
}
