package org.parley.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The directory that holds the plain-text copies of a scenario's sources. File names come from scenario files
 * and are treated as hostile: only plain names inside the directory are ever opened.
 */
public final class SourceLibrary {

    /** Largest source text read (8 MiB). */
    public static final long MAX_TEXT_BYTES = 8L << 20;

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,254}");

    private final Path directory;
    private final ConcurrentHashMap<String, Optional<SourceText>> cache = new ConcurrentHashMap<>();

    /** A library over a directory (which need not exist: then no text is found). */
    public SourceLibrary(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The directory. */
    public Path directory() {
        return directory;
    }

    /** Whether the directory exists. */
    public boolean exists() {
        return Files.isDirectory(directory);
    }

    /** Whether a name is a plain file name: no separators, no "..", no drive, no leading dot or dash. */
    public static boolean isSafeFileName(String name) {
        return SAFE_NAME.matcher(name).matches() && !name.contains("..");
    }

    /**
     * The text of a source file, if the name is safe, the file exists inside the directory, is at most
     * {@link #MAX_TEXT_BYTES} and is UTF-8.
     */
    public Optional<SourceText> text(String fileName) {
        return cache.computeIfAbsent(fileName, this::read);
    }

    private Optional<SourceText> read(String fileName) {
        if (!isSafeFileName(fileName)) {
            return Optional.empty();
        }
        Path file = directory.resolve(fileName).normalize();
        if (!file.getParent().equals(directory) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_TEXT_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return Utf8.decode(bytes).map(text -> new SourceText(fileName, text, sha256(bytes)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Lower-case hex SHA-256 of bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
