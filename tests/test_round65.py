"""Constructions of the blind round 65 (docs/quality.md): a name label with a colon and a dash, a function noun
with a named body ("Спикер Госдумы"), short titles ("зампред кабмина"), "довел до … оценку", and events that are
topics, plans or bodies rather than the occasion. Every sentence is ours; the comment names the page where the
construction was seen."""
import readout


def test_a_name_label_with_a_colon_and_a_dash_opens_a_turn():
    # http://anl.az/down/meqale/bakrabochiy/2020/sentyabr/715604.htm: "… посол … сказал: ¶ — Господин Президент, …
    # ¶ Президент Ильхам Алиев: — Уважаемый господин посол, …"
    text = ("Президент Азербайджана Ильхам Алиев принял верительные грамоты посла Ирана Аббаса Мусави.\n\n"
            "Вручая грамоты, посол Аббас Мусави сказал:\n\n"
            "— Господин Президент, для меня большая честь быть здесь.\n\n"
            "Президент Ильхам Алиев: — Уважаемый господин посол, добро пожаловать в нашу страну.")
    quotes = readout.read(text, date="2020-09-07").quotes
    assert [(q.speaker_name, q.text[:9]) for q in quotes] == [("Аббас Мусави", "Господин "), ("Ильхам Алиев", "Уважаемый")]


def test_a_function_noun_with_a_named_body_is_the_one_introduced_with_it():
    # https://vb.kg./doc/253189_jeenbekov_obsydil_so_spikerom_gosdymy_problemy_trydovoy_migracii.html: "спикер
    # Жогорку Кенеша Асылбек Жээнбеков встретился с председателем Государственной думы … Сергеем Нарышкиным … Спикер
    # Госдумы обратил внимание на …"
    text = ("Спикер Жогорку Кенеша Асылбек Жээнбеков встретился с председателем Государственной думы Сергеем "
            "Нарышкиным.\n\nЖээнбеков отметил рост торговли.\n\nСпикер Госдумы обратил внимание на роль образования.")
    quotes = readout.read(text, date="2016-11-29").quotes
    assert [q.speaker_name for q in quotes] == ["Асылбек Жээнбеков", "Сергей Нарышкин"]


def test_a_short_title_is_the_one_introduced_with_its_long_form():
    # https://bulak.kg/2023/10/23/mezhdu-administratsiej-prezidenta-kr-i-posolstvom-korei-podpisan-memorandum-o-
    # vzaimoponimanii: "… подписан первым заместителем председателя кабинета министров Адылбеком Касымалиевым, с
    # корейской стороны — послом Кореи в КР Ли Вонджэ. ¶ Первый зампред кабмина в своей речи выразил готовность …"
    text = ("Меморандум подписали первый заместитель председателя кабинета министров Адылбек Касымалиев и посол "
            "Кореи Ли Вонджэ.\n\nПервый зампред кабмина выразил готовность углублять связи.")
    quotes = readout.read(text, date="2023-10-23").quotes
    assert [q.speaker_name for q in quotes] == ["Адылбек Касымалиев"]


def test_telling_someone_an_assessment_is_speech():
    # https://lenta.ru/news/2025/08/26/zamglavy-mid-rossii-vstretilsya-s-poslom-turtsii/: "Галузин довел до Бильгича
    # оценку переговоров …"
    quotes = readout.read("Михаил Галузин довел до посла оценку прошедших переговоров.", date="2025-08-26").quotes
    assert [q.speaker_name for q in quotes] == ["Михаил Галузин"]


def test_events_that_are_topics_plans_or_bodies_are_not_held():
    # https://uz.kursiv.media/2024-07-06/mirziyoev-i-premer-ministr-vengrii-obsudili-provedenie-sovmestnogo-foruma-
    # regionov: "Мирзиёев и премьер-министр Венгрии обсудили проведение совместного Форума регионов"
    kinds = {(e.kind, e.status) for e in readout.read(
        "Президент встретился с премьер-министром. Стороны обсудили проведение совместного форума регионов.",
        date="2024-07-06").events}
    assert ("forum", "held") not in kinds and ("meeting", "held") in kinds
    # http://turkmenistanlive.com (2024-06-14, Гулманова–Косачев): "… подготовке к проведению очередного
    # Парламентского форума … Участники встречи отметили, что данный форум вносит весомый вклад …"
    kinds = {(e.kind, e.status) for e in readout.read(
        "Председатель парламента провела встречу с гостем. Обсуждалась подготовка к проведению очередного форума "
        "парламентариев. Участники встречи отметили, что данный форум вносит вклад в сотрудничество.",
        date="2024-06-14").events}
    assert ("forum", "held") not in kinds
    # https://www.tatar-inform.ru/news/politics/26-11-2019/muhametshin-i-nazarbaeva-dogovorilis-razvivat-
    # sotrudnichestvo-tatarstana-i-kazahstana-5696320: "…, сообщает пресс-служба Госсовета РТ."
    kinds = {e.kind for e in readout.read(
        "Председатель Госсовета встретился с гостями из Казахстана, сообщает пресс-служба Госсовета РТ.",
        date="2019-11-26").events}
    assert "council" not in kinds
    # http://noi.md/ru/politika/glava-midei-moldovy-osushhestvit-rabochuyu-poezdku-v-moskvu: "… о важности
    # намеченного на сентябрь заседания … Межправительственной комиссии …"
    events = readout.read("Стороны говорили о важности намеченного на сентябрь заседания Межправительственной "
                          "комиссии.", date="2019-08-21").events
    assert [(e.kind, e.status) for e in events if e.kind == "council"] == [("council", "planned")]
