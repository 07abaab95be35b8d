package org.parley.model.diagnostic;

import java.util.Locale;

/** How bad a {@link Diagnostic} is: errors reject the input, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** Lower-case name, as printed. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
