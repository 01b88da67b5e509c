package org.triptych.exchange;

/**
 * Cells of exported tables (document and glossary CSV, OmegaT's tab-separated glossaries) that a spreadsheet
 * opening them must not run as formulas. A cell starting with {@code = + - @}, a tab or a carriage return gets
 * a leading apostrophe, as OWASP advises against CSV injection; spreadsheets show the text unchanged and hide
 * the apostrophe. A term such as "-ся" is exported as "'-ся", the same in every export. Files Triptych reads
 * back as data (workspace documents and glossaries) are never neutralised. Pure functions; any thread.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** {@code cell}, with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String neutralise(String cell) {
        return startsLikeFormula(cell, 0) ? "'" + cell : cell;
    }

    /** The text of a cell that {@link #neutralise} made safe: the apostrophe it added removed, anything else as is. */
    public static String restore(String cell) {
        return cell.startsWith("'") && startsLikeFormula(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsLikeFormula(String cell, int at) {
        if (cell.length() <= at) {
            return false;
        }
        char first = cell.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
