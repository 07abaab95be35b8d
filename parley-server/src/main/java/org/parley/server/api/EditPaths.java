package org.parley.server.api;

import java.util.regex.Pattern;

/**
 * Maps a document path of a diagnostic ({@code positions[12].salience}) to the field of the edited element
 * it names ({@code salience}), so that a form can show the error next to that field.
 */
public final class EditPaths {

    private static final Pattern ELEMENT = Pattern.compile("^(positions|actors|issues)\\[\\d+]\\.?");

    private EditPaths() {}

    /** The path inside the element, or the path itself when it names no element of a collection. */
    public static String field(String path) {
        return ELEMENT.matcher(path).replaceFirst("");
    }
}
