package org.parley.evidence.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.LoadResult;

class ArticleReaderTest {

    @TempDir
    Path dir;

    @Test
    void headerLinesGiveTitleOutletDateAndAuthor() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Big headline here\nWritten by Ann Smith\nKYIV (Wire Service) – Text follows.\n");
        ArticleMetadata m =
                new ArticleReader().read(f, ArticleMetadata.EMPTY).orElseThrow().metadata();
        assertThat(m.title()).contains("Big headline here");
        assertThat(m.author()).contains("Ann Smith");
        assertThat(m.outlet()).contains("Wire Service");
    }

    @Test
    void flagsOverrideTheSidecarWhichOverridesHeaders() throws Exception {
        Path f = dir.resolve("b.txt");
        Files.writeString(f, "Title\nBy Header Outlet | Created at 2024-01-01 10:00\n");
        Files.writeString(dir.resolve("b.txt.meta"), "# metadata\noutlet: Sidecar Outlet\ndate: 2024-02-02\n");
        Article a = new ArticleReader()
                .read(f, ArticleMetadata.EMPTY.withDate(LocalDate.of(2024, 3, 3)))
                .orElseThrow();
        assertThat(a.metadata().outlet()).contains("Sidecar Outlet");
        assertThat(a.metadata().date()).contains(LocalDate.of(2024, 3, 3));
    }

    @Test
    void sidecarMistakesAreLocatedErrors() throws Exception {
        Path f = dir.resolve("c.txt");
        Files.writeString(f, "Title\n");
        Files.writeString(dir.resolve("c.txt.meta"), "outlet: X\nsource: Y\ndate:  2024-13-45\nno colon here\n");
        LoadResult<Article> r = new ArticleReader().read(f, ArticleMetadata.EMPTY);
        assertThat(r.isLoaded()).isFalse();
        assertThat(r.errors())
                .extracting(d -> d.at().line() + ":" + d.at().column() + " " + d.code())
                .containsExactly("2:1 UNKNOWN_KEY", "3:8 INVALID_VALUE", "4:1 SYNTAX");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithLineAndColumn() throws Exception {
        Path f = dir.resolve("d.txt");
        byte[] head = "ok line\nab".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 1);
        bytes[head.length] = (byte) 0xff;
        Files.write(f, bytes);
        LoadResult<Article> r = new ArticleReader().read(f, ArticleMetadata.EMPTY);
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.NOT_UTF8);
            assertThat(d.at().toString()).endsWith("d.txt:2:3");
        });
    }

    @Test
    void oversizedAndMissingFilesAreRefused() throws Exception {
        Path f = dir.resolve("e.txt");
        Files.writeString(f, "x".repeat(100));
        assertThat(new ArticleReader(10).read(f, ArticleMetadata.EMPTY).errors())
                .extracting(d -> d.code())
                .containsExactly(DiagnosticCode.TOO_LARGE);
        assertThat(new ArticleReader()
                        .read(dir.resolve("none.txt"), ArticleMetadata.EMPTY)
                        .errors())
                .extracting(d -> d.code())
                .containsExactly(DiagnosticCode.UNREADABLE);
    }
}
