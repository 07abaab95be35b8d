/**
 * Problems found in user input, as values: a {@link org.parley.model.diagnostic.Diagnostic} names where
 * ({@link org.parley.model.diagnostic.SourceLocation}, file:line:column, and the element's path), what was
 * expected and what was found. Checks return lists of diagnostics; only the application edge turns them into
 * an exit code or an HTTP status.
 */
package org.parley.model.diagnostic;
