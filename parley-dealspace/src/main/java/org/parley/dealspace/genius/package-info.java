/**
 * Interop with GENIUS (XML domains and additive utility spaces) and GeniusWeb (JSON LinearAdditive
 * profiles). Readers return {@link org.parley.dealspace.genius.ImportResult}s carrying located diagnostics,
 * never exceptions for bad input.
 */
package org.parley.dealspace.genius;
