package org.parley.server.edit;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/** Names one element of a scenario that an edit changes: a position, an actor or an issue. */
public sealed interface ElementRef {

    /** The collection the element lives in. */
    Collection collection();

    /** Whether a scenario-file element is this one. */
    boolean matches(JsonNode element);

    /** How the element is named in messages. */
    String describe();

    /** The collections an edit can change, with their key in scenario files. */
    enum Collection {
        POSITIONS("positions"),
        ACTORS("actors"),
        ISSUES("issues");

        private final String key;

        Collection(String key) {
            this.key = key;
        }

        /** The key in scenario files. */
        public String key() {
            return key;
        }
    }

    /** The position of an actor on an issue. */
    record Position(String actor, String issue) implements ElementRef {
        public Position {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(issue, "issue");
        }

        @Override
        public Collection collection() {
            return Collection.POSITIONS;
        }

        @Override
        public boolean matches(JsonNode e) {
            return actor.equals(e.path("actor").asString(""))
                    && issue.equals(e.path("issue").asString(""));
        }

        @Override
        public String describe() {
            return "the position of '" + actor + "' on '" + issue + "'";
        }
    }

    /** An actor, by id. */
    record Actor(String id) implements ElementRef {
        public Actor {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Collection collection() {
            return Collection.ACTORS;
        }

        @Override
        public boolean matches(JsonNode e) {
            return id.equals(e.path("id").asString(""));
        }

        @Override
        public String describe() {
            return "actor '" + id + "'";
        }
    }

    /** An issue, by id. */
    record Issue(String id) implements ElementRef {
        public Issue {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Collection collection() {
            return Collection.ISSUES;
        }

        @Override
        public boolean matches(JsonNode e) {
            return id.equals(e.path("id").asString(""));
        }

        @Override
        public String describe() {
            return "issue '" + id + "'";
        }
    }
}
