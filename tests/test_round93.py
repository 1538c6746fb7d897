"""Round 93 of the blind audit (docs/quality.md): own-words sentences after the pages named in the comments."""
from readout import read


def test_one_act_on_one_object_stays_one_agreement():
    # velikie-luki-gid.ru (the Pskov governor and the Kazakh ambassador): "договорились о развитии и укреплении
    # двухстороннего сотрудничества" https://velikie-luki-gid.ru/news/region/gubernator-mihail-vedernikov-i-posol-kazahstana-v-rossii-dauren-abaev-dogovorilis-o-razvitii-i-ukreplenii-dvuhstoronnego-sotrudnichestva.htm
    text = "Губернатор области и посол Казахстана договорились о расширении и углублении торговых связей."
    assert len(read(text).commitments) == 1
    text = "Стороны договорились о создании рабочей группы и проведении совместной выставки."
    assert len(read(text).commitments) == 2


def test_a_title_repeated_word_for_word_is_the_one_it_named():
    # tatarstan.ru (Minnikhanov and Mirziyoyev): "встреча Президента Республики Татарстан Рустама Минниханова с
    # Президентом Республики Узбекистан …", then "Президент Республики Татарстан выразил признательность …"
    # https://tatarstan.ru/index.htm/news/2067951.htm
    text = ("Состоялась встреча Президента Республики Татарстан Рустама Минниханова с Президентом Республики "
            "Узбекистан Шавкатом Мирзиёевым. Президент Республики Татарстан выразил признательность за внимание "
            "к сотрудничеству.")
    assert [q.speaker_name for q in read(text).quotes] == ["Рустам Минниханов"]


def test_a_quote_signed_by_a_name_after_it():
    # zakon.kz (the Tokayev–Putin call): '"После этого я проинформировал …". Дональд Трамп'
    # https://www.zakon.kz/politika/6486717-putin-rasskazal-tokaevu-o-peregovorakh-so-spetsposlannikom-trampa.html
    text = ("Ранее Дональд Трамп говорил о переговорах.\n\n"
            '"Я обсудил это с союзниками, и все согласны, что нужен мир". Дональд Трамп')
    assert [(q.text[:9], q.speaker_name) for q in read(text).quotes if q.direct] == [("Я обсудил", "Дональд Трамп")]


def test_a_subtitle_the_body_tells_again_is_no_report_of_its_own():
    # baursak-news.com (the Nazarbayev–Lukashenko call): the subtitle "Собеседники дали высокую оценку динамике …"
    # over the body's "Политики дали высокую оценку динамике …"
    # https://baursak-news.com/politika/item/5249-nursultan-nazarbaev-i-aleksandr-lukashenko-obsudili-mezhdunarodnuyu-obstanovku
    text = ("Назарбаев и Лукашенко обсудили сотрудничество\n\n"
            "Собеседники высоко оценили развитие казахстанско-белорусской торговли.\n\n"
            "Нурсултан Назарбаев провел телефонный разговор с Александром Лукашенко.\n\n"
            "Политики высоко оценили развитие казахстанско-белорусской торговли и промышленной кооперации.")
    said = {q.text[:9] for q in read(text).quotes}
    assert said == {"Политики "}


def test_a_release_an_agency_relays_from_a_site_is_the_sites():
    # baursak-news.com: "…, сообщает Vecher.kz со ссылкой на Elbasy.kz. … «…», – говорится в сообщении."
    text = ("Нурсултан Назарбаев провел телефонный разговор с Александром Лукашенко, сообщает Vecher.kz со ссылкой "
            "на Elbasy.kz.\n\n«Стороны обменялись мнениями о мерах правительств», – говорится в сообщении.")
    assert [q.speaker_name for q in read(text).quotes if q.direct] == ["Elbasy"]


def test_a_paragraph_in_marks_told_by_the_next_is_a_direct_quote():
    # ona.az (Gafarova on the Milli Majlis): "«Международная деятельность … и после нее»." ¶ "Как сообщает АПА, об
    # этом … сказала председатель парламента Сахиба Гафарова."
    # https://ona.az/ru/politika/sakhiba-gafarova-ya-prizvala-parlament-irana-priznat-khodzhalinskij-genocid-24978
    text = ("«Работа парламента продолжалась и во время каникул».\n\nОб этом сказала председатель парламента "
            "Сахиба Гафарова.")
    q = read(text).quotes
    assert [(x.text, x.direct) for x in q] == [("Работа парламента продолжалась и во время каникул", True)]
    assert read("Крупнейшим событием в плане связей был визит делегации.").commitments == ()


def test_the_participants_note_and_the_work_that_will_go_on():
    # turkmenistan.ru (Berdimuhamedov and Kamilov): "Как отметили собеседники, сотрудничество в этом направлении
    # будет продолжено" http://www.turkmenistan.ru/ru/articles/45433.html
    text = ("Президент Гурбангулы Бердымухамедов принял министра иностранных дел Узбекистана Абдулазиза Камилова. "
            "Как отметили собеседники, сотрудничество в этой сфере будет продолжено.")
    r = read(text)
    assert sorted(q.speaker_name for q in r.quotes) == ["Абдулазиз Камилов", "Гурбангулы Бердымухамедов"]
    assert [c.kind for c in r.commitments] == ["in_progress"]


def test_work_under_way_and_a_plan_despite_a_participle_of_the_past():
    # news.mail.ru (the Kaliningrad–Belarus council): "Белорусская сторона также выполняет договоренности о поставках
    # цемента" https://news.mail.ru/politics/68134541/ ; gov.kg (Baisalov and TIKA): "в рамках вашего визита
    # ожидается запуск социально направленных проектов"
    # https://www.gov.kg/ru/post/s/24209-minkab-toragasynyn-orun-basary-edil-baisalov-tika-prezidenti-serkan-kayalar-menen-zoluktu
    r = read("Губернатор встретился с министром Беларуси. Белорусская сторона выполняет договоренности о поставках "
             "щебня.")
    assert [c.kind for c in r.commitments] == ["in_progress"]
    r = read("В ходе встречи ожидается запуск социально направленных проектов.")
    assert [c.kind for c in r.commitments] == ["plan"]
