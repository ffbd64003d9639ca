package org.profstd.parse;

import org.profstd.parse.kz2017.Kz2017Parser;
import org.profstd.parse.kz2023.Kz2023Parser;
import org.profstd.parse.rumintrud.RuMintrudParser;

/** One parser per template family, whatever the file format the text came from. */
final class Parsers {
    private Parsers() {
    }

    static FamilyParser forFamily(Family family) {
        return switch (family) {
            case KZ_2017 -> new Kz2017Parser();
            case KZ_2023 -> new Kz2023Parser();
            case RU_MINTRUD -> new RuMintrudParser();
        };
    }
}
