package org.profstd.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.profstd.json.CanonicalJson;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.parse.Standards;

/**
 * The hash of what a standard says, leaving out where it was printed (spans, item lines, file format): the same
 * edition read from a text conversion and from registry XML has one fingerprint, so it is stored once.
 */
final class ContentFingerprint {
    private ContentFingerprint() {
    }

    static String of(Standard s) {
        Standard bare = new Standard(s.title(), s.code(), s.registrationNumber(), s.jurisdiction(), s.language(), null,
                s.version(), s.year(), s.reviewDate(), s.description(), s.activity(), s.purpose(), s.okedCodes(),
                s.okzCodes(), s.terms(), s.developers(), null, s.cards().stream().map(ContentFingerprint::bare).toList());
        try {
            return Standards.sha256(CanonicalJson.mapper().writeValueAsString(bare).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model always serialises", e);
        }
    }

    private static Card bare(Card c) {
        return new Card(c.name(), c.code(), c.groupCode(), c.level(), c.sublevel(), c.altNames(), c.jobTitles(), c.goal(),
                c.education(), c.experience(), c.specialConditions(), null,
                c.functions().stream().map(ContentFingerprint::bare).toList(), c.personalCompetencies(),
                c.relatedProfessions());
    }

    private static LaborFunction bare(LaborFunction f) {
        return new LaborFunction(f.name(), f.code(), f.kind(), f.units().stream().map(ContentFingerprint::bare).toList());
    }

    private static Unit bare(Unit u) {
        return new Unit(u.kind(), u.name(), u.recognition(), bare(u.actions()), bare(u.abilities()), bare(u.knowledge()));
    }

    private static List<Item> bare(List<Item> items) {
        return items.stream().map(i -> new Item(i.text(), 0)).toList();
    }
}
