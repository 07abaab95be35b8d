package org.parley.model.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.parley.model.diagnostic.SourceLocation;

/** Strict UTF-8 decoding for the reader, and the location of the first byte that is not UTF-8. */
final class Utf8 {

    private Utf8() {}

    /**
     * The text, or null when the bytes are not strict UTF-8. The lenient decoder is the strict one with
     * malformed input replaced by U+FFFD, and it copies ASCII straight into a compact string; only text that
     * holds a U+FFFD needs the strict check.
     */
    static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                decoder.decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        return text;
    }

    static SourceLocation locateBadByte(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        out.flip();
        int line = 1;
        int column = 1;
        while (out.hasRemaining()) {
            char c = out.get();
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
