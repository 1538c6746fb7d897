"""Constructions of the blind round 23 (docs/quality.md): a guest named after "принял", a foreign first name met in
two cases, lists of states that hang on a subject, a future continuation, and a forecast about a relation.
Every sentence is ours; the comment names the page where the construction was seen."""
import readout


def _quotes(text):
    return [(q.speaker_name, q.text) for q in readout.read(text, date="2018-04-04").quotes]


def _commitments(text):
    return [(c.kind, c.parties, c.text) for c in readout.read(text, date="2016-02-19").commitments]


def test_a_name_met_first_in_the_accusative_is_named_by_its_nominative_mention():
    # http://kaspiy.az/news.php?id=79295: "принял министра … Риада Малки. … Риад Малки отметил …"
    record = readout.read("Президент Ильхам Алиев принял министра иностранных дел Палестины Риада Малки.\n\n"
                          "Риад Малки выразил признательность Президенту за поддержку.", date="2018-04-04")
    names = [e.name for e in record.entities if e.kind == "person"]
    assert names == ["Ильхам Алиев", "Риад Малки"]
    assert [(q.speaker_name, q.text[:20]) for q in record.quotes] == [("Риад Малки", "Риад Малки выразил п")]


def test_the_guest_is_the_one_received_when_the_names_do_not_show_their_case():
    # http://kaspiy.az/news.php?id=79295: "Гость подчеркнул значение … конференции"
    got = _quotes("Президент Ильхам Алиев принял министра иностранных дел Палестины Риада Малки.\n\n"
                  "Гость подчеркнул, что конференция в Баку прошла успешно.")
    assert [(s, t[:16]) for s, t in got] == [("Риада Малки", "Гость подчеркнул")]
    host = _quotes("Ильхам Алиев принял Риада Малки.\n\nГлава государства подчеркнул, что конференция прошла успешно.")
    assert [s for s, _ in host] == ["Ильхам Алиев"]


def test_states_listed_after_the_subjects_noun_are_its_parties():
    # https://1news.az/news/20160219014743371-Glavy-MID-Azerbaidzhana-Gruzii-i-Turtsii-opredelili-mesto-sleduyushcei-vstrechi
    got = _commitments("Очередная встреча глав МИД Азербайджана, Грузии и Турции пройдет в 2017 году в Грузии.")
    assert got == [("plan", ("AZ", "GE", "TR"), "Очередная встреча глав МИД Азербайджана, Грузии и Турции пройдет "
                                                "в 2017 году в Грузии")]
    # http://turkmenistanlive.com/2025/08/23/ (Avaza): "состоится трёхсторонний саммит с участием …"
    summit = _commitments("В субботу в Туркменбаши состоится саммит с участием Туркменистана, Казахстана и "
                          "Узбекистана.")
    assert [p for _, p, _ in summit] == [("TM", "KZ", "UZ")]


def test_a_future_continuation_after_a_list_of_nouns_is_the_subjects_work_under_way():
    # https://trt.global/russian/article/8660bf18e0bb: "Турция поддерживает мир, стабильность … и будет продолжать"
    got = _commitments("Эрдоган сказал, что Турция поддерживает диалог, безопасность и процветание на Кавказе и "
                       "будет продолжать содействовать этому процессу.")
    assert [(k, p) for k, p, _ in got] == [("in_progress", ("TR",))]
    assert "Турция поддерживает диалог, безопасность и процветание на Кавказе и будет продолжать" in got[0][2]


def test_a_forecast_about_a_relation_between_states_binds_none():
    # https://vesti.az (round 23): "Установление отношений между Азербайджаном и Арменией внесет вклад …"
    assert _commitments("Нормализация отношений между Арменией и Турцией внесет вклад в стабильность региона.") == []
    assert [p for _, p, _ in _commitments("Армения и Турция будут развивать торговлю.")] == [("AM", "TR")]
