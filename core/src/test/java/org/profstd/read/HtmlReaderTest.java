package org.profstd.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.model.Language;
import org.profstd.model.ParseResult;
import org.profstd.parse.Family;
import org.profstd.parse.Standards;

/** A page shaped like a legal portal's publication of a standard (adilet.zan.kz style), written here. */
class HtmlReaderTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ru"><head><meta charset="utf-8"><title>Об утверждении профессионального стандарта</title>
            <style>.menu{display:flex}</style><script>var counter = 1; document.write("реклама");</script></head>
            <body>
            <header class="site-header"><a href="/">ИПС «Әділет»</a><ul class="menu"><li>Главная</li><li>Поиск</li></ul></header>
            <nav class="breadcrumbs"><a href="/">Главная</a> / <a href="/docs">Документы</a></nav>
            <main><article>
            <h1>Профессиональный стандарт «Поддержка пользователей ИТ»</h1>
            <p>Приложение 45 к приказу Заместителя Председателя Правления<br>
               Национальной палаты предпринимателей Республики Казахстан «Атамекен»<br>от 24 декабря 2019 года № 259</p>
            <h2>1. Паспорт Профессионального стандарта</h2>
            <table border="1">
              <tr><td>Название ПС:</td><td colspan="2">Поддержка пользователей ИТ</td></tr>
              <tr><td>Номер ПС:</td><td colspan="2">&nbsp;</td></tr>
              <tr><td>Названия секции, раздела, группы, класса, и подкласса согласно ОКЭД:</td>
                  <td colspan="2"><p>J Информация и связь</p><p>62.02 Консультационные услуги в области информационных технологий</p></td></tr>
            </table>
            <h2>2. Карточки профессий</h2>
            <table>
              <tbody>
              <tr><th colspan="3">КАРТОЧКА ПРОФЕССИИ «АНАЛИТИК СЛУЖБЫ ПОДДЕРЖКИ»</th></tr>
              <tr><td>Код:</td><td colspan="2">3512-1-001</td></tr>
              <tr><td>Квалификационный уровень по ОРК:</td><td colspan="2">4</td></tr>
              <tr><td rowspan="3">Трудовая функция 1:<br>Обработка инцидентов</td>
                  <td rowspan="3">Задача 1:<br>Поиск и отработка решений</td>
                  <td>Умения:</td></tr>
              <tr><td><ol><li>Проводить диагностику инфокоммуникационных систем.</li>
                          <li>Настраивать технологические компоненты.</li></ol></td></tr>
              <tr><td>Знания:<br>1. Основы системного анализа<br>2. Этика и психология общения с клиентом</td></tr>
              <tr><td>Требования к личностным компетенциям</td>
                  <td colspan="2">Структурное мышление, <b>Аналитический</b> склад ума</td></tr>
              </tbody>
            </table>
            <ol start="3"><li>Технические данные Профессионального стандарта</li></ol>
            </article></main>
            <footer><p>© 2024 Институт законодательства и правовой информации</p></footer>
            </body></html>
            """;

    private final SourceText text = HtmlReader.read("adilet.html", PAGE.getBytes(StandardCharsets.UTF_8));

    @Test
    void blocksAreLinesAndPageChromeIsDropped() {
        assertThat(text.format()).isEqualTo("html");
        assertThat(text.line(1).text()).isEqualTo("Профессиональный стандарт «Поддержка пользователей ИТ»");
        assertThat(text.line(1).heading()).isEqualTo(1);
        assertThat(text.line(2).cell(0).paragraphs()).containsExactly(
                "Приложение 45 к приказу Заместителя Председателя Правления",
                "Национальной палаты предпринимателей Республики Казахстан «Атамекен»",
                "от 24 декабря 2019 года № 259");
        assertThat(text.line(3).text()).isEqualTo("1. Паспорт Профессионального стандарта");
        assertThat(text.line(3).heading()).isEqualTo(2);
        assertThat(text.plainText()).doesNotContain("Главная", "реклама", "counter", "display", "Әділет", "©");
        assertThat(text.size()).isEqualTo(15);
    }

    @Test
    void passportRowsAreLinesOfCells() {
        assertThat(text.line(4).cells()).extracting(Cell::text).containsExactly("Название ПС:", "Поддержка пользователей ИТ");
        assertThat(text.line(4).raw()).isEqualTo("Название ПС:\tПоддержка пользователей ИТ");
        assertThat(text.line(5).cells()).extracting(Cell::text).containsExactly("Номер ПС:", "");
        assertThat(text.line(6).cell(1).paragraphs()).containsExactly(
                "J Информация и связь", "62.02 Консультационные услуги в области информационных технологий");
    }

    @Test
    void cardRowsKeepMergedColumnsAsEmptyCellsAndNumberOrderedLists() {
        assertThat(text.line(7).text()).isEqualTo("2. Карточки профессий");
        assertThat(text.line(8).text()).isEqualTo("КАРТОЧКА ПРОФЕССИИ «АНАЛИТИК СЛУЖБЫ ПОДДЕРЖКИ»");
        assertThat(text.line(9).cells()).extracting(Cell::text).containsExactly("Код:", "3512-1-001");
        SourceLine function = text.line(11);
        assertThat(function.cell(0).paragraphs()).containsExactly("Трудовая функция 1:", "Обработка инцидентов");
        assertThat(function.cell(1).paragraphs()).containsExactly("Задача 1:", "Поиск и отработка решений");
        assertThat(function.cell(2).text()).isEqualTo("Умения:");
        // the two columns merged down over three rows print as two empty cells, as in the DOCX reader
        SourceLine abilities = text.line(12);
        assertThat(abilities.startsWithTab()).isTrue();
        assertThat(abilities.cells()).hasSize(3);
        assertThat(abilities.cell(2).paragraphs()).containsExactly(
                "1. Проводить диагностику инфокоммуникационных систем.", "2. Настраивать технологические компоненты.");
        assertThat(text.line(13).cells()).extracting(Cell::paragraphs).containsExactly(
                List.of(), List.of(),
                List.of("Знания:", "1. Основы системного анализа", "2. Этика и психология общения с клиентом"));
        assertThat(text.line(14).cells()).extracting(Cell::text)
                .containsExactly("Требования к личностным компетенциям", "Структурное мышление, Аналитический склад ума");
        assertThat(text.line(15).text()).isEqualTo("3. Технические данные Профессионального стандарта");
    }

    @Test
    void theRecognizerFindsAKz2017StandardInRussian() throws Exception {
        ParseResult result = Standards.parse("adilet.html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(result.source().format()).isEqualTo("html");
        assertThat(result.source().language()).isEqualTo(Language.RU);
        assertThat(result.standards()).singleElement().satisfies(s -> assertThat(s.format()).isEqualTo(Family.KZ_2017.id()));
    }

    @Test
    void aWindows1251PageIsDecodedByItsDeclaredCharset() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
                + "<body><p>Трудовые действия</p></body></html>";
        SourceText decoded = HtmlReader.read("consultant.html", page.getBytes(Decoding.WINDOWS_1251));
        assertThat(decoded.lines()).extracting(SourceLine::text).containsExactly("Трудовые действия");
    }
}
