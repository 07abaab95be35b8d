package org.parley.evidence.io;

import java.util.Objects;
import org.parley.evidence.claim.Claim;

/**
 * One annotated claim of a gold file.
 *
 * @param claim the annotated fields (outlet empty and dates absent unless given)
 * @param paraphrase what the span supports, in the annotator's words
 * @param line the line of the gold file, from 1
 */
public record GoldClaim(Claim claim, String paraphrase, int line) {
    public GoldClaim {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(paraphrase, "paraphrase");
    }
}
