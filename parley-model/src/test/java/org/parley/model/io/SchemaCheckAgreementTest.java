package org.parley.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.model.generate.ScenarioGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One interface, two algorithms: {@link SchemaCheck#check} (schema-driven fast check of each element, the
 * reference validator only on what it flags) must report exactly the errors of {@link SchemaCheck#reference}
 * (the reference validator on the whole document), in the same order, on mutated documents.
 */
class SchemaCheckAgreementTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Object SMALL = plain(tree(
            "s.yaml",
            new String(ScenarioLoaderTest.readAll("small.yaml"), StandardCharsets.UTF_8),
            TreeReader.Syntax.YAML));
    private static final Object GENERATED =
            plain(tree("g.json", ScenarioWriter.toJson(ScenarioGenerator.generate(5, 4, 7)), TreeReader.Syntax.JSON));
    private static final List<String> KEYS = List.of(
            "salence",
            "salience",
            "min",
            "max",
            "kind",
            "unit",
            "levels",
            "id",
            "x",
            "capability",
            "assumptions",
            "Bad Key",
            "evidence",
            "span",
            "assumed",
            "reason",
            "value",
            "then",
            "parley",
            "actors",
            "positions");

    @Test
    void theScenarioSchemaIsWithinTheFastSubset() {
        assertThat(SchemaCheck.fastPathAvailable()).isTrue();
    }

    @Test
    void validDocumentsHaveNoErrorsEitherWay() {
        for (Object doc : List.of(SMALL, GENERATED)) {
            Node root = tree("v.json", json(doc), TreeReader.Syntax.JSON);
            assertThat(SchemaCheck.check(root)).isEmpty();
            assertThat(SchemaCheck.reference(root)).isEmpty();
        }
    }

    @Property(tries = 600)
    void theFastPathReportsExactlyTheReferenceErrors(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int mutations, @ForAll boolean generated) {
        Random r = new Random(seed);
        Object doc = copy(generated ? GENERATED : SMALL);
        for (int i = 0; i < mutations; i++) {
            mutate(doc, r);
        }
        Node root = tree("m.json", json(doc), TreeReader.Syntax.JSON);
        Assume.that(root != null);
        assertThat(SchemaCheck.check(root)).isEqualTo(SchemaCheck.reference(root));
    }

    // ---- documents as plain maps and lists ------------------------------------------------------

    private static Node tree(String name, String text, TreeReader.Syntax syntax) {
        return new TreeReader(LoadLimits.DEFAULT).parse(name, text, syntax).root();
    }

    private static String json(Object doc) {
        return MAPPER.writeValueAsString(doc);
    }

    private static Object plain(Node n) {
        if (n instanceof Node.MapNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String k : m.keys()) {
                out.put(k, plain(m.get(k)));
            }
            return out;
        }
        if (n instanceof Node.ListNode l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        return ((Node.Scalar) n).value();
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(i -> out.add(copy(i)));
            return out;
        }
        return o;
    }

    private static void containers(Object o, List<Object> out) {
        if (o instanceof Map<?, ?> m) {
            out.add(o);
            m.values().forEach(v -> containers(v, out));
        } else if (o instanceof List<?> l) {
            out.add(o);
            l.forEach(v -> containers(v, out));
        }
    }

    @SuppressWarnings("unchecked")
    private static void mutate(Object doc, Random r) {
        List<Object> all = new ArrayList<>();
        containers(doc, all);
        Object target = all.get(r.nextInt(all.size()));
        Object value = r.nextInt(4) == 0 ? copy(all.get(r.nextInt(all.size()))) : value(r, 0);
        if (target instanceof Map<?, ?> raw) {
            Map<String, Object> m = (Map<String, Object>) raw;
            List<String> keys = new ArrayList<>(m.keySet());
            int op = r.nextInt(3);
            if (op == 0 && !keys.isEmpty()) {
                m.put(keys.get(r.nextInt(keys.size())), value);
            } else if (op == 1 && !keys.isEmpty()) {
                m.remove(keys.get(r.nextInt(keys.size())));
            } else {
                m.put(KEYS.get(r.nextInt(KEYS.size())), value);
            }
        } else {
            List<Object> l = (List<Object>) target;
            int op = r.nextInt(4);
            if (op == 0 && !l.isEmpty()) {
                l.set(r.nextInt(l.size()), value);
            } else if (op == 1 && !l.isEmpty()) {
                l.remove(r.nextInt(l.size()));
            } else if (op == 2) {
                l.add(r.nextInt(l.size() + 1), value);
            } else {
                l.clear();
            }
        }
    }

    private static Object value(Random r, int depth) {
        switch (r.nextInt(depth > 1 ? 22 : 24)) {
            case 0:
                return "x";
            case 1:
                return "";
            case 2:
                return "BAD id";
            case 3:
                return "2025-01-01";
            case 4:
                return "2025-13-45\n";
            case 5:
                return 0L;
            case 6:
                return -1L;
            case 7:
                return 1L;
            case 8:
                return 1.0;
            case 9:
                return 1.5;
            case 10:
                return 100.5;
            case 11:
                return true;
            case 12:
                return null;
            case 13:
                return new BigInteger("123456789012345678901234567890");
            case 14:
                return "x".repeat(2001);
            case 15:
                return "continuous";
            case 16:
                return "a0";
            case 17:
                return "i1";
            case 18:
                return "\uD83D\uDE00";
            case 19:
                return 2L;
            case 20:
                return "ab\n";
            case 21:
                return 500L;
            case 22: {
                List<Object> l = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    l.add(value(r, depth + 1));
                }
                return l;
            }
            default: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    m.put(KEYS.get(r.nextInt(KEYS.size())), value(r, depth + 1));
                }
                return m;
            }
        }
    }
}
