"""Constructions of the blind round 35 (docs/quality.md): plans told by a noun and an infinitive, a plural verb
of saying with no subject after a meeting of two, "продолжит деятельность", "мы" and a first-person verb as the
speaker's state, "И добавил: «…»", a light verb after its noun, a leader who is also a party's head, and the date a
text gives itself in a dateline. Every sentence is ours; the comment names the page where the construction was
seen."""
import readout


def _quotes(text, **kw):
    return [(q.direct, q.speaker_name, q.text) for q in readout.read(text, **kw).quotes]


def test_a_plan_or_an_intention_with_an_infinitive_is_a_plan():
    # https://sova.news/ (round 35, cauc/01): "сообщили о планах провести встречу в ближайшем будущем";
    # https://minval.az/news/124521004: "за намерение оказать Ирану гуманитарную помощь"
    record = readout.read("Министры сообщили о планах провести заседание комиссии осенью.")
    assert [c.kind for c in record.commitments] == ["plan"]
    record = readout.read("Премьер поблагодарил коллегу за намерение оказать пострадавшим помощь.")
    assert [c.kind for c in record.commitments] == ["plan"]
    # a plan as a document, or plans only discussed, are no such thing
    assert [c.kind for c in readout.read("Президенты подписали План действий на 2026 год.").commitments] == ["signed"]
    assert list(readout.read("Стороны обсудили планы развития связей.").commitments) == []


def test_a_plural_verb_of_saying_with_no_subject_is_both_participants():
    # https://sova.news/ (round 35, cauc/01): "… встреча с премьер-министром Азербайджана Али Асадовым. …
    # Подчеркнули значимость среднего коридора"
    got = _quotes("Ираклий Кобахидзе провел встречу с премьер-министром Азербайджана Али Асадовым.\n\nПодчеркнули "
                  "значимость транспортного коридора.")
    assert sorted(s for _, s, t in got if t.startswith("Подчеркнули")) == ["Али Асадов", "Ираклий Кобахидзе"]
    # the author's "Отметим, что …" and a first-person paragraph are nobody's reported words
    got = _quotes("Ираклий Кобахидзе провел встречу с Али Асадовым.\n\nОтметим, что ранее премьер посетил Ереван.")
    assert [t for _, _, t in got if t.startswith("Отметим")] == []


def test_a_state_that_continues_its_activity_has_work_under_way():
    # https://az.sputniknews.ru/ (round 35, cauc/03): "Он отметил, что Турция продолжит деятельность в поддержку
    # развития Азербайджана"
    record = readout.read("Он отметил, что Турция продолжит деятельность в поддержку развития Азербайджана.")
    assert [c.kind for c in record.commitments] == ["in_progress"]


def test_we_in_a_leaders_quote_is_his_state_for_a_plan_but_both_for_an_agreement():
    # the same page: "«… К 2023 году планируем достичь объема в 15 миллиардов», - заявил Эрдоган"
    record = readout.read("Реджеп Тайип Эрдоган провел переговоры с Ильхамом Алиевым.\n\n\"Товарооборот растет. К "
                          "2030 году планируем достичь 15 миллиардов долларов\", - заявил Эрдоган.", date="2025-02-25")
    assert [c.parties for c in record.commitments] == [("TR",)]
    record = readout.read("Реджеп Тайип Эрдоган провел переговоры с Ильхамом Алиевым.\n\n\"Мы договорились "
                          "удвоить товарооборот\", - заявил Эрдоган.", date="2025-02-25")
    assert [sorted(c.parties) for c in record.commitments] == [["AZ", "TR"]]


def test_i_dobavil_before_a_quote_is_the_last_speaker():
    # https://euroradio.by/ (round 35, by/02): "Шава же благодарил за приглашение … И добавил: "Позвольте …""
    got = _quotes("Министр Зимбабве Фредерик Шава благодарил за приглашение. И добавил: \"Позвольте передать вам "
                  "теплые пожелания от президента\".")
    assert [(d, s) for d, s, _ in got] == [(True, "Фредерик Шава")]


def test_a_light_verb_after_its_noun_still_says():
    # https://kabar.kg/ (round 35, kzkg/02): "Особое внимание Садыр Жапаров уделил …", said with "дать оценку"
    got = _quotes("Высокую оценку итогам визита Садыр Жапаров дал на пресс-конференции.", date="2024-07-19")
    assert [(d, s) for d, s, _ in got] == [(False, "Садыр Жапаров")]


def test_leaders_together_include_a_head_of_state_who_also_heads_his_party():
    # https://kitaichina.com/ (round 35, foreign/02): "Лидеры Китая и России обменялись поздравлениями …" in an
    # undated copy
    got = _quotes("Си Цзиньпин провел телефонный разговор с Владимиром Путиным.\n\nЛидеры Китая и России обменялись "
                  "поздравлениями с Новым годом.")
    assert sorted(s for _, s, t in got if t.startswith("Лидеры")) == ["Владимир Путин", "Си Цзиньпин"]


def test_an_undated_text_takes_the_date_of_its_dateline():
    # date lines seen in round 35: "2020-12-29" (kitaichina.com), "Бишкек,19.07.24./… -Кабар/." (kabar.kg),
    # "Март 25, 2009 10:38" (khovar.tj), "09.05.2024 | 09:20" (repost.uz); a day told later in a sentence is none
    assert readout.read("Разговор\n\n2020-12-29\n\nЛидеры поговорили.").document.date == "2020-12-29"
    assert readout.read("Визит\n\nБишкек,19.07.24./Кабар/. Завершился визит.").document.date == "2024-07-19"
    assert readout.read("Встреча\n\nМарт 25, 2009 10:38\n\nМинистр встретился с губернатором.").document.date == (
        "2009-03-25")
    assert readout.read("Лидеры встретились. Ранее, 26 августа 2008 года, был подписан указ.").document.date is None
    # a date the input gives is kept
    assert readout.read("Визит\n\n2020-12-29\n\nТекст.", date="2021-01-05").document.date == "2021-01-05"
    # and it tells what is background: a document signed years before the dateline is no commitment
    record = readout.read("Встреча\n\n12.06.2025\n\nВ 2019 году стороны подписали соглашение о торговле.")
    assert list(record.commitments) == []
    assert [c.kind for c in readout.read("Встреча\n\nВ 2019 году стороны подписали соглашение о торговле.")
            .commitments] == ["signed"]
