"""Commitment constructions met in the field's news copy (round 12 of the blind audit, docs/quality.md). Every
sentence is ours; the comment names the page where the construction was seen."""
import readout

D = "2025-10-21"


def _commitments(text, date=D):
    return [(c.kind, c.text, c.parties) for c in readout.read(text, date=date).commitments]


def test_a_participial_phrase_between_subject_and_verb_keeps_the_subject():
    # akipress.org: "Договоренности, достигнутые во время московской встречи, уже реализуются"
    got = _commitments("Садыр Жапаров провел переговоры с Владимиром Путиным. Решения, принятые на прошлой встрече "
                       "в Москве, уже реализуются.")
    assert [(k, t) for k, t, _ in got] == [("in_progress", "Решения, принятые на прошлой встрече в Москве, уже "
                                                           "реализуются")]


def test_two_states_doing_something_now_is_work_under_way_a_state_of_affairs_is_not():
    # pnp.ru: "Россия и Китай усиливают экономическое сотрудничество, запускают совместные инвестиционные проекты"
    got = _commitments("Казахстан и Китай расширяют железнодорожные перевозки, строят новые логистические центры, "
                       "сообщил министр.")
    assert [(k, t[:30], p) for k, t, p in got] == [
        ("in_progress", "Казахстан и Китай расширяют же", ("KZ", "CN")),
        ("in_progress", "строят новые логистические цен", ("KZ", "CN"))]
    assert _commitments("Казахстан и Китай являются давними партнерами.") == []
    assert _commitments("Иран и Россия внимательно следят за ситуацией в регионе.") == []


def test_a_first_person_future_with_a_number_is_a_plan_a_bare_one_is_not():
    # sputniknews.uz: "Продолжая работу в таком темпе, вскоре доведем объем товарооборота до 500 миллионов долларов"
    got = _commitments("«Работая так и дальше, в ближайшие годы доведем товарооборот до одного миллиарда долларов», "
                       "– сказал Эмомали Рахмон.")
    assert [(k, t[:37]) for k, t, _ in got] == [("plan", "в ближайшие годы доведем товарооборот")]
    assert _commitments("«Сегодня мы обсудим все эти вопросы», – сказал Эмомали Рахмон.") == []


def test_a_reason_a_headline_question_and_a_purpose_clause():
    # ostro.org: "…, поскольку Украина продолжает противостоять атакам"; odessa-life: headline "О чем договорились
    # Путин и Порошенко в Минске"; jauns.lv: "Будем работать над тем, чтобы инвестиции США в Латвии росли"
    assert _commitments("Министры обсудили энергетическую помощь, поскольку страна продолжает восстанавливать "
                        "сети.") == []
    assert _commitments("О чем договорились президенты в Ташкенте") == []
    got = _commitments("«Будем работать над тем, чтобы торговля росла быстрее», – сказала Эвика Силиня.")
    assert [(k, t) for k, t, _ in got] == [("plan", "Будем работать над тем, чтобы торговля росла быстрее")]


def test_round_14_a_relative_subject_a_relation_and_a_memory():
    # nsn.fm: "мэр столицы Сергей Собянин, который подписал соответствующие соглашения"; turan.az: "Беларусь и
    # Азербайджан укрепляют двусторонние связи"; cursorinfo.co.il: "и мы всегда будем помнить об этом"
    got = _commitments("Об этом заявил губернатор Андрей Травников, который подписал соглашение о сотрудничестве.")
    assert [(k, t) for k, t, _ in got] == [("signed", "который подписал соглашение о сотрудничестве")]
    assert _commitments("Документ, который подписали в прошлом году, важен.") == []
    assert _commitments("Беларусь и Азербайджан укрепляют двусторонние связи.") == []
    assert _commitments("«Вы наш друг, и мы всегда будем помнить об этом», – сказал Ицхак Герцог.") == []


def test_documents_listed_after_one_signing_are_one_commitment_each_of_the_same_parties():
    # a news agency (round 13): "стороны подписали меморандумы о создании совета, соглашение о сотрудничестве в
    # сельскохозяйственной сфере, соглашение о взаимодействии между телекомпаниями"; mid.ru: "…, план консультаций"
    got = _commitments("Президенты Казахстана и Кыргызстана подписали меморандум о создании совета, соглашение о "
                       "сотрудничестве в сельском хозяйстве, а также план консультаций министерств.")
    assert [(k, t, p) for k, t, p in got] == [
        ("signed", "Президенты Казахстана и Кыргызстана подписали меморандум о создании совета", ("KZ", "KG")),
        ("signed", "соглашение о сотрудничестве в сельском хозяйстве", ("KZ", "KG")),
        ("signed", "а также план консультаций министерств", ("KZ", "KG"))]


def test_possibilities_indirect_questions_and_purposes_are_no_commitments_and_a_meeting_to_come_is_planned():
    # 1prime.ru: "могут быть решены и в ходе данной встречи"; obozrevatel.com: "какие встречи запланированы";
    # belta.by: "чтобы договорились сами делегации"; mir24.tv: "На встрече главы … ведомств обсудят вопросы"
    assert _commitments("Эти вопросы могут быть решены в ходе встречи.") == []
    assert _commitments("Министр рассказал, какие встречи запланированы на неделю.") == []
    assert _commitments("Минск предлагает площадку, чтобы договорились сами делегации.") == []
    r = readout.read("На встрече главы внешнеполитических ведомств обсудят вопросы двусторонних отношений.", date=D)
    assert [(e.kind, e.status) for e in r.events] == [("meeting", "planned")]
