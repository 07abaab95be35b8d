package org.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store against every database at hand: always the embedded H2; PostgreSQL too when
 * {@code PARLEY_TEST_PG_URL} is set (each run migrates a fresh schema of its own).
 */
class ScenarioStoreTest {

    private static final List<Database> OPENED = new ArrayList<>();

    static Stream<ScenarioStore> stores() throws Exception {
        List<ScenarioStore> stores = new ArrayList<>();
        Path dir = Files.createTempDirectory("parley-store-test");
        stores.add(open(Database.h2Url(dir), ""));
        String pg = System.getenv("PARLEY_TEST_PG_URL");
        if (pg != null && !pg.isBlank()) {
            stores.add(open(
                    pg, "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)));
        }
        return stores.stream();
    }

    private static synchronized ScenarioStore open(String url, String schema) {
        Database db = Database.open(url, schema, 12);
        OPENED.add(db);
        return new ScenarioStore(db, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        OPENED.forEach(Database::close);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    private static NewRevision revision(String content) {
        return new NewRevision("Title ü 🙂", "ana", "why", content);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aCreatedScenarioReadsBackWithItsFirstRevision(ScenarioStore store) {
        String id = unique("read");
        String content = "{\"text\": \"Київ – 🙂\", \"big\": \"" + "x".repeat(1_200_000) + "\"}";

        WriteResult w = store.create(id, revision(content));

        assertThat(w).isInstanceOf(WriteResult.Committed.class);
        assertThat(store.find(id).orElseThrow().headRevision()).isEqualTo(1);
        assertThat(store.find(id).orElseThrow().title()).isEqualTo("Title ü 🙂");
        StoredRevision r = store.revision(id, 1).orElseThrow();
        assertThat(r.contentJson()).isEqualTo(content);
        assertThat(r.entry().baseRevision()).isZero();
        assertThat(r.entry().author()).isEqualTo("ana");
        assertThat(store.list()).extracting(ScenarioEntry::id).contains(id);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void creatingAnExistingIdWritesNothing(ScenarioStore store) {
        String id = unique("twice");
        store.create(id, revision("{}"));

        assertThat(store.create(id, revision("{\"a\": 1}"))).isEqualTo(new WriteResult.AlreadyExists(id, 1));
        assertThat(store.revision(id, 1).orElseThrow().contentJson()).isEqualTo("{}");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anAppendOnTheHeadCommitsAndAStaleOneWritesNothing(ScenarioStore store) {
        String id = unique("append");
        store.create(id, revision("{\"n\": 1}"));

        WriteResult second = store.append(id, 1, revision("{\"n\": 2}"));
        WriteResult stale = store.append(id, 1, revision("{\"n\": 3}"));

        assertThat(second).isInstanceOf(WriteResult.Committed.class);
        assertThat(((WriteResult.Committed) second).revision().baseRevision()).isEqualTo(1);
        assertThat(stale).isEqualTo(new WriteResult.Stale(1, 2));
        assertThat(store.revisions(id)).extracting(RevisionEntry::number).containsExactly(2, 1);
        assertThat(store.revision(id, 2).orElseThrow().contentJson()).isEqualTo("{\"n\": 2}");
        assertThat(store.append(unique("none"), 1, revision("{}"))).isInstanceOf(WriteResult.NoSuchScenario.class);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void concurrentWritersWithRetriesLoseNoUpdate(ScenarioStore store) throws Exception {
        String id = unique("race");
        store.create(id, revision("{\"n\": 0}"));
        int writers = 6;
        int editsEach = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> conflicts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            conflicts.add(pool.submit(() -> {
                go.await();
                int stale = 0;
                for (int e = 0; e < editsEach; ) {
                    int head = store.find(id).orElseThrow().headRevision();
                    WriteResult r = store.append(id, head, revision("{\"w\": " + writer + ", \"e\": " + e + "}"));
                    if (r instanceof WriteResult.Committed) {
                        e++;
                    } else {
                        assertThat(r).isInstanceOf(WriteResult.Stale.class);
                        stale++;
                    }
                }
                return stale;
            }));
        }
        go.countDown();
        for (Future<Integer> f : conflicts) {
            f.get();
        }
        pool.shutdown();

        List<RevisionEntry> revisions = store.revisions(id);
        assertThat(revisions).hasSize(1 + writers * editsEach);
        for (RevisionEntry r : revisions) {
            assertThat(r.baseRevision()).isEqualTo(r.number() - 1);
        }
        assertThat(store.find(id).orElseThrow().headRevision()).isEqualTo(1 + writers * editsEach);
    }
}
