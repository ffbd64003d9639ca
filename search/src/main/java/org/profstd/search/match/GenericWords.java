package org.profstd.search.match;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.QueryFactory;

/**
 * Words that open or frame a requirement in any field ("основы", "знание", "методы", "правила", "умение работать")
 * and therefore say nothing about which field it belongs to; they never count as a requirement's content words.
 */
final class GenericWords {
    private static final List<String> RUSSIAN = List.of("основы", "основной", "знание", "знать", "умение", "уметь",
            "навык", "навыки", "принцип", "принципы", "метод", "методы", "методика", "способ", "правило", "правила",
            "требование", "требования", "работа", "работать", "использование", "использовать", "осуществление",
            "осуществлять", "обеспечение", "обеспечивать", "выполнение", "выполнять", "проведение", "проводить",
            "применение", "применять", "порядок", "вид", "виды", "тип", "типы", "область", "сфера", "уровень",
            "средство", "средства", "основа", "понятие", "понятия", "необходимый", "различный", "современный",
            "соответствие", "соответствующий", "вопрос", "вопросы", "специалист", "деятельность", "организация",
            "процесс", "процессы", "задача", "задачи", "документ", "документация", "особенность", "особенности",
            "создавать", "создание", "простой", "готовый", "базовый", "новый", "разный", "данный", "помощь", "рамка",
            "целях", "цель", "случай", "возможность", "качество", "часть", "условие", "условия");
    private static final List<String> KAZAKH = List.of("негіз", "негіздері", "негізгі", "білу", "білім", "білімі",
            "машық", "дағды", "дағдылары", "қағида", "қағидалары", "әдіс", "әдістері", "тәсіл", "тәсілдері", "талап",
            "талаптары", "жұмыс", "жұмысы", "пайдалану", "қолдану", "жүзеге", "асыру", "қамтамасыз", "орындау",
            "жүргізу", "тәртібі", "түрлері", "саласы", "деңгейі", "құралдары", "ұғымы", "қажетті", "түрлі",
            "заманауи", "сәйкестік", "маман", "қызмет", "ұйым", "процесс", "міндет", "құжат", "құжаттама",
            "ерекшеліктері", "құру", "қарапайым", "дайын", "базалық", "жаңа", "түрлі", "көмегімен", "мақсат",
            "мүмкіндік", "сапа", "бөлігі", "шарт");

    private final Set<String> russian = new HashSet<>();
    private final Set<String> kazakh = new HashSet<>();

    GenericWords(Analysis analysis) {
        RUSSIAN.forEach(w -> russian.addAll(QueryFactory.terms(analysis.index(Analysis.RU), "text", w)));
        KAZAKH.forEach(w -> kazakh.addAll(QueryFactory.terms(analysis.index(Analysis.KK), "text", w)));
    }

    boolean contains(String term, String language) {
        return (Analysis.KK.equals(language) ? kazakh : russian).contains(term);
    }
}
