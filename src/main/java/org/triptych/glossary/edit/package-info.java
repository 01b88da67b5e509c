/** Editing glossaries as immutable values: undo history, editable columns, duplicate detection. No UI here. */
package org.triptych.glossary.edit;
