package org.parley.model.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.diagnostic.SourceLocation;

/**
 * Strict UTF-8 decoding of user files (scenarios, source texts, articles, gold files): bytes that are not
 * UTF-8 are refused, never replaced, and the refusal names the line and column of the first bad byte.
 */
public final class Utf8 {

    private Utf8() {}

    /**
     * The text, or empty when the bytes are not strict UTF-8. The lenient decoder is the strict one with
     * malformed input replaced by U+FFFD, and it copies ASCII straight into a compact string; only text that
     * holds a U+FFFD needs the strict check.
     */
    public static Optional<String> decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                strictDecoder().decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
        }
        return Optional.of(text);
    }

    /**
     * The text without a leading byte-order mark, or a {@link DiagnosticCode#NOT_UTF8} error located at the
     * first bad byte of {@code file}.
     */
    public static LoadResult<String> decode(String file, byte[] bytes) {
        Optional<String> text = decode(bytes);
        if (text.isEmpty()) {
            int bad = firstInvalid(bytes);
            return new LoadResult.Rejected<>(List.of(Diagnostic.error(
                    DiagnosticCode.NOT_UTF8,
                    locate(file, bytes, bad),
                    "",
                    "UTF-8 text",
                    String.format(Locale.ROOT, "the byte 0x%02x, which is not UTF-8 there", bytes[bad] & 0xff))));
        }
        String t = text.get();
        return new LoadResult.Loaded<>(t.startsWith("\uFEFF") ? t.substring(1) : t, List.of());
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstInvalid(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        strictDecoder().decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    /** Line and column (in code points) of byte offset {@code bad}. */
    private static SourceLocation locate(String file, byte[] bytes, int bad) {
        String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new SourceLocation(file, line, column);
    }
}
