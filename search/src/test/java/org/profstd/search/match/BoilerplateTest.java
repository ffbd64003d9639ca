package org.profstd.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sections about the employer and its offer are left out of what can evidence a card. */
class BoilerplateTest {
    @Test
    void sectionsAboutTheEmployerTheOfferAndApplyingAreBlankedToTheNextHeading() {
        String posting = String.join("\n", "Service Desk Analyst", "", "Who we are",
                "We run 24 clinics with 1,800 computers and printers.", "", "What you will do",
                "- answer calls and register every request;", "", "What we offer",
                "- a path to system administration;", "- medical check-ups.", "", "How to apply",
                "Send your CV.");
        String kept = Boilerplate.blank(posting);
        assertThat(kept).contains("Service Desk Analyst", "What you will do", "answer calls and register every request")
                .doesNotContain("1,800 computers", "system administration", "Send your CV");
        assertThat(kept.split("\n", -1)).hasSameSizeAs(posting.split("\n", -1));
    }

    @Test
    void russianAndKazakhHeadingsWithColonsOrMarkdownCountToo() {
        assertThat(Boilerplate.blank("## О компании:\nМы строим сети.\n\nЗадачи:\n- настраивать VLAN;"))
                .doesNotContain("строим").contains("настраивать VLAN");
        assertThat(Boilerplate.blank("Біз ұсынамыз\n- ресми жалақы\n\nМіндеттер\n- серверлерді баптау"))
                .doesNotContain("жалақы").contains("серверлерді баптау");
    }

    @Test
    void aPostingWithoutSuchSectionsIsKeptWhole() {
        String posting = "DevOps Engineer\n\nKubernetes, Terraform, GitLab CI.\nОпыт от 3 лет.";
        assertThat(Boilerplate.blank(posting)).isEqualTo(posting);
        assertThat(Boilerplate.blank(null)).isEmpty();
    }
}
