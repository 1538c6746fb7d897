"""Constructions of the blind round 26 (docs/quality.md): a title whose state follows its body ("премьер-министр
Госсовета КНР"), a partner named with an undeclined surname, first-person words before "Об этом заявил X", and a
village named like an adjective. Every sentence is ours; the comment names the page where the construction was
seen."""
import readout


def _quotes(text):
    return [(q.direct, q.speaker_name, q.text[:24]) for q in readout.read(text).quotes]


def test_a_title_whose_state_follows_its_body_names_that_states_holder():
    # https://1tv.ge/lang/ru/news/li-cjan-my-vysoko-cenim-vashi-usilija-po-razvitiju-otnoshenij-gruzii-i-kitaja/:
    # "…», — заявил премьер-министр Госсовета КНР" after the Georgian premier was named last
    got = _quotes("«Мы ценим вашу работу», — сказал премьер-министр Госсовета КНР Ли Цян на встрече с "
                  "премьер-министром Грузии Ираклием Кобахидзе.\n\n«Китай готов к сотрудничеству», — добавил "
                  "премьер-министр Госсовета КНР.")
    assert [s for _, s, _ in got] == ["Ли Цян", "Ли Цян"]


def test_po_ego_slovam_after_a_meeting_with_a_partner_is_the_speaker_not_the_partner():
    # the same page: "По его словам, Китай готов …" after "— заявил … Ли Цян на встрече с … Ираклием Гарибашвили"
    got = _quotes("«Мы ценим вашу работу», — заявил премьер-министр Госсовета КНР Ли Цян на встрече с "
                  "премьер-министром Грузии Ираклием Кобахидзе.\n\nПо его словам, Китай готов расширять торговлю.")
    assert [(d, s) for d, s, _ in got] == [(True, "Ли Цян"), (False, "Ли Цян")]


def test_first_person_words_before_ob_etom_zayavil_are_a_direct_quote():
    # https://1news.az/news/20260129094840577-Masud-Pezeshkian-My-budem-zashcishcatsya: "Мы считаем, что … ¶ Об этом
    # заявил президент Ирана …"
    got = _quotes("Мы считаем, что диалог лучше конфронтации. Об этом заявил президент Ирана Масуд Пезешкиан.")
    assert got == [(True, "Масуд Пезешкиан", "Мы считаем, что диалог л")]
    third = _quotes("Стороны обсудили поставки газа. Об этом заявил президент Ирана Масуд Пезешкиан.")
    assert [(d, s) for d, s, _ in third] == [(False, "Масуд Пезешкиан")]


def test_a_village_named_like_an_adjective_is_the_place():
    # https://5-tv.ru/news/45698: "начали встречу в Завидово"
    record = readout.read("Президенты России и Украины провели встречу в Завидово.")
    assert [e.place for e in record.events] == ["Завидово"]
