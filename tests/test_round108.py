"""Round 108 of the blind audit (docs/quality.md), scored blind at the session's start and at `bf49a23`, then
tuned on: own-words sentences after the pages named in the comments."""
from readout import read


def test_impersonal_work_after_a_sentence_whose_subject_is_one_state_is_that_states():
    # aqreqator.az: "«Азербайджан в кратчайшие сроки приступил к восстановлению освобожденных территорий. Ведутся
    # работы по восстановлению территорий, строятся автомобильные и железные дороги …», - сказал Мустафаев."
    # https://aqreqator.az/ru/ekonomika/1802199
    text = ("Вице-премьер Азербайджана Шахин Мустафаев встретился с министром Ирана Рустамом Гасеми.\n\n"
            "\"Азербайджан уже начал восстановление городов. Ведутся работы по строительству школ\", - сказал "
            "Мустафаев.")
    assert [c.parties for c in read(text).commitments] == [("AZ",)]


def test_two_persons_who_discussed_something_make_a_meeting_and_a_region_titles_its_state():
    # soyuz.by: "Губернатор Приморского края Олег Кожемяко и руководитель отделения белорусского посольства …
    # Валерий Сахно обсудили вопросы размещения …"; "«… Будем также рассматривать вопросы использования вашего
    # строительного потенциала …», – приводят слова главы Приморского края"
    # https://soyuz.by/politika/otdelenie-posolstva-belarusi-otkroyut-vo-vladivostoke-vesnoy
    text = ("Губернатор Приморского края Олег Кожемяко и консул Беларуси Валерий Сахно обсудили вопросы поставок "
            "техники.\n\n«Будем также рассматривать закупки вашей техники», – сказал Олег Кожемяко.")
    r = read(text)
    assert [e.kind for e in r.events] == ["meeting"]
    assert [c.parties for c in r.commitments] == [("RU",)]


def test_with_the_participation_of_a_state_is_a_partner():
    # bizmedia.kz: "… был подписан договор о строительстве трех тепловых электростанций в Казахстане с участием
    # России."
    # https://bizmedia.kz/2023-11-09-v-kakih-gorodah-kazahstana-postroyat-tecz-s-uchastiem-rossii
    text = ("После переговоров Касым-Жомарта Токаева и Владимира Путина был подписан договор о строительстве двух "
            "заводов в Казахстане с участием России.")
    assert [set(c.parties) for c in read(text).commitments] == [{"KZ", "RU"}]


def test_a_state_inside_a_name_in_marks_is_no_actor():
    # altairk.ru: "Сергей Левченко рассказал, что в мае планирует посетить в Новосибирске выставку
    # «Вьетнам-Экспо-Сибирь» …"
    # https://m.altairk.ru/new/policy/vietnamese_community_develop_cooperation
    text = ("Губернатор Иркутской области Сергей Левченко встретился с консулом Вьетнама. Сергей Левченко "
            "рассказал, что в мае планирует посетить выставку «Вьетнам-Экспо-Сибирь».")
    assert [c.parties for c in read(text).commitments] == [("RU",)]


def test_an_attribute_clause_stays_in_the_instruction_and_the_list_goes_on_with_its_order():
    # turkmenportal.com: "… Президент Гурбангулы Бердымухамедов поручил обсудить вопросы, связанные с подготовкой и
    # проведением в Туркменистане в нынешнем году VI саммита …, а также совместно с российскими коллегами рассмотреть
    # программу …"
    # https://turkmenportal.com/blog/44553
    text = ("Президент Туркменистана Гурбангулы Бердымухамедов поручил обсудить вопросы, связанные с подготовкой "
            "саммита в нынешнем году, а также совместно с российскими коллегами рассмотреть программу визитов.")
    assert [(c.kind, c.parties, c.text[-13:]) for c in read(text).commitments] == [
        ("instruction", ("TM",), "нынешнем году"), ("instruction", ("TM",), "рамму визитов")]


def test_a_guest_told_by_a_pronoun_before_a_verb_of_receiving_is_a_party():
    # vesti.ru: "Министр иностранных дел РФ Сергей Лавров прибыл с визитом в Никарагуа. ¶ В столице страны Манагуа
    # его примет президент Никарагуа Даниэль Ортега …"
    # https://vesti.ru/article/3312646
    text = ("Министр иностранных дел РФ Сергей Лавров прибыл с визитом в Никарагуа.\n\nВ столице страны его примет "
            "президент Никарагуа Даниэль Ортега.")
    assert [set(c.parties) for c in read(text, date="2023-04-20").commitments] == [{"NI", "RU"}]
