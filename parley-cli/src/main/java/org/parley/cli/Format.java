package org.parley.cli;

/** Output formats of the commands that print results. */
enum Format {
    TEXT,
    JSON,
    CSV
}
