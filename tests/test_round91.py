"""Round 91 of the blind audit (docs/quality.md): own-words sentences after the pages named in the comments."""
from readout import read


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:12], q.speaker_name) for q in read(text).quotes if q.direct]


def test_words_a_press_service_gives_as_someone_elses_are_his():
    # verelq.am (an Armenian minister receives the Iranian ambassador): '"…", - приводит слова Зохури пресс-служба
    # министерства.' https://verelq.am/ru/node/97215
    text = ("Министр Гнел Саносян принял посла Ирана Аббаса Зохури.\n\n"
            '"Иранские компании готовы участвовать в проектах области", - приводит слова Зохури пресс-служба '
            "министерства.")
    assert _direct(text) == [("Иранские ком", "Аббас Зохури")]
    # rg.ru (Lavrov in Washington): '"…, - передает РИА Новости заявление Лаврова на пресс-конференции. - …"'
    # https://rg.ru/amp/2017/05/10/lavrov-nashi-strany-dolzhny-vmeste-pomogat-reshat-kliuchevye-problemy.html
    text = ("Министр иностранных дел России Сергей Лавров провел переговоры в Вашингтоне.\n\n"
            '"Говорили о ситуации в Сирии, - передает ТАСС заявление Лаврова после встречи. - Позиции сторон '
            'во многом совпадают".')
    assert _direct(text) == [("Говорили о с", "Сергей Лавров"), ("Позиции стор", "Сергей Лавров")]
    # without a noun that names the words, the agency is only the source: no speaker is made up
    text = 'Министр провел переговоры.\n\n"Позиции сторон во многом совпадают", - передает корреспондент ТАСС.'
    assert _direct(text) == []


def test_a_quote_never_closed_ends_where_the_narration_speaks_of_its_speaker_again():
    # verelq.am: '"Строительство дороги … близится к завершению, продолжается строительство участка … . Министр
    # также подчеркнул значение …' (the page never closes the mark) https://verelq.am/ru/node/97215
    text = ("Министр Гнел Саносян рассказал о дорожных работах.\n\n"
            '"Строительство моста близится к завершению, продолжается строительство участка дороги на юг. '
            "Министр также подчеркнул значение новых трасс для туризма.")
    r = read(text)
    direct = [q for q in r.quotes if q.direct]
    assert [q.text for q in direct] == [
        "Строительство моста близится к завершению, продолжается строительство участка дороги на юг."]
    assert any(not q.direct and q.text.startswith("Министр также") for q in r.quotes)
    assert [c.kind for c in r.commitments] == ["in_progress"]


def test_work_that_goes_on_told_by_continuing_or_going_nouns():
    # kopejsk-gid.ru (the Chelyabinsk governor in Astana): "В Челябинской области идет реконструкция автодороги до
    # границы с Казахстаном" — Russia's work; the state beyond the border is a landmark
    # https://kopejsk-gid.ru/news/region/v-astane-sostoyalas-vstrecha-gubernatora-chelyabinskoy-oblasti-alekseya-tekslera-s-akimom-kostanayskoy-oblasti-kazahstana-kumarom-aksakalovym.htm
    text = ("Губернатор Челябинской области встретился с акимом Костанайской области. "
            "В Челябинской области идет реконструкция трассы до границы с Казахстаном.")
    c = read(text).commitments
    assert [(x.kind, x.parties) for x in c] == [("in_progress", ("RU",))]
    text = "Министр сообщил, что продолжается реконструкция моста через реку."
    assert [x.kind for x in read(text).commitments] == ["in_progress"]
    assert read("В прошлом году продолжалось строительство моста.").commitments == ()


def test_the_one_asked_answers_and_the_askers_do_not_speak():
    # tengrinews.kz (the Kazakh foreign minister's press conference): "журналисты спросили главу внешнеполитического
    # ведомства нашей страны: "…?"" then a paragraph of his answer in marks, cut off by the excerpt
    # https://th-izi-1-de-nocdn.izirocks.org/kazakhstan_news/prezidenta-ukrainy-zdut-v-kazaxstane-vo-vtoroi-polovine-goda-275389
    text = ("Министр иностранных дел Казахстана Ерлан Идрисов провел пресс-конференцию в Астане. Журналисты "
            'спросили министра: "Состоится ли визит президента Украины в этом году?".\n\n'
            '"Глава нашего государства пригласил президента Украины в Астану. Сроки визита мы пока обсуждаем')
    assert _direct(text) == [("Глава нашего", "Ерлан Идрисов")]


def test_the_text_of_a_release_named_before_speaks():
    # kapital.kz (the Nazarbayev–Putin call): "…, сообщила пресс-служба Акорды. «…», — указывается в тексте."
    # https://kapital.kz/gosudarstvo/70855/prezidenty-kazakhstana-i-rossii-vstretyatsya-12-avgusta.html
    text = ("Нурсултан Назарбаев провел телефонный разговор с Владимиром Путиным, сообщила пресс-служба Акорды.\n\n"
            "«Главы государств обсудили вопросы торгового сотрудничества», — указывается в тексте.")
    assert _direct(text) == [("Главы госуда", "пресс-служба Акорды")]


def test_a_bare_title_after_a_quote_is_not_someone_the_quote_names():
    # 24.kg (Atambayev's press conference): "«… Я провел переговоры и с Владимиром Путиным …», - пояснил
    # президент." and "«…», - посоветовал Алмазбек Атамбаев."
    # https://24.kg/vlast/40847_prezident_kyirgyizstana_vsego_ya_vam_ne_rasskaju_est_ponyatie_gostaynyi
    text = ("Президент Кыргызстана Алмазбек Атамбаев провел пресс-конференцию.\n\n"
            "«Я обсуждал этот вопрос и с Владимиром Путиным, и с Ангелой Меркель», - пояснил президент.\n\n"
            "«Не ищите во всем подвох», - посоветовал Алмазбек Атамбаев.")
    assert _direct(text) == [("Я обсуждал э", "Алмазбек Атамбаев"), ("Не ищите во ", "Алмазбек Атамбаев")]


def test_reported_speech_of_a_bare_verb_a_confession_and_a_clause_before_a_colon():
    # belnovosti.by (Lukashenko and the Uzbek ambassador): "Лукашенко признался, что …", "И добавил, что его коллега
    # …"; "Своим другом он считает …" holds someone for a friend and says nothing
    # https://belnovosti.by/politika/i-eto-ne-putin-lukashenko-rasskazal-o-svoem-druge-kotorogo-lyudi-budut-bogotvorit
    text = ("Александр Лукашенко встретился с послом Узбекистана. Своим другом он считает и президента Узбекистана. "
            "Лукашенко признался, что ценит эти отношения. И добавил, что его коллега ведет большую работу.")
    said = [(q.text[:12], q.speaker_name) for q in read(text).quotes if not q.direct]
    assert said == [("Лукашенко пр", "Александр Лукашенко"), ("И добавил, ч", "Александр Лукашенко")]
    # an impersonal "Отмечалось, что …" is nobody's (turan.az, GUIDELINES)
    assert read("Джейхун Байрамов провел переговоры. Отмечалось, что стороны близки к миру.").quotes == ()
    # irzs.ru (the Irkutsk speaker and the Mongolian consul): "Она отметила, что Россию и Монголию связывают …
    # отношения: «…»" is reported speech up to the colon, and the quote after it
    # http://www.irzs.ru/events/news/detail.php?ID=5269
    text = ("Людмила Берлина встретилась с консулом. Она отметила, что регионы связывают давние связи: «Мы хорошо "
            "знаем друг друга и вместе смотрим в будущее».")
    quotes = read(text).quotes
    assert [(q.direct, q.text[-12:]) for q in quotes] == [(False, "давние связи"), (True, "им в будущее")]


def test_the_view_of_one_side_is_its_participants():
    # vesti.kg (Otunbayeva and Clinton): "По мнению кыргызской стороны, … следует разделить взлетные полосы …"
    # https://vesti.kg/component/k2/item/7401-roza-otunbaeva-i-hillari-klinton-obsudili-voprosyi-dvustoronnego-sotrudnichestva.html
    text = ("Президент Кыргызстана Роза Отунбаева встретилась с госсекретарем США Хиллари Клинтон. По мнению "
            "кыргызской стороны, новый терминал аэропорта нужно построить быстрее.")
    assert [(q.text[:9], q.speaker_name) for q in read(text).quotes] == [("По мнению", "Роза Отунбаева")]


def _persons(text: str) -> list[str]:
    return sorted(e.name for e in read(text).entities if e.kind == "person")


def test_a_name_after_a_title_in_the_instrumental_is_put_in_the_nominative():
    # md.sputniknews.ru (the Moldovan and Italian agriculture ministers): "встретился в Вероне с министром сельского
    # хозяйства Италии Франческо Лоллобриджидой" https://md.sputniknews.ru/amp/20240414/glava-minselkhoza-obsudil-v-italii-voprosy-rasshireniya-sotrudnichestva-60358387.html
    text = "Министр Владимир Боля встретился в Вероне с министром культуры Италии Джузеппе Гарибальдой."
    assert "Джузеппе Гарибальда" in _persons(text)


def test_two_surnames_joined_by_a_hyphen_are_two_people_when_one_holds_an_office():
    # turan.az (Lavrov and Mammadyarov in Moscow): "Новые детали встречи Лавров-Мамедьяров"
    # https://turan.az/ru/politika/novye-detali-vstreci-lavrov-mamediarov
    assert _persons("Итоги встречи Лавров-Мамедьяров.\n\nМинистры обсудили Каспий.") == ["Мамедьяров", "Сергей Лавров"]
    assert _persons("Композитор Николай Римский-Корсаков написал оперу.") == ["Николай Римский-Корсаков"]
