package org.triptych.morph;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms the Ukrainian matcher finds for names the dictionary does not know, for women's names, and for forbidden
 * (Russian) spellings. Each row: the rendering, the text, and whether the rendering occurs in it.
 */
class DeclensionRulesTest {

    private static boolean occurs(String rendering, Morphology.Kind kind, String text) {
        return Morphology.compile("uk", rendering, kind).occursIn(TargetText.of(text, "uk"));
    }

    @ParameterizedTest(name = "{0} in \"{1}\": {2}")
    @CsvSource(delimiter = ';', value = {
            // г → з, к → ц, х → с in the dative and locative of -а nouns, women's and men's names alike
            "Ґалуга;Ми подякували Ґалузі.;true",
            "Пестушка;Листи Пестушці надіслали вчора.;true",
            "Гамуха;Слово надали пану Гамусі.;true",
            "Сибіга;При Сибізі міністерство змінилося.;true",
            "Андрій Мачуга;Андрію Мачузі вручили нагороду.;true",
            "Стеценка;Ми написали Стеценці.;true",
            // the unchanged velar is no form of them
            "Ґалуга;Ми подякували Ґалугі.;false",
            "Пестушка;Листи Пестушкі надіслали.;false",
            // other cases keep the velar
            "Гамуха;Без Гамухи нічого не вийшло.;true",
            "Сибіга;Разом із Сибігою.;true",
            // stems of other consonants keep -і
            "Бурлана;Ми подякували Бурлані.;true",
    })
    void unknownNamesInAAlternateTheirVelar(String rendering, String text, boolean occurs) {
        assertThat(occurs(rendering, Morphology.Kind.RENDERING, text)).isEqualTo(occurs);
    }

    @ParameterizedTest(name = "{0} ({1}) in \"{2}\": {3}")
    @CsvSource(delimiter = ';', value = {
            "Кім Йо Чжон;FEMININE_NAME;Заява Кім Йо Чжон була різкою.;true",
            "Кім Йо Чжон;FEMININE_NAME;Заява Кім Йо Чжона була різкою.;false",
            "Кім Йо Чжон;RENDERING;Заява Кім Йо Чжона була різкою.;true",
            "Пак Ин Хє;FEMININE_NAME;Разом із Пак Ин Хє.;true",
            "Лі Со Йон;FEMININE_NAME;Інтерв’ю з Лі Со Йоном.;false",
            "Лі Со Йон;FEMININE_NAME;Інтерв’ю з Лі Со Йон.;true",
            // a woman's name in -а declines as any -а noun
            "Кім Юна;FEMININE_NAME;Подарунок для Кім Юни.;true",
            "Ганна Мачуга;FEMININE_NAME;Подякували Ганні Мачузі.;true",
    })
    void aWomansNameEndingInAConsonantDoesNotDecline(String rendering, Morphology.Kind kind, String text,
                                                       boolean occurs) {
        assertThat(occurs(rendering, kind, text)).isEqualTo(occurs);
    }

    @ParameterizedTest(name = "forbidden {0} in \"{1}\": {2}")
    @CsvSource(delimiter = ';', value = {
            "Днепропетровская область;Бои в Днепропетровской области продолжались.;true",
            "Днепропетровская область;Новини Днепропетровскую область облетіли.;true",
            "Северная Корея;Армія Северной Кореи наступає.;true",
            "Северная Корея;Санкції проти Северной Кореей.;true",
            "Николаев;Вибухи в Николаеве вночі.;true",
            "Николаев;Обстріл Николаева тривав.;true",
            "Черное море;Кораблі вийшли к Черному морю.;true",
            "Черное море;Флот у Черном море.;true",
            "Запорожье;Бої біля Запорожья.;true",
            "Кремль;Рішення Кремлем ухвалене.;true",
            "Белгородская область;Обстріли Белгородской областью.;true",
            "Новая Каховка;Мешканці Новой Каховки виїхали.;true",
            "Россия;Кордон с Россией закрито.;true",
            // the Ukrainian spellings are not the forbidden Russian ones
            "Северная Корея;Армія Північної Кореї наступає.;false",
            "Николаев;Вибухи в Миколаєві вночі.;false",
            "Черное море;Кораблі вийшли до Чорного моря.;false",
            "Днепропетровская область;Бої в Дніпропетровській області.;false",
            "Россия;Кордон з Росією закрито.;false",
    })
    void forbiddenRussianSpellingsAreFoundInRussianCaseForms(String forbidden, String text, boolean occurs) {
        assertThat(occurs(forbidden, Morphology.Kind.FORBIDDEN, text)).isEqualTo(occurs);
    }
}
