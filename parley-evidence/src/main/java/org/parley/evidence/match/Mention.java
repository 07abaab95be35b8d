package org.parley.evidence.match;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference to an actor (or to a person outside the scenario) in one sentence: tokens {@code [start, end)}.
 *
 * @param actor the actor's id; empty for a named person who is not a representative of any actor
 * @param sentence index of the sentence
 * @param start first token
 * @param end one past the last token
 * @param kind how the actor is referred to
 * @param person the person's full name, for {@link Kind#PERSON} mentions and pronouns resolved to a person
 * @param role the person's role where known (scenario role, or the words before or after the name)
 */
public record Mention(
        Optional<String> actor,
        int sentence,
        int start,
        int end,
        Kind kind,
        Optional<String> person,
        Optional<String> role) {

    /** How an actor is referred to. */
    public enum Kind {
        /** The actor's name or one of its aliases ("Russia", "the Kremlin", "Moscow"). */
        NAME,
        /** A named person: a representative of an actor, or someone outside the scenario. */
        PERSON,
        /** A group named by nationality ("Russian officials", "the Ukrainian side"). */
        GROUP,
        /** A pronoun resolved to the nearest compatible mention in the paragraph. */
        PRONOUN,
        /** A role noun ("the president", "the Russian leader") resolved to an actor. */
        ROLE
    }

    public Mention {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("mention must span at least one token");
        }
    }

    /** Whether the mention refers to a person (named, or a pronoun or role resolved to one). */
    public boolean isPerson() {
        return person.isPresent();
    }
}
