package org.profstd.search.match;

import java.util.regex.Pattern;

/**
 * Recognises the sentences of a posting that give work to somebody else or rule it out: "Серверы, сеть и программу
 * ведёт подрядчик", "Администрировать серверы не потребуется", "Серверлер мен желіні облыстық орталық қызмет
 * көрсетеді", "You will not administer the platform itself". Postings write them to draw the edge of a role, and their
 * words name exactly the neighbouring role's work: counted as evidence they make a support posting look like server
 * administration.
 *
 * <p>A sentence is somebody else's work when it rules the work out in so many words, or when its subject is another
 * party (a contractor, another department or team, a separate service, colleagues) doing it in the third person. The
 * other party has to be the subject, in its nominative form: "руководить работой подрядчиков" and "мердігерлердің
 * жұмысын қабылдау" are the reader's own duties, and "Команда отвечает за приём платежа" is the team the reader joins.
 */
final class OthersWork {
    private static final Pattern RULED_OUT = Pattern.compile("(?iu)"
            + "не\\s+(?:по)?требуется|не\\s+нужно|не\\s+придётся|не\\s+придется|не\\s+входит\\s+в|не\\s+ваша\\s+задача"
            + "|вакансия\\s+не\\s+про|этим\\s+занима(?:ется|ются)"
            + "|талап\\s+етілмейді|міндет\\p{L}*\\s+кірмейді|айналыспайсыз|қажет\\s+емес"
            + "|\\byou\\s+will\\s+not\\b|\\byou\\s+won't\\b"
            + "|\\bnot\\s+(?:a\\s+)?part\\s+of\\s+(?:this|the|your)\\s+(?:role|job)"
            + "|\\bnot\\s+your\\s+job\\b|\\bteam's\\s+job\\b"
            + "|\\b(?:handled|managed|run|maintained|administered|owned|done)\\s+by\\s+(?:a|an|the|our)?\\s*"
            + "(?:contractors?|vendors?|another|separate|other|dedicated|outsourc\\p{L}*)");
    /** Another party as a Russian subject: nominative forms only. */
    private static final Pattern OTHER_PARTY_RU = Pattern.compile("(?iu)(?<!\\p{L})(?:подрядчик(?:и)?|аутсорсер(?:ы)?"
            + "|отдельн(?:ая|ый|ое|ые)\\s+\\p{L}+|друг(?:ой|ая|ое|ие)\\s+(?:отдел|команда|служба|группа|специалисты)"
            + "|отдел\\s+\\p{L}+|коллеги|разработчик(?:и)?\\s+(?:системы|программы)"
            + "|вендор|интегратор)(?!\\p{L})");
    /** The Russian verbs in the third person that say another party does the work. */
    private static final Pattern DOES_RU = Pattern.compile("(?iu)(?<!\\p{L})(?:вед[её]т|ведут|занима(?:ется|ются)"
            + "|отвеча(?:ет|ют)|обслужива(?:ет|ют)|администриру(?:ет|ют)|сопровожда(?:ет|ют)|поддержива(?:ет|ют)"
            + "|настраива(?:ет|ют)|бер[её]т|берут|дела(?:ет|ют))(?!\\p{L})");
    /** Another party as a Kazakh subject: a contractor, a centre, a separate or other team or service, colleagues. */
    private static final Pattern OTHER_PARTY_KK = Pattern.compile("(?iu)(?<!\\p{L})(?:мердігер(?:лер)?"
            + "|(?:облыстық|аудандық|орталық)\\s+(?:\\p{L}+\\s+)?орталық|(?:бөлек|жеке|басқа)\\s+(?:\\p{L}+\\s+)?"
            + "(?:тобы|топ|қызметі|бөлімі|бөлім|команда|командалар|мамандар)|әріптестер(?:іміз)?)(?!\\p{L})");
    /** A Kazakh verb in the present or future of the third person (айналысады, жүргізеді, жауап береді). */
    private static final Pattern DOES_KK = Pattern.compile("(?iu)\\p{L}+(?:ады|еді|йды|йді)(?!\\p{L})");

    private OthersWork() {
    }

    /** Whether the sentence gives its work to another party or rules it out for the reader. */
    static boolean says(String sentence) {
        return RULED_OUT.matcher(sentence).find()
                || OTHER_PARTY_RU.matcher(sentence).find() && DOES_RU.matcher(sentence).find()
                || OTHER_PARTY_KK.matcher(sentence).find() && DOES_KK.matcher(sentence).find();
    }
}
