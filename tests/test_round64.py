"""Constructions of the blind round 64 (docs/quality.md): a gerund of saying whose main clause has the leaders as
subject, two signed documents in quotation marks, a meeting the speaker writes about, a Tajik surname in -зода, an
institution the tagger takes for a person, a quotation in straight marks over paragraphs, the White House as a
seat of power, a pronoun after reported words about someone else, an event agreed on or in the plans, and "раис".
Every sentence is ours; the comment names the page where the construction was seen."""
import readout
from readout.extract.speech.base import closing


def test_a_gerund_of_saying_with_the_leaders_as_the_main_subject():
    # https://1news.az/news/20200822094757279-Sostoyalsya-telefonnyi-razgovor-mezhdu-prezidentami-Azerbaidzhana-
    # i-Turtsii: "Подчеркнув, что … отношения … будут и дальше … развиваться …, главы государств обсудили …"
    text = ("Президент Азербайджана Ильхам Алиев позвонил Президенту Турции Реджепу Тайипу Эрдогану.\n\n"
            "Подчеркнув, что связи двух стран будут крепнуть и дальше, главы государств обсудили планы на год.")
    quotes = readout.read(text, date="2020-08-22").quotes
    assert sorted(q.speaker_name for q in quotes) == ["Ильхам Алиев", "Реджеп Тайип Эрдоган"]
    assert all("будут крепнуть" in q.text and not q.direct for q in quotes)


def test_two_quoted_documents_signed_are_two_commitments():
    # https://minval.az/news/124519356: "… подписали «Соглашение … о сотрудничестве в оборонной сфере» и
    # «Меморандум о взаимопонимании по сотрудничеству в организации … (COP32)»"
    text = ("Министры иностранных дел Азербайджана и Эфиопии подписали «Соглашение о сотрудничестве в области "
            "обороны» и «Меморандум о взаимопонимании в сфере климата».")
    found = readout.read(text, date="2026-02-27").commitments
    assert [(c.kind, c.text[:12]) for c in found] == [("signed", "Министры ино"), ("signed", "Меморандум о")]
    assert all(tuple(c.parties) == ("AZ", "ET") for c in found)
    # one title signed stays one commitment; titles that no signing verb governs at once are not split
    one = readout.read("Стороны подписали «Соглашение о туризме и о транспорте».", date="2026-02-27").commitments
    assert len(one) == 1


def test_a_meeting_the_speaker_writes_about_is_no_speech():
    # https://report.az/ru/biznes/azerbajdzhan-obsudil-rasshirenie-vzaimodejstviya-s-otg-v-transporte-i-tehnologiyah:
    # "Министр экономики Микаил Джаббаров встретился с генеральным секретарем ОТГ … об этом Джаббаров написал на
    # своей странице в социальной сети"
    text = ("Министр экономики Микаил Джаббаров встретился с генеральным секретарем ОТГ Кубанычбеком Омуралиевым.\n\n"
            "Об этом Джаббаров написал в социальной сети.")
    assert not readout.read(text, date="2026-02-20").quotes
    # what the speaker thinks, told before "Об этом …", is still their speech
    said = readout.read("Сотрудничество с ОТГ растет. Об этом Микаил Джаббаров написал в социальной сети.",
                        date="2026-02-20").quotes
    assert [q.speaker_name for q in said] == ["Микаил Джаббаров"]


def test_a_tajik_surname_after_a_first_name_in_the_nominative():
    # https://rus.azattyk.org/a/glavy-pravitelstv-kyrgyzstana-i-tadzhikistana-obsudili-hod-realizatsii-
    # dogovorennostey-po-granitse/33325869.html: "премьер-министр Таджикистана Кохир Расулзода провели … переговоры"
    text = "Премьер-министр Таджикистана Кохир Расулзода и его коллега провели переговоры по телефону."
    names = {e.name for e in readout.read(text).entities if e.kind == "person"}
    assert "Кохир Расулзода" in names


def test_an_institution_the_news_cites_is_no_person():
    # https://ru.sputnik.kz/20210626/Lukashenko-i-Tokaev-obsudili-aktivizatsiyu-torgovo-ekonomicheskogo-
    # sotrudnichestva-17456380.html: "Разговор состоялся по инициативе белорусской стороны, сообщила Акорда."
    text = ("Александр Лукашенко и Касым-Жомарт Токаев переговорили по телефону. Разговор состоялся по инициативе "
            "белорусской стороны, сообщила Акорда.")
    record = readout.read(text, date="2021-06-26")
    assert "Акорда" not in {e.name for e in record.entities if e.kind == "person"}
    assert not record.quotes


def test_a_quotation_in_straight_marks_over_paragraphs_up_to_its_attribution():
    # https://www.nur.kz/politics/universe/2280954-vyshel-za-ramki-dipetiketa-stalo-izvestno-ob-osobom-otnoshenii-
    # czinpina-k-tokaevu/: '"Ужин длился … ¶ Такое отношение … новые переговоры", - отмечается в посте.'
    text = ('"Беседа шла долго, слова "дорогой друг" звучали не раз.\n\nТакой прием говорит об уровне связей", '
            '- отмечается в посте.')
    assert closing(text, 0) == text.index('", -')
    # without an attribution dash after it, a mark that stays open at the paragraph's end closes nothing later
    assert closing('"Первый абзац без конца.\n\nВторой абзац", а дальше текст.', 0) is None


def test_the_head_of_the_white_house_and_a_pronoun_after_reported_words():
    # https://www.kommersant.ru/doc/8118890: "Глава Белого дома выразил уверенность в том, что российский
    # президент пойдет на урегулирование … При этом он подчеркнул, что …"
    text = ("Накануне Дональд Трамп заявил, что готов обсудить поставки с Владимиром Путиным. Глава Белого дома "
            "выразил уверенность в том, что российский президент пойдет на компромисс. При этом он подчеркнул, "
            "что без компромисса будут новые меры.")
    quotes = readout.read(text, date="2025-10-13").quotes
    assert [q.speaker_name for q in quotes] == ["Дональд Трамп"] * 3


def test_an_event_agreed_on_or_in_the_plans_is_not_held():
    # https://www.kommersant.ru/doc/8118890: "Договоренности о телефонном разговоре президентов … пока нет"
    events = readout.read("Договоренности о телефонном разговоре президентов пока нет, сказал Песков.",
                          date="2025-10-13").events
    assert [(e.kind, e.status) for e in events] == [("phone_call", "planned")]
    # https://uz.sputniknews.ru/20250818/delegatsiya-uzbekistana-vo-glave-s-tanziloy-narbaevoy-pribyla-v-kazaxstan-
    # 51307473.html: "В планах — подписание дорожной карты …"
    events = readout.read("Делегация прибыла в Астану. В планах — подписание дорожной карты сотрудничества.",
                          date="2025-08-18").events
    assert ("signing", "held") not in {(e.kind, e.status) for e in events}


def test_rais_names_the_head_of_tatarstan_named_before():
    # https://realnoevremya.ru/news/358612-minnihanov-obsudil-rasshirenie-sotrudnichestva-s-rukovodstvom-belarusi:
    # "В ходе встречи раис Татарстана подчеркнул, что …"
    text = ("Раис Татарстана Рустам Минниханов встретился с вице-премьером Белоруссии.\n\n"
            "В ходе встречи раис Татарстана подчеркнул, что Белоруссия остается важным партнером.")
    assert [q.speaker_name for q in readout.read(text).quotes] == ["Рустам Минниханов"]
