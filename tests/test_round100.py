"""Round 100 of the blind audit (docs/quality.md), tuned on after its blind scoring: own-words sentences after the
pages named in the comments."""
from readout import read


def _quotes(text):
    return [(q.text, q.speaker_name) for q in read(text).quotes if q.direct]


def test_an_aside_in_brackets_is_no_part_of_the_attribution():
    # zaks.ru (Lukashenko at Pulkovo): "– Приветствую генерала, – обратился президент к главе комитета (в прошлом
    # Григорьев работал …)"  https://www.zaks.ru/new/archive/view/264661
    text = ("Президент Белоруссии Александр Лукашенко прилетел в Петербург. В аэропорту его встретил глава комитета "
            "по внешним связям Евгений Григорьев.\n"
            "– Рад видеть старого друга, – сказал президент главе комитета (раньше Григорьев служил в полиции).")
    assert _quotes(text) == [("Рад видеть старого друга", "Александр Лукашенко")]


def test_a_cut_off_quote_after_a_sentence_of_saying_is_its_subjects():
    # soyuz.by (Kochanova and Matvienko): "её российская коллега Валентина Матвиенко подчеркнула важность …" ¶ "«Хорошо,
    # что …" cut off by the excerpt's end
    # https://soyuz.by/novosti-soyuznogo-gosudarstva/kochanova-i-matvienko-obsudili-voprosy-belorussko-rossiyskogo-vzaimodeystviya
    text = ("В Бишкеке встретились Наталья Кочанова и Валентина Матвиенко.\n\n"
            "«Мы ценим эти встречи», – отметила Наталья Кочанова.\n\n"
            "Её российская коллега Валентина Матвиенко подчеркнула пользу таких контактов.\n\n"
            "«Хорошо, что мы можем видеться не только во время визитов, но и на площадках")
    assert _quotes(text)[-1] == ("Хорошо, что мы можем видеться не только во время визитов, но и на площадках",
                                 "Валентина Матвиенко")


def test_a_dash_aside_without_a_verb_does_not_hide_the_attribution_after_it():
    # belta.by (Nicaragua's foreign minister in Minsk): "…, - всего того, чем мы будем заниматься и что будет нас
    # сближать, - сказал Денис Монкада Колиндрес. - И все это будет основываться на узах дружбы"
    # https://belta.by/amp/politics/view/glava-mid-nikaragua-nasha-zadacha-napolnit-konkretikoj-proekty-dvustoronnego-sotrudnichestva-567436-2023
    text = ("Министр иностранных дел Никарагуа Денис Монкада Колиндрес провел переговоры в Минске.\n\n"
            "\"Наша цель - проекты в торговле и в науке, - всего того, чем мы будем заниматься вместе, - сказал "
            "Денис Монкада Колиндрес. - И все это будет опираться на нашу дружбу")
    found = _quotes(text)
    assert [name for _, name in found] == ["Денис Монкада Колиндрес"] * 2
    assert found[1][0].startswith("И все это будет опираться")
    assert not read(text).commitments  # "чем мы будем заниматься": what they will do, named, not promised
