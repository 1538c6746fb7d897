"""Constructions met in blind audit round 120, tuned on after its blind scoring (sentences in our own words; the
pages that showed them are named)."""
from readout import read


def test_an_agreement_that_provides_for_expansion_and_a_forum_held_in_expoforum():
    # "Второй день ПМЭФ стартовал в Экспофоруме …", "соглашение с «…» предполагает расширение производства
    # предприятия на 848 млн рублей" (og47.ru/2021/06/03/…-18922)
    r = read("Второй день экономического форума стартовал в Экспофоруме. Губернатор Ленинградской области подписал "
             "соглашения с компаниями. Соглашение с заводом предполагает расширение производства на 500 млн рублей.")
    assert {e.place for e in r.events} == {"Санкт-Петербург"}
    assert [(c.kind, c.target and c.target.value) for c in r.commitments if c.kind == "plan"] == [("plan", 5e8)]
    r = read("Мы запустили проекты, которые предполагают строительство нового жилья.")
    assert [c.kind for c in r.commitments if c.kind == "plan"] == []  # projects, not a document, envisage it


def test_a_recalled_past_is_background_and_a_bare_title_speaks_for_the_subject_not_the_one_met():
    # "Премьер-министр Украины … провела разговор с главой правительства Латвии …", «…», - рассказала
    # премьер-министр"; "Напомним, что ЕС принял совместное заявление …" (sud.ua/ru/news/ukraine/338581-…)
    r = read("Премьер-министр Украины Юлия Свириденко провела разговор с главой правительства Латвии Эвикой Силиней. "
             "Стороны обсудили поддержку.\n\n\"Латвия поддерживает нашу позицию\", - рассказала премьер-министр.\n\n"
             "Напомним, что ЕС принял совместное заявление перед встречей лидеров США и России на Аляске.")
    assert [(q.speaker_name, q.text) for q in r.quotes] == [("Юлия Свириденко", "Латвия поддерживает нашу позицию")]
    assert [c.text for c in r.commitments] == []  # the recalled statement is background
    assert "Аляска" not in [e.place for e in r.events]  # so is the meeting it was made before
    r = read("Напомним, что завтра стороны подпишут соглашение о торговле.")
    assert [c.kind for c in r.commitments] == ["plan"]  # a plan recalled is still a plan


def test_names_after_a_foreign_title_and_a_state_by_its_latin_name():
    # "встреча премьер-министра … Новруза Мамедова и премьер-министра Монтенегро Душко Марковича" (rus.com.az,
    # 2019/06/24); "с египетским министром обороны и военной промышленности Седки Собхи" (belnovosti.by, …-v-kaire)
    r = read("Состоялась встреча премьер-министра Азербайджанской Республики Новруза Мамедова и премьер-министра "
             "Монтенегро Душко Марковича.")
    assert [e.name for e in r.entities if e.kind == "person"] == ["Новруз Мамедов", "Душко Маркович"]
    assert [e.country for e in r.entities if e.kind == "country"] == ["AZ", "ME"]
    r = read("Затем президент встретился с египетским министром обороны и военной промышленности Седки Собхи.")
    assert [e.name for e in r.entities if e.kind == "person"] == ["Седки Собхи"]  # no word in the instrumental
