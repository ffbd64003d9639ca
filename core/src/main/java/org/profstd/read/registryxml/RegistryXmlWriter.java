package org.profstd.read.registryxml;

import static org.profstd.read.registryxml.RegistryTags.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.profstd.model.Card;
import org.profstd.model.LegalAct;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;

/**
 * Writes standards of the model as a registry export ({@code XMLCardInfo}), the tree {@link RegistryXmlReader} reads.
 * A Russian standard read from an export comes back as the same model when its output is read again. Any other
 * standard is mapped as far as the tree allows: its cards become generalized functions, lettered {@code A}, {@code B},
 * ... when they carry no letter of their own (see {@link WorkFunctionWriter}). What the model does not keep (the
 * names of ОКЗ and ОКВЭД groups, the head of the responsible developer, ЕКС and ОКСО references) is written empty.
 */
public final class RegistryXmlWriter {
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema";

    private RegistryXmlWriter() {
    }

    /** The export of everything a parse result holds, approved by its act. */
    public static String write(ParseResult result) {
        return write(result.standards(), result.act());
    }

    /**
     * The export of the given standards.
     *
     * @param act the order that approved them, written as each standard's order number and date; may be null
     */
    public static String write(List<Standard> standards, LegalAct act) {
        IndentedXml xml = new IndentedXml();
        xml.start(ROOT).namespace("xsi", XSI).namespace("xsd", XSD);
        xml.start(STANDARDS);
        for (Standard standard : standards) {
            writeStandard(xml, standard, act);
        }
        return xml.finish();
    }

    /** The export as UTF-8 bytes, as the prolog declares. */
    public static byte[] writeUtf8(List<Standard> standards, LegalAct act) {
        return write(standards, act).getBytes(StandardCharsets.UTF_8);
    }

    private static void writeStandard(IndentedXml xml, Standard standard, LegalAct act) {
        xml.start(STANDARD)
                .leaf(TITLE, standard.title())
                .leaf(REGISTRATION_NUMBER, standard.registrationNumber())
                .leaf(ORDER_NUMBER, act == null ? null : act.number())
                .leaf(ORDER_DATE, act == null ? null : printedDate(act.date()));
        writeFirstSection(xml, standard);
        xml.start(THIRD_SECTION).start(WORK_FUNCTIONS).start(GENERALIZED_FUNCTIONS);
        List<Card> cards = standard.cards();
        WorkFunctionWriter functions = new WorkFunctionWriter(xml, CardLetters.of(cards));
        for (int i = 0; i < cards.size(); i++) {
            functions.writeCard(cards.get(i), i);
        }
        xml.end().end().end();
        writeDevelopers(xml, standard.developers());
        xml.end();
    }

    private static void writeFirstSection(IndentedXml xml, Standard standard) {
        xml.start(FIRST_SECTION)
                .leaf(ACTIVITY, standard.activity())
                .leaf(CODE, standard.code())
                .leaf(PURPOSE, standard.purpose())
                .start(EMPLOYMENT_GROUP);
        xml.start(OKZ_LIST);
        for (String code : standard.okzCodes()) {
            xml.start(OKZ_UNIT).leaf(OKZ_CODE, code).leaf(OKZ_NAME, null).end();
        }
        xml.end().start(OKVED_LIST);
        for (String code : standard.okedCodes()) {
            xml.start(OKVED_UNIT).leaf(OKVED_CODE, code).leaf(OKVED_NAME, null).end();
        }
        xml.end().end().end();
    }

    /** The first developer is the responsible organisation, as the reader returns them. */
    private static void writeDevelopers(IndentedXml xml, List<String> developers) {
        xml.start(FOURTH_SECTION).start(RESPONSIBLE)
                .leaf(RESPONSIBLE, developers.isEmpty() ? null : developers.get(0))
                .leaf(HEAD_POSITION, null)
                .leaf(HEAD_NAME, null)
                .end().start(DEVELOPERS);
        for (String developer : developers.stream().skip(1).toList()) {
            xml.leaf(DEVELOPER, developer);
        }
        xml.end().end();
    }

    /** "2015-10-05" as exports print it: "05.10.2015". */
    static String printedDate(String isoDate) {
        if (isoDate == null || !isoDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return isoDate;
        }
        return isoDate.substring(8, 10) + "." + isoDate.substring(5, 7) + "." + isoDate.substring(0, 4);
    }
}
