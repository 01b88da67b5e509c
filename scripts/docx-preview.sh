#!/usr/bin/env bash
# Exports the sample document to DOCX, converts it to PDF with LibreOffice and renders page 1 as PNG,
# to look at what a translator will see (fonts, Hangul, column widths, repeated header).
# Needs libreoffice and pdftoppm (Debian: libreoffice-writer, poppler-utils, fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-target/docx-preview}"
mkdir -p "$out"
[ -f target/triptych.jar ] || mvn -q -DskipTests package
java -jar target/triptych.jar export translations/article.csv --format docx --glossary --out "$out/article.docx"
libreoffice --headless --convert-to pdf --outdir "$out" "$out/article.docx" >/dev/null
pdftoppm -png -r 60 "$out/article.pdf" "$out/page"
ls "$out"/page*.png
