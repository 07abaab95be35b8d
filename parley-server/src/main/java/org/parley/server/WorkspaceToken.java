package org.parley.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The bearer token that writes need. Created on first start as 256 random bits (URL-safe Base64) in the file
 * {@value #FILE_NAME} of the data directory, readable by its owner only; read from there on later starts.
 *
 * @param value the token
 * @param created whether it was created just now (then it is shown once)
 */
public record WorkspaceToken(String value, boolean created) {

    /** The file the token is kept in, inside the data directory (a fixed name: nothing from a request). */
    public static final String FILE_NAME = "token";

    public WorkspaceToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("the token must not be blank");
        }
    }

    /** The given token, or the stored one, or a new stored one. */
    public static WorkspaceToken resolve(Optional<String> given, Path dataDir) {
        if (given.isPresent()) {
            return new WorkspaceToken(given.get(), false);
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            if (Files.isRegularFile(file)) {
                return new WorkspaceToken(
                        Files.readString(file, StandardCharsets.UTF_8).strip(), false);
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                return new WorkspaceToken(
                        Files.readString(file, StandardCharsets.UTF_8).strip(), false);
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions apply
            }
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            return new WorkspaceToken(token, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the token in " + file, e);
        }
    }
}
