package org.profstd.read.registryxml;

import static org.profstd.read.registryxml.RegistryTags.ORDER_DATE;
import static org.profstd.read.registryxml.RegistryTags.ORDER_NUMBER;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.ActKind;
import org.profstd.model.LegalAct;
import org.profstd.parse.Dates;

/**
 * The order that approved one standard of an export, as its {@code OrderNumber} and {@code DateOfApproval} give it.
 * The export does not name the issuer: registry standards are approved by the Ministry of Labour, whose name stands in.
 *
 * @param number the order number as printed ({@code 688н}), without a leading "№"
 * @param date   ISO date, or null when the export gives none that can be read
 */
record ActOfStandard(String number, String date) {
    static final String MINISTRY_OF_LABOUR = "Министерство труда и социальной защиты Российской Федерации";
    private static final Pattern ISO = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern NUMBER_SIGN = Pattern.compile("^(№|N)\\s*");

    /** The order of a {@code ProfessionalStandart} element, or null when it has no order number. */
    static ActOfStandard of(XmlNode standard) {
        String number = RegistryText.single(standard.childText(ORDER_NUMBER));
        if (number == null) {
            return null;
        }
        return new ActOfStandard(NUMBER_SIGN.matcher(number).replaceFirst(""), date(standard.childText(ORDER_DATE)));
    }

    /** "05.10.2015" as registry exports print it, "2015-10-05" or "2015-10-05T00:00:00" as some tools write it. */
    private static String date(String printed) {
        String text = RegistryText.single(printed);
        if (text == null) {
            return null;
        }
        Matcher iso = ISO.matcher(text);
        return iso.find() ? iso.group(1) : Dates.find(text);
    }

    Integer year() {
        return date == null ? null : Integer.valueOf(date.substring(0, 4));
    }

    LegalAct toLegalAct() {
        return new LegalAct(MINISTRY_OF_LABOUR, number, date, ActKind.APPROVAL, null, null);
    }
}
