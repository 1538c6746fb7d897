"""Persons, countries, places and organizations: one case a line."""
import pytest

import readout
from readout.extract.entities.names import nominative

D = "2025-10-21"


def kinds(rec, kind):
    return [e for e in rec.entities if e.kind == kind]


@pytest.mark.parametrize("text,names", [
    ("Ильхам Гейдар оглу Алиев прибыл. Ильхама Алиева встретил Касым-Жомарт Токаев.",
     ["Ильхам Алиев", "Касым-Жомарт Токаев"]),
    ("Переговоры Президента Российской Федерации В.В.Путина с Николасом Мадуро.", ["Владимир Путин", "Николас Мадуро"]),
    ("Телефонный разговор с Шавкатом Мирзиёевым Мирзиёев Шавкат Миромонович Президент Республики Узбекистан.",
     ["Шавкат Мирзиёев"]),
    ("Председатель Мин Аун Хлайн прибыл. Мин Аун Хлайна встретили в Москве.", ["Мин Аун Хлайн"]),
    ("Обсуждались вопросы торговли.", []),
    # an address by first name and patronymic joins the person named in full, and never makes one alone
    ("Встреча с Кареном Шахназаровым. Уважаемый Карен Георгиевич, спасибо.", ["Карен Шахназаров"]),
    ("Уважаемый Владимир Владимирович! Дорогая Даша, спасибо.", []),
    # a card with a doubled surname, trailing initials, a surname in capitals
    ("Губернатор Денис Паслер Паслер Денис Владимирович доложил. Паслер Д.В. подписал.", ["Денис Паслер"]),
    ("Выступил Евгений МИРОНОВ.", ["Евгений Миронов"]),
    # a name followed by its kremlin.ru card is a person even where NER is silent
    ("В совещании приняли участие Председатель Государственной Думы Вячеслав Володин Володин Вячеслав Викторович "
     "Председатель Государственной Думы.", ["Вячеслав Володин"]),
    # a surname alone that pymorphy reads as an adjective or a first name, but names an office holder
    ("Партнеры настоятельно просят Зеленского подписать соглашение.", ["Владимир Зеленский"]),
    ("Помощь Украине оказывала администрация Байдена.", ["Джозеф Байден"]),
])
def test_persons(text, names):
    rec = readout.read(text, date=D)
    assert [e.name for e in kinds(rec, "person")] == names


def test_person_mentions_are_spans_and_office_gives_role():
    text = "Касым-Жомарт Токаев встретился с Ильхамом Алиевым. Токаев подчеркнул важность визита."
    rec = readout.read(text, date=D)
    tokayev = kinds(rec, "person")[0]
    assert (tokayev.id, tokayev.country, tokayev.role) == ("person:tokayev", "KZ", "president")
    assert [text[m.start:m.stop] for m in tokayev.mentions] == ["Касым-Жомарт Токаев", "Токаев"]


@pytest.mark.parametrize("text,codes", [
    ("Президенты Казахстана и Азербайджана встретились.", {"KZ", "AZ"}),
    ("Обсуждено казахско-азербайджанское сотрудничество.", {"KZ", "AZ"}),
    ("при посредничестве Президента США", {"US"}),
    ("российская и американская стороны условились", {"RU", "US"}),
    ("для всей Латинской Америки", set()),  # a region, not the USA
    ("Того же мнения придерживается сторона.", set()),  # a pronoun, not Togo
    ("на Южном Кавказе", set()),
])
def test_countries(text, codes):
    rec = readout.read(text, date=D)
    assert {e.country for e in kinds(rec, "country")} == codes


@pytest.mark.parametrize("phrase,expected", [
    ("Высшего межгосударственного совета", "Высший межгосударственный совет"),
    ("Фонда прямых инвестиций", "Фонд прямых инвестиций"),
    ("Астану", "Астана"),
    ("Федеральной таможенной службой", "Федеральная таможенная служба"),
])
def test_nominative(phrase, expected):
    assert nominative(phrase) == expected


def test_akorda_entities(akorda):
    rec = readout.read_document(akorda)
    assert rec.publisher_country == "KZ"
    assert {e.name for e in kinds(rec, "person")} == {"Касым-Жомарт Токаев", "Ильхам Алиев", "Дональд Трамп"}
    assert {e.country for e in kinds(rec, "country")} == {"KZ", "AZ", "AM", "US"}
    orgs = {e.name for e in kinds(rec, "organization")}
    assert "Высший межгосударственный совет" in orgs
    assert "Астана" in {e.name for e in kinds(rec, "place")}


def test_names_in_a_see_also_block_are_not_people_of_the_text():
    text = ("Владимир Путин провел переговоры. Смотрите также Встреча с начальником Генштаба Валерием Герасимовым "
            "26 апреля 2025 года Переговоры продолжились.")
    rec = readout.read(text, date="2025-04-28")
    assert [e.name for e in kinds(rec, "person")] == ["Владимир Путин"]
    assert {e.kind for e in rec.events} == {"talks"}


def test_a_title_before_a_name_or_moved_in_time_names_no_office_holder():
    rec = readout.read("Это понимал будущий Президент Франции господин Шарль де Голль. Бывший канцлер ФРГ сказал, "
                       "что отношения важны.", date="2025-05-07")
    assert [e.name for e in kinds(rec, "person")] == ["Шарль де Голль"]


def test_an_office_holder_named_only_by_title_is_a_person_only_when_quoted():
    rec = readout.read("Стороны обсудили визит, который Президент Франции совершит в мае.", date="2025-05-07")
    assert kinds(rec, "person") == []
    rec = readout.read("Президент Франции заявил, что Париж поддержит инициативу.", date="2025-05-07")
    assert [e.name for e in kinds(rec, "person")] == ["Эмманюэль Макрон"]


def test_a_first_declension_foreign_name_is_one_person_in_the_nominative():
    # nedelia.lt: "с Анджеем Дудой", "Анджея Дуды", "Анджей Дуда" are one person; unm.ua: an undeclined "Браже"
    rec = readout.read("Гитанас Науседа встретился с Анджеем Дудой. По словам польского президента Анджея Дуды, "
                       "регион важен. Анджей Дуда также выступил.", date="2023-01-05")
    assert [e.name for e in rec.entities if e.kind == "person"] == ["Гитанас Науседа", "Анджей Дуда"]
    rec = readout.read("Владимир Зеленский встретился с Байбой Браже. Зеленский поблагодарил Байбу Браже.",
                       date="2023-01-05")
    assert [e.name.split()[-1] for e in rec.entities if e.kind == "person"] == ["Зеленский", "Браже"]


def test_a_foreign_surname_seen_only_in_oblique_cases_gets_its_nominative():
    # eurointegration.com.ua: "с Каролем Навроцким, … Навроцкий также заявил" is one person, named in the nominative
    rec = readout.read("Владимир Зеленский встретился с президентом Польши Каролем Навроцким. Навроцкий также "
                       "заявил, что визит важен.", date="2025-12-19")
    assert "Кароль Навроцкий" in {e.name for e in rec.entities if e.kind == "person"}
    # nedelia.lt: a Latvian surname only in the instrumental
    rec = readout.read("Гитанас Науседа провел встречу с Эдгарсом Ринкевичсом.", date="2024-05-16")
    assert "Эдгарс Ринкевичс" in {e.name for e in rec.entities if e.kind == "person"}
    # tatar-inform.ru: a woman's surname keeps its gender ("с Саидой Мирзиёевой" → Саида Мирзиёева)
    rec = readout.read("Рустам Минниханов встретился с Саидой Мирзиёевой.", date="2025-06-20")
    assert "Саида Мирзиёева" in {e.name for e in rec.entities if e.kind == "person"}


def test_names_only_declined_and_a_state_written_in_lower_case():
    # repost.uz: "с главой Сената Танзилой Нарбаевой"; ulysmedia.kz: "с министром … Андреем Сибигой"; ostro.org:
    # "атакам россии" (some outlets write the name in lower case on purpose)
    r = readout.read("Валентина Матвиенко встретилась с Танзилой Нарбаевой. Мурат Нуртлеу провел встречу с "
                     "Андреем Сибигой. Украина противостоит атакам россии.", date="2024-09-25")
    names = sorted(e.name for e in r.entities if e.kind == "person")
    assert names == ["Андрей Сибига", "Валентина Матвиенко", "Мурат Нуртлеу", "Танзила Нарбаева"]
    assert sorted(e.country for e in r.entities if e.kind == "country") == ["RU", "UA"]


def test_surnames_in_the_instrumental_after_a_first_name_there():
    # nedelia.lt: "с Анджеем Дудой"; kz-reporter.com: "с Шарлем Мишелем"; korea.net: "с … Фумио Кисидой"
    r = readout.read("Гитанас Науседа встретился с Анджеем Дудой. Юн Сок Ёль примет участие в саммите с "
                     "премьер-министром Японии Фумио Кисидой.", date="2023-07-11")
    names = sorted(e.name for e in r.entities if e.kind == "person")
    assert names == ["Анджей Дуда", "Гитанас Науседа", "Фумио Кисида", "Юн Сок Ёль"]
