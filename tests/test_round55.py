"""Constructions of the blind round 55 (docs/quality.md): the head of a body named by that body, a state's long
form after a title, "цитирует X", a first-person statement "говорится в заявлении", a name label over a quote cut
off by the page's end, "руководитель" as a function noun, and two names NER ran together. Every sentence is ours;
the comment names the page where the construction was seen."""
import readout


def _speakers(text, date=None):
    return [(q.speaker_name, q.text[:25]) for q in readout.read(text, date=date).quotes]


def test_the_head_of_a_body_is_the_one_introduced_with_that_body():
    # https://eltr.kg/ru/akylbek-zhaparov-i-posol-ssha-v-kyrgyzstane-obsudili-aktualnye-voprosy-dvustoronnego-
    # sotrudnichestva/: "Председатель Кабинета Министров … Акылбек Жапаров принял … Посла … Лесли Вигери … Глава
    # Кабинета Министров акцентировал, что «…»"
    text = ("Председатель Кабинета Министров Кыргызской Республики Акылбек Жапаров принял Посла Японии Кэйсукэ "
            "Фурукаву.\n\nВ ходе встречи стороны подчеркнули рост торговли.\n\nГлава Кабинета Министров подчеркнул, что «Кыргызстан заинтересован в новых проектах».")
    assert [s for s, t in _speakers(text) if t.startswith("Кыргызстан")] == ["Акылбек Жапаров"]


def test_a_title_over_a_states_long_form_belongs_to_that_state():
    # https://365info.kz/2017/06/nazarbaev-vstretilsya-s-glavoj-mid-irana: undated; "министром иностранных дел
    # Исламской Республики Иран Мохаммадом Джавадом Зарифом … министр иностранных дел выразил признательность"
    text = ("Президент Казахстана провел встречу с министром иностранных дел Исламской Республики Иран Мохаммадом "
            "Джавадом Зарифом.\n\nВ свою очередь, министр иностранных дел выразил признательность за теплый прием.")
    record = readout.read(text)
    assert [q.speaker_name for q in record.quotes] == ["Мохаммад Джавад Зариф"]
    assert {e.name: e.country for e in record.entities if e.kind == "person"}["Мохаммад Джавад Зариф"] == "IR"


def test_the_one_quoted_speaks_not_the_service_that_quotes_him():
    # https://365info.kz/2017/06/nazarbaev-vstretilsya-s-glavoj-mid-irana: "«Я глубоко озабочен …», — цитирует
    # Нурсултана Назарбаева пресс-служба Акорды."
    text = ("Нурсултан Назарбаев принял министра.\n\n«Я надеюсь на скорое взаимопонимание в регионе», — цитирует "
            "Нурсултана Назарбаева пресс-служба Акорды.")
    assert [s for s, _ in _speakers(text)] == ["Нурсултан Назарбаев"]
    # a title in the object: "— цитирует Президента его пресс-служба" (belnovosti.by, round 56)
    text = ("Александр Лукашенко встретился с губернатором области.\n\n«Мы обязательно добьемся этой цели», — "
            "цитирует Президента его пресс-служба.")
    assert [s for s, _ in _speakers(text, "2025-12-09")] == ["Александр Лукашенко"]


def test_a_statement_in_the_first_person_is_its_senders():
    # https://armlife.am/ru/ (Pashinyan's congratulation, round 55): "«Убежден, что правительства …», — говорится в
    # заявлении."
    text = ("Премьер-министр Армении Никол Пашинян поздравил президента Ирана с избранием. Об этом сообщает "
            "пресс-служба правительства Армении.\n\n«Уверен, что наши правительства продолжат совместную работу», — "
            "говорится в заявлении.")
    assert ("Никол Пашинян", "Уверен, что наши правител") in _speakers(text)
    # a release in no one's voice stays the service's
    text = ("Премьер-министр Армении Никол Пашинян поздравил президента Ирана с избранием. Об этом сообщает "
            "пресс-служба правительства Армении.\n\n«Стороны обсудили торговлю и транспорт», — говорится в "
            "заявлении.")
    assert "Никол Пашинян" not in [s for s, t in _speakers(text) if t.startswith("Стороны")]


def test_a_name_label_over_a_quote_cut_off_by_the_page():
    # https://news.by/news/politika/minsk-i-murmansk-dogovorilis-o-razvitii-sotrudnichestva-v-nauke-i-promyshlennosti
    text = ("Губернатор области встретился с мэром Минска Владимиром Кухаревым.\n\n"
            "Владимир Кухарев, председатель Мингорисполкома:\n\n"
            "\"Мы обсудили вопросы образования и строительства. И сегодня мы")
    assert [s for s, _ in _speakers(text)] == ["Владимир Кухарев"]


def test_the_head_of_a_republic_named_by_his_function():
    # https://bash.news/news/260535-radii-xabirov-provel-vstrecu-s-delegaciei-iz-tadzikistana: "… в присутствии глав
    # двух стран Владимира Путина и Эмомали Рахмона Радий Хабиров подписал соглашение … руководитель республики
    # отметил, что …"
    text = ("В прошлом году в присутствии президентов Владимира Путина и Эмомали Рахмона Радий Хабиров подписал "
            "соглашение о промышленном парке.\n\nВ беседе с послом руководитель республики отметил, что "
            "Таджикистан остается близким партнером.")
    record = readout.read(text)
    assert [q.speaker_name for q in record.quotes] == ["Радий Хабиров"]
    assert {"Эмомали Рахмон", "Радий Хабиров"} <= {e.name for e in record.entities if e.kind == "person"}
