"""Constructions of the blind rounds 50 and 51 (docs/quality.md): a full stop glued to the next sentence, an embassy
as the source of quoted words, documents planned for signing, a subject after its verb that names the states in
a chain of genitives. Every sentence is ours; the comment names the page where the construction was seen."""
import readout


def test_a_full_stop_glued_to_the_next_sentence_still_ends_a_sentence():
    # https://aze.az/news_parlamentarii_azerbaydzha_27032.html: "… находятся в оккупации.Азербайджанские и турецкие
    # депутаты решили встречаться чаще"
    record = readout.read("Депутаты заявили, что протоколы не будут ратифицированы, пока земли Азербайджана в "
                          "оккупации.Азербайджанские и турецкие депутаты решили встречаться два раза в год.",
                          date="2010-03-27")
    assert [(c.text[:24], c.parties) for c in record.commitments] == [("Азербайджанские и турецк", ("AZ", "TR"))]


def test_an_embassy_is_the_source_of_its_quoted_words():
    # https://report.az/ru/vneshnyaya-politika/posolstvo-ssha-memorandum-mezhdu-baku-i-vashingtonom-nachalo-novogo-etapa-dvustoronnego-sotrudnichestva/
    record = readout.read('"Этот шаг укрепит экономические связи двух стран", - отметили в посольстве.',
                          date="2025-08-27")
    assert [(q.direct, q.speaker_name) for q in record.quotes] == [(True, "посольство")]


def test_documents_planned_for_signing_are_no_signing_held():
    # https://prosud.kz/v-mire/1018326-...: "утверждены проекты документов, планируемых к подписанию в рамках …"
    record = readout.read("Министры утвердили проекты документов, планируемых к подписанию на саммите.",
                          date="2024-09-05")
    assert ("signing", "held") not in {(e.kind, e.status) for e in record.events}


def test_a_subject_after_its_verb_binds_the_states_of_its_genitives():
    # https://news.by/news/prezident/perspektivy-sotrudnichestva-s-afrikoy-i-uzbekistanom-chto-9-marta-obsuzhdali-vo-dvortse-nezavisimosti
    record = readout.read("Глава государства обсудил с послом итоги года.\n\nОжидаются визиты в Беларусь лидеров "
                          "Узбекистана и Ганы.", date="2026-03-09")
    assert {"UZ", "GH"} <= set(record.commitments[0].parties)


def test_common_abbreviations_of_states():
    # https://sport-interfax.ru/IceHockey2021/422498 (an Interfax mirror): "переговоры … и канцлера ФРГ"
    for text, code in [("Путин провел переговоры с канцлером ФРГ.", "DE"), ("Президент ЮАР прибыл в Москву.", "ZA"),
                       ("Посол Святого Престола вручил верительные грамоты.", "VA")]:
        assert code in [e.country for e in readout.read(text).entities if e.kind == "country"], text


def test_working_on_something_together_is_work_under_way():
    # https://saylav.gov.tm/ru/news/616: "Туркменистан и Кыргызская Республика работают над укреплением стабильности"
    record = readout.read("Туркменистан и Кыргызская Республика работают над укреплением стабильности в регионе.",
                          date="2025-04-23")
    assert [(c.kind, set(c.parties)) for c in record.commitments] == [("in_progress", {"TM", "KG"})]
