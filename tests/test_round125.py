"""Constructions met in blind audit round 125, tuned on after its blind scoring (sentences in our own words; the
pages that showed them are named)."""
from readout import read


def test_a_manner_phrase_between_will_and_the_infinitive_keeps_the_plan_and_our_relations_are_both_sides():
    # "Это означает, что мы будем от всего сердца работать над дальнейшим развитием наших отношений" (report.az/ru/
    # vneshnyaya-politika/vuchich-my-polny-reshimosti-…)
    r = read("Президенты Сербии и Азербайджана провели заседание совета. «Мы будем от всей души работать над "
             "развитием наших отношений», – подчеркнул Александар Вучич.")
    assert [(c.kind, set(c.parties)) for c in r.commitments] == [("plan", {"RS", "AZ"})]
    r = read("«Будем над этим работать», – сказал губернатор Иван Петров.")
    assert r.commitments == ()  # a pronoun, no phrase of manner


def test_talking_by_phone_is_a_call_not_words_and_holding_the_meeting_is_no_work_under_way():
    # "Путин и Эрдоган проводят двустороннюю встречу в Ашхабаде. … После этого президенты дважды говорили по
    # телефону" (tass.ru/politika/25895571)
    r = read("Президент России Владимир Путин и президент Турции Реджеп Тайип Эрдоган проводят двустороннюю встречу в "
             "Ашхабаде. Летом президенты дважды говорили по телефону.")
    assert r.quotes == () and r.commitments == ()


def test_a_session_of_a_unions_heads_of_state_is_a_summit():
    # "В Душанбе состоялось заседание глав государств СНГ" (vedomosti.ru/politics/articles/2025/10/10/…)
    r = read("В Душанбе состоялось заседание глав государств СНГ. Участники обсудили торговлю.")
    assert "summit" in {e.kind for e in r.events}


def test_a_name_after_a_capitalised_title_is_a_person_and_a_state_after_it_is_none():
    # "Президент Сердар Бердымухамедов встретился с Президентом Реджепом Тайипом Эрдоганом" (turkmenistanlive.com/
    # 2022/12/14/…)
    r = read("Президент Сердар Бердымухамедов встретился с Президентом Реджепом Тайипом Эрдоганом. Собеседники "
             "обозначили энергетику приоритетом.")
    assert [e.name for e in r.entities if e.kind == "person"] == ["Сердар Бердымухамедов", "Реджеп Тайип Эрдоган"]
    assert {q.speaker_name for q in r.quotes} == {"Сердар Бердымухамедов", "Реджеп Тайип Эрдоган"}
    r = read("Указом Президента Российской Федерации утверждена программа.")
    assert [e.name for e in r.entities if e.kind == "person"] == []


def test_a_participants_promise_is_a_plan_but_a_promise_of_someone_else_is_none():
    # "Президент России пообещал лидерам стран проинформировать о встрече с Дональдом Трампом на Аляске"
    # (vedomosti.ru/politics/articles/2025/10/10/…); the event's partner met in the topic binds nothing
    r = read("В Душанбе состоялось заседание глав государств СНГ с участием Владимира Путина и Касым-Жомарта Токаева. "
             "Президент России пообещал коллегам проинформировать их о встрече с Дональдом Трампом.")
    assert [(c.kind, c.parties) for c in r.commitments] == [("plan", ("RU",))]
    r = read("Владимир Путин и Александр Лукашенко провели переговоры. Путин напомнил, что бывший лидер соседней "
             "страны Иван Петренко пообещал войну прекратить.")
    assert r.commitments == ()


def test_an_attribution_that_says_it_again_is_no_words_and_a_subtitle_names_no_kind_before_the_body():
    # "Мишустин … заявил о том, что … . Он заявил об этом 3 ноября на встрече с …" (5-tv.ru/news/5043951/…);
    # "Путин встретился с Эрдоганом …" ¶ "Беседа проходит в закрытом режиме" ¶ "… проводят двустороннюю встречу"
    # (tass.ru/politika/25895571)
    r = read("Премьер-министр России Михаил Мишустин заявил, что отношения с Китаем развиваются. Он заявил об этом на "
             "встрече с премьером Госсовета КНР Ли Цяном.")
    assert [q.text[:22] for q in r.quotes] == ["Премьер-министр России"]
    r = read("Путин встретился с Эрдоганом на полях форума\n\nБеседа проходит в закрытом режиме\n\nАШХАБАД, 12 декабря. "
             "/ТАСС/. Владимир Путин и Реджеп Тайип Эрдоган проводят двустороннюю встречу в Ашхабаде.")
    assert [e.kind for e in r.events] == ["meeting"]
