package org.triptych.morph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RenderingFormsTest {

    private static String form(List<RenderingForms.Form> forms, RenderingForms.Case c, boolean plural) {
        return forms.stream().filter(f -> f.grammaticalCase() == c && f.plural() == plural)
                .map(RenderingForms.Form::text).findFirst().orElse(null);
    }

    @Test
    void aKoreanNameTheDictionaryLacksDeclinesInItsLastWordOnly() {
        List<RenderingForms.Form> forms = RenderingForms.ukrainian("Юн Сок Йоль");

        assertThat(form(forms, RenderingForms.Case.NOMINATIVE, false)).isEqualTo("Юн Сок Йоль");
        assertThat(form(forms, RenderingForms.Case.GENITIVE, false)).isEqualTo("Юн Сок Йоля");
        assertThat(form(forms, RenderingForms.Case.DATIVE, false)).isEqualTo("Юн Сок Йолю");
        assertThat(form(forms, RenderingForms.Case.ACCUSATIVE, false)).isEqualTo("Юн Сок Йоля");
        assertThat(form(forms, RenderingForms.Case.INSTRUMENTAL, false)).isEqualTo("Юн Сок Йолем");
        assertThat(form(forms, RenderingForms.Case.LOCATIVE, false)).isEqualTo("Юн Сок Йолеві");
        assertThat(forms).noneMatch(RenderingForms.Form::plural);
    }

    @Test
    void aNameWithAnIndeclinableSurnameDeclinesItsLastWordByTheDictionary() {
        List<RenderingForms.Form> forms = RenderingForms.ukrainian("Кім Чен Ин");

        assertThat(form(forms, RenderingForms.Case.GENITIVE, false)).isEqualTo("Кім Чен Ина");
        assertThat(form(forms, RenderingForms.Case.INSTRUMENTAL, false)).isEqualTo("Кім Чен Ином");
        assertThat(RenderingForms.ukrainian("Лі Мін Бок").stream().map(RenderingForms.Form::text))
                .contains("Лі Мін Бока", "Лі Мін Бокові", "Лі Мін Боком");
    }

    @Test
    void everyFormOfANameIsOneTheCheckAccepts() {
        for (String name : List.of("Юн Сок Йоль", "Ан Чхан Іль", "Лі Мін Бок", "Мун Чже Ін", "Кім Йо Чжон", "Пак Су Ха")) {
            TermPattern pattern = Morphology.compile("uk", name, false);
            for (RenderingForms.Form f : RenderingForms.ukrainian(name)) {
                assertThat(pattern.occursIn(TargetText.of("Сказав " + f.text() + " учора.", "uk")))
                        .as(f.text()).isTrue();
            }
        }
    }

    @Test
    void aCommonNounPhraseDeclinesItsAdjectiveInAgreementSingularAndPlural() {
        List<RenderingForms.Form> forms = RenderingForms.ukrainian("Курська область");

        assertThat(form(forms, RenderingForms.Case.GENITIVE, false)).isEqualTo("Курської області");
        assertThat(form(forms, RenderingForms.Case.INSTRUMENTAL, false)).isEqualTo("Курською областю");
        assertThat(form(forms, RenderingForms.Case.LOCATIVE, false)).isEqualTo("Курській області");
        assertThat(form(forms, RenderingForms.Case.GENITIVE, true)).isEqualTo("Курських областей");
    }

    @Test
    void wordsAfterTheHeadNounStayAsWritten() {
        List<RenderingForms.Form> forms = RenderingForms.ukrainian("міністерство закордонних справ");

        assertThat(form(forms, RenderingForms.Case.GENITIVE, false)).isEqualTo("міністерства закордонних справ");
        assertThat(form(forms, RenderingForms.Case.INSTRUMENTAL, false)).isEqualTo("міністерством закордонних справ");
    }

    @Test
    void aPluralTermHasPluralFormsOnlyAndTheLocativeIsNotTheDative() {
        List<RenderingForms.Form> troops = RenderingForms.ukrainian("північнокорейські війська");
        assertThat(troops).allMatch(RenderingForms.Form::plural);
        assertThat(form(troops, RenderingForms.Case.GENITIVE, true)).isEqualTo("північнокорейських військ");

        assertThat(form(RenderingForms.ukrainian("Київ"), RenderingForms.Case.LOCATIVE, false)).isEqualTo("Києві");
    }

    @Test
    void theCycleStartsWithTheRenderingThenTheCaseThePrepositionGoverns() {
        assertThat(RenderingForms.cycle("uk", "Юн Сок Йоль", "Вчора ")).startsWith("Юн Сок Йоль", "Юн Сок Йоля");
        assertThat(RenderingForms.cycle("uk", "Київ", "Він живе у ")).startsWith("Київ", "Києві");
        assertThat(RenderingForms.cycle("uk", "Юн Сок Йоль", "Зустріч з ")).startsWith("Юн Сок Йоль", "Юн Сок Йоля");
        assertThat(RenderingForms.cycle("uk", "Юн Сок Йоль", "Лист до ")).element(1).isEqualTo("Юн Сок Йоля");
        assertThat(RenderingForms.cycle("uk", "Юн Сок Йоль", "Завдяки ")).element(1).isEqualTo("Юн Сок Йолю");
        assertThat(RenderingForms.cycle("uk", "Юн Сок Йоль", "Вчора ")).doesNotHaveDuplicates();
    }

    @Test
    void aRenderingStartingASentenceIsCapitalisedAndANameKeepsItsCase() {
        assertThat(RenderingForms.cycle("uk", "північнокорейські війська", "Він пішов. "))
                .first().isEqualTo("Північнокорейські війська");
        assertThat(RenderingForms.cycle("uk", "північнокорейські війська", "")).first().isEqualTo("Північнокорейські війська");
        assertThat(RenderingForms.cycle("uk", "північнокорейські війська", "Він сказав, що ")).first()
                .isEqualTo("північнокорейські війська");
        assertThat(RenderingForms.atSentenceStart("«", "війська")).isEqualTo("Війська");
        assertThat(RenderingForms.atSentenceStart("", "iPhone")).isEqualTo("iPhone");
        assertThat(RenderingForms.cycle("uk", "Юн Сок Йоль", "Сказав ")).first().isEqualTo("Юн Сок Йоль");
        assertThat(RenderingForms.cycle("ko", "북한군", "")).containsExactly("북한군");
    }

    @Test
    void aKoreanParticleThatDoesNotFitTheFinalSoundIsReplacedByItsPair() {
        assertThat(RenderingForms.fittingParticle("푸틴", "는")).contains("은");
        assertThat(RenderingForms.fittingParticle("푸틴", "가")).contains("이");
        assertThat(RenderingForms.fittingParticle("러시아", "을")).contains("를");
        assertThat(RenderingForms.fittingParticle("키이우", "으로")).contains("로");
        assertThat(RenderingForms.fittingParticle("윤석열", "으로")).contains("로");
        assertThat(RenderingForms.fittingParticle("북한군", "로")).contains("으로");
        assertThat(RenderingForms.fittingParticle("푸틴", "은")).isEmpty();
        assertThat(RenderingForms.fittingParticle("젤렌스키", "는")).isEmpty();
        assertThat(RenderingForms.fittingParticle("NATO", "는")).isEmpty();
        assertThat(RenderingForms.fittingParticle("푸틴", "의")).isEmpty();
    }

    @Test
    void aWomansNameEndingInAConsonantDoesNotDeclineAsTheCheckHasIt() {
        assertThat(RenderingForms.cycle("uk", "Кім Йо Чжон", "Заява ", true)).containsExactly("Кім Йо Чжон");
        assertThat(RenderingForms.cycle("uk", "Кім Йо Чжон", "Заява ", false)).contains("Кім Йо Чжона");
        TermPattern feminine = Morphology.compile("uk", "Кім Йо Чжон", Morphology.Kind.FEMININE_NAME);
        for (String form : RenderingForms.cycle("uk", "Кім Йо Чжон", "Заява ", true)) {
            assertThat(feminine.occursIn(TargetText.of("Заява " + form + ".", "uk"))).isTrue();
        }
    }

    @Test
    void aVelarBeforeTheEndingTurnsSibilantInTheDativeAsTheCheckHasIt() {
        List<RenderingForms.Form> forms = RenderingForms.ukrainian("Пак Су Ха");
        assertThat(form(forms, RenderingForms.Case.DATIVE, false)).isEqualTo("Пак Су Сі");
    }
}
