"""Rounds 83–84 of the blind audit (docs/quality.md): own-words sentences after the pages named in the comments."""
from readout import read


def _kinds(text: str) -> list[str]:
    return sorted(e.kind for e in read(text).events if e.status == "held")


def test_the_body_names_the_occasion_not_a_headlines_shorthand():
    # news.by (Lukashenko and a US envoy): the headline "встретился", the lead "провел переговоры" — talks
    # https://news.by/news/prezident/11-sentyabrya-aleksandr-lukashenko-vstretilsya-s-predstavitelem-prezidenta-ssha-dzhonom-koulom
    text = ("Президент встретился с посланником США\n\n"
            "Президент Беларуси Александр Лукашенко провел переговоры в Минске с посланником США Джоном Смитом. "
            "В начале встречи стороны обменялись приветствиями.")
    assert _kinds(text) == ["talks"]
    # with no headline, the first name stays: "встреча" before "переговоры"
    text = ("Александр Лукашенко встретился в Минске с посланником США Джоном Смитом. "
            "Переговоры продолжились в расширенном составе.")
    assert _kinds(text) == ["meeting"]


def test_a_welcome_ceremony_is_no_name_of_the_occasion():
    # the visible field set, field-21 (akorda.kz): "По завершении торжественной церемонии официальной встречи …"
    text = ("Глава государства провел переговоры с Президентом Кыргызстана\n\n"
            "По завершении церемонии официальной встречи лидеры двух стран побеседовали в узком формате.")
    assert "meeting" not in _kinds(text)


def test_a_greeting_is_its_senders_though_the_one_greeted_is_named_last():
    # news.by (Lukashenko greets the President of Laos): "… поздравил Президента Лаосской Народно-Демократической
    # Республики Тхонглуна Сисулита … «…», – говорится в поздравлении."
    # https://news.by/news/prezident/lukashenko-pozdravil-prezidenta-laosa-s-dnem-rozhdeniya
    text = ("Президент Беларуси Александр Лукашенко поздравил Президента Лаосской Народно-Демократической Республики "
            "Тхонглуна Сисулита с днем рождения.\n\n"
            "\"Вас знают как мудрого руководителя, который многое сделал для своей страны\", - говорится в "
            "поздравлении.\n\n"
            "Александр Лукашенко отметил, что с теплотой вспоминает встречу с Тхонглуном Сисулитом в Казани.")
    r = read(text)
    assert [q.speaker_name for q in r.quotes if q.direct] == ["Александр Лукашенко"]
    assert _kinds(text) == ["message"]  # the greeting sent; the meeting recalled is none of this text's
