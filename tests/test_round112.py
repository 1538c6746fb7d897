"""Constructions met in blind audit round 112 (sentences in our own words; the pages that showed them are named)."""
from readout import read


def _places(text):
    return [e.place for e in read(text).events]


def _names(text):
    return [e.name for e in read(text).entities if e.kind == "person"]


def test_a_dateline_of_city_author_and_agency_keeps_the_city_as_written():
    # "Габала. <author>-АПА." opens an APA regional wire (ru.apa.az/news/317736)
    assert _places("Габала. Иван Петров-АПА. Делегация во главе с мэром французского города провела встречу с "
                   "главой района.")[:1] == ["Габала"]


def test_a_noun_of_cities_is_no_preposition_of_place():
    # "провел приём … в Екатеринбурге … Всемирный день городов ООН-Хабитат" (oblgazeta.ru/politics/sverdlovsk/103123)
    places = _places("Губернатор Свердловской области провел встречу с представителями дипкорпуса в Екатеринбурге. "
                     "Он напомнил, что регион провел Всемирный день городов ООН-Хабитат.")
    assert places and set(places) == {"Екатеринбург"}


def test_a_city_after_an_adjective_and_the_noun_city():
    # "Церемония … в китайском городе Гуанчжоу прошла" (sb.by/articles/v-guanchzhou-otkrylos-genkonsulstvo-…)
    assert _places("Встреча министров прошла в китайском городе Гуанчжоу.")[:1] == ["Гуанчжоу"]


def test_a_double_surname_in_the_genitive_loses_the_ending_of_both_parts():
    # "встреча … и Посла Российской Федерации Игоря Лякина-Фролова" (casian.info/tj/society/…-36334.html)
    assert "Игорь Лякин-Фролов" in _names("Состоялась встреча министра здравоохранения Таджикистана и посла России "
                                          "Игоря Лякина-Фролова.")


def test_an_instrumental_middle_name_puts_the_surname_in_the_instrumental():
    # "провел встречу с Послом Венгрии в Казахстане <Name> <Name-ins> <Surname-ins>" (asal.media/blog/politic/5347)
    assert "Отто Иван Рона" in _names("Замминистра иностранных дел Казахстана Роман Василенко провел встречу с послом "
                                      "Венгрии в Казахстане Отто Иваном Роной.")


def test_an_agreement_reached_and_cooperation_that_will_go_on():
    # "В рамках встречи достигнуто соглашение о подписании в ближайшее время … Хартии" (ru.apa.az/news/317736);
    # "отметил, что сотрудничество в этой сфере будет продолжаться" (armiya.az, round 112)
    r = read("В рамках встречи мэров достигнуто соглашение о подписании в ближайшее время хартии сотрудничества "
             "между Францией и Азербайджаном.")
    assert [c.kind for c in r.commitments] == ["agreement"]
    r = read("Министр транспорта Турции отметил, что сотрудничество в этой сфере с Азербайджаном будет продолжаться.")
    assert [(c.kind, sorted(c.parties)) for c in r.commitments] == [("in_progress", ["AZ", "TR"])]


def test_a_mans_surname_in_a_after_an_ambassadors_title_in_the_accusative():
    # "принял Чрезвычайного и Полномочного Посла Японии … Итиро Кавабату" (365info.kz/2018/12/nigmatulin-prinyal-
    # posla-yaponii-2): the surname is "Кавабата"
    assert "Итиро Кавабата" in _names("Президент Казахстана сказал, что принял посла Японии Итиро Кавабату.")
    assert "Итиро Кавабата" in _names("Министр провел встречу с послом Японии Итиро Кавабатой.")
