"""Constructions of the blind round 42 (docs/quality.md): a plural of "премьер" the tagger reads as "премьера", a
name after the verb is its object and no subject for a later "Он", and a verb with its own object before the colon
of a quote is a report besides the quote. Every sentence is ours; the comment names the page where the construction
was seen."""
import readout


def _quotes(text, **kw):
    return [(q.direct, q.speaker_name, q.text) for q in readout.read(text, **kw).quotes]


def test_premiery_otmetili_is_each_premiers_report():
    # https://tass.ru/politika/25991181: "Уточняется, что в разговоре премьеры отметили важность укрепления …"
    got = _quotes("Председатель правительства России Михаил Мишустин созвонился с премьер-министром Белоруссии "
                  "Александром Турчиным.\n\nПремьеры отметили важность укрепления интеграции.", date="2025-12-22")
    assert sorted(s for d, s, _ in got if not d) == ["Александр Турчин", "Михаил Мишустин"]


def test_on_after_x_greeted_y_is_x():
    # https://www.vedomosti.ru/politics/articles/2025/10/09/1145504-dushanbe-prohodyat: "Рахмон поприветствовал
    # Путина в Таджикистане. Он говорил о «положительной динамике отношений» …"
    got = _quotes("В Душанбе прошли переговоры Владимира Путина и Эмомали Рахмона.\n\nВ начале беседы Рахмон "
                  "поприветствовал Путина в столице. Он говорил о «хорошей динамике связей» между странами.",
                  date="2025-10-09")
    assert {s for d, s, _ in got} == {"Эмомали Рахмон"}


def test_thanks_for_something_before_a_colon_is_reported_besides_the_quote():
    # the same page: "Путин в ответ поблагодарил за приглашение посетить Таджикистан: «Всё это связано …»"
    got = _quotes("Владимир Путин в ответ поблагодарил за приглашение посетить республику: «Мы ценим наши связи и "
                  "будем их развивать».", date="2025-10-09")
    assert (False, "Владимир Путин", "Владимир Путин в ответ поблагодарил за приглашение посетить республику") in got
    assert (True, "Владимир Путин", "Мы ценим наши связи и будем их развивать") in got


def test_an_addressee_before_the_colon_reports_nothing():
    got = _quotes("Владимир Путин заявил журналистам: «Мы ценим наши связи и будем их развивать».", date="2025-10-09")
    assert [d for d, s, _ in got] == [True]


def test_a_title_ending_the_headline_is_not_the_name_on_the_next_line():
    # https://vlast.kz/ (round 41, kz/02): "…, заявил глава КНР ¶ Токаев пригласил его с визитом в Казахстан"
    got = _quotes("Китай и Казахстан будут помогать друг другу, заявил глава КНР\n\nТокаев пригласил его с визитом\n\n"
                  "Президент Казахстана Касым-Жомарт Токаев провел переговоры с председателем КНР Си Цзиньпином.")
    assert got[0][:2] == (False, "Си Цзиньпин")


def test_a_name_after_a_verb_whose_subject_disagrees_is_the_subject():
    # review: "Ответное слово взял Шавкат Мирзиёев. Он заявил, что …" ("слово" is no subject of "взял")
    got = _quotes("Владимир Путин открыл саммит. Ответное слово взял Шавкат Мирзиёев. Он заявил, что связи крепнут.",
                  date="2025-01-10")
    assert [s for d, s, _ in got] == ["Шавкат Мирзиёев"]
