"""Constructions of the blind rounds 49 and 50 (docs/quality.md): a summit that frames a meeting, a "саммит" of two,
a delegation leaving for the talks, preparations for a session, and work expected or under way ("ожидается
подписание", "идет проработка", "начинает работу"). Every sentence is ours; the comment names the page where the
construction was seen."""
import readout


def _kinds(text, **kw):
    return {(e.kind, e.status) for e in readout.read(text, **kw).events}


def test_a_summit_that_frames_a_meeting_is_no_kind_of_the_text():
    # https://media.az/politika/prezident-ilham-aliev-vstretilsya-v-ashhabade-s-prezidentom-turcii-redzhepom-tayipom-erdoganom-foto
    got = _kinds("Ильхам Алиев встретился в Ашхабаде с Реджепом Тайипом Эрдоганом. Встреча прошла в рамках XV "
                 "Саммита Организации экономического сотрудничества.", date="2021-11-28")
    assert got == {("meeting", "held")}
    # a summit the text reports as such stays one
    assert ("summit", "held") in _kinds("В Астане прошел саммит глав государств Центральной Азии.", date="2024-08-09")


def test_a_summit_of_two_leaders_is_no_multilateral_summit():
    # https://news.ru/vlast/putin-ocenil-peregovory-rossii-i-indii: "Саммит двух лидеров прошел …"
    got = _kinds("Путин оценил переговоры с премьером Индии. Саммит двух лидеров прошел в конструктивной обстановке.",
                 date="2025-12-05")
    assert got == {("talks", "held")}


def test_a_delegation_leaving_for_talks_and_sides_preparing_a_session_report_no_held_event():
    # https://www.tvr.by/news/politika/kievskaya_delegatsiya_napravilas_na_peregovory_s_rossiyskoy_storonoy/
    assert ("talks", "held") not in _kinds("Киевская делегация направилась на переговоры с российской стороной.",
                                           date="2022-02-28")
    # https://inbusiness.kz/ru/last/nursultan-nazarbaev-letom-naneset-oficialnyj-vizit-v-turciy
    assert ("council", "held") not in _kinds("Стороны также готовятся к заседанию Совета стратегического "
                                             "сотрудничества.", date="2018-04-19")


def _commitments(text, **kw):
    return [(c.kind, c.text) for c in readout.read(text, **kw).commitments]


def test_work_expected_or_under_way():
    # https://vesti.ru/article/3969918: "По итогам встречи ожидается подписание пакета документов"
    assert [k for k, _ in _commitments("По итогам встречи ожидается подписание пакета документов.",
                                       date="2024-05-27")] == ["plan"]
    # https://news.by/news/prezident/perspektivy-sotrudnichestva-s-afrikoy-i-uzbekistanom-chto-9-marta-obsuzhdali-vo-dvortse-nezavisimosti
    got = _commitments("Ожидаются визиты в Беларусь лидеров Узбекистана. Сейчас идет их проработка.", date="2026-03-09")
    assert [k for k, _ in got] == ["plan", "in_progress"]
    # https://ufa-news.net/economy/2022/06/13/300714.html
    assert [k for k, _ in _commitments("При торгпредстве России в Узбекистане начинает работу офис "
                                       "представительства республики.", date="2022-06-13")] == ["in_progress"]
    # a visit expected once, told in the past, is none
    assert _commitments("Визит ожидался еще в прошлом году.", date="2022-06-13") == []
