"""Round 94 of the blind audit (docs/quality.md): own-words sentences after the pages named in the comments."""
from readout import read


def test_a_quote_then_such_a_principle_named_by_its_speaker():
    # news.mail.ru (Lukashenko and Pezeshkian): "«Мы все делаем во благо наших народов». Такой принцип
    # белорусско-иранской дружбы обозначил Лукашенко" https://news.mail.ru/politics/67525520/
    text = "«Мы работаем ради наших граждан». Такой принцип сотрудничества обозначил Александр Лукашенко"
    assert [(q.text, q.speaker_name, q.direct) for q in read(text).quotes] == [
        ("Мы работаем ради наших граждан", "Александр Лукашенко", True)]
    assert read("Президент встретился с министром. Так, в 2024 году торговля выросла, отметил министр.").quotes == ()


def test_an_attribution_cut_off_by_the_excerpt_is_the_one_spoken_of():
    # news.mail.ru: "«Вы были и остаетесь нашими друзьями …», — сказал бел" (the page's excerpt ends there)
    text = ("Александр Лукашенко провел переговоры с Масудом Пезешкианом.\n\n"
            "«Вы были и остаетесь нашими друзьями», — сказал бел")
    assert [q.speaker_name for q in read(text).quotes if q.direct] == ["Александр Лукашенко"]


def test_a_source_clause_before_the_subject_leaves_him_the_one_spoken_of():
    # goloskavkaza.com (the Iranian ambassador and the head of Dagestan): "Как сообщает администрация главы
    # республики, посол выразил благодарность …" ¶ "«…», — сказал дипломат."
    # https://goloskavkaza.com/2024/11/01/v-irane-poblagodarili-dagestan-za-podderzhku-bezhentsev-iz-sektora-gaza
    text = ("Состоялась встреча посла Ирана Казема Джалали с главой Дагестана Сергеем Меликовым. Как сообщает "
            "администрация главы республики, посол выразил благодарность Дагестану.\n\n"
            "«Вы приняли здесь беженцев», — сказал дипломат.")
    assert {q.speaker_name for q in read(text).quotes} == {"Казем Джалали"}


def test_a_byline_and_an_agency_named_as_a_person_are_no_persons():
    # kabar.kg (the Kyrgyz foreign minister's press conference): "Бишкек, 19.01.23. /Эркеайым Таалайбекова – Кабар/."
    # and "на пресс-конференции в агентстве «Кабар»"
    # https://kabar.kg/news/zheenbek-kulubaev-prokommentiroval-vopros-kyrgyzsko-tadzhikskoi-granitcy/
    text = ("Бишкек, 19.01.23. /Айгуль Сатыбалдиева – Кабар/. «Вопрос границы решается», - заявил министр "
            "иностранных дел КР Жээнбек Кулубаев на пресс-конференции в агентстве «Кабар».\n\n"
            "«Понимание ситуации у двух сторон есть», - сказал он.")
    r = read(text)
    assert [e.name for e in r.entities if e.kind == "person"] == ["Жээнбек Кулубаев"]
    assert {q.speaker_name for q in r.quotes} == {"Жээнбек Кулубаев"}


def test_a_second_verb_of_the_sides_after_a_conjunction():
    # uzinform.com (Mirziyoyev and Hwang Kyo-ahn): "стороны обсудили …, а также высказались о необходимости …"
    # http://www.uzinform.com/ru/news/20170105/23727.html
    text = ("Президент Узбекистана Шавкат Мирзиёев провел телефонный разговор с Президентом Кореи Хван Гё Аном. "
            "Стороны обсудили развитие торговли, а также высказались о необходимости строительства Дома культуры.")
    assert len([q for q in read(text).quotes if q.text.startswith("также высказались")]) == 2
    text = ("Президенты подписали соглашение, а Таджикистан и Туркменистан сообщили, что им нужно время.")
    assert read(text).quotes == ()


def test_an_initial_and_a_surname_the_tagger_misses():
    # turkmenistanlive.com (the Turkmen ambassador in Erzurum): "Посол Туркменистана в Турецкой Республике
    # М. Ишанкулиев провел рабочую встречу …"
    # http://turkmenistanlive.com/2025/09/03/посол-туркменистана-обсудил-с-турецк
    text = "Посол Туркменистана в Турецкой Республике М. Ишанкулиев провел рабочую встречу с губернатором провинции."
    assert [e.name for e in read(text).entities if e.kind == "person"] == ["Ишанкулиев"]
