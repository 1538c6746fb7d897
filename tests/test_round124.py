"""Constructions met in blind audit round 124, tuned on after its blind scoring (sentences in our own words; the
pages that showed them are named)."""
from readout import read


def test_first_person_promises_with_an_object_are_plans_but_not_invitations_or_the_meetings_own_steps():
    # "«Проведём деловые встречи … Также проработаем вопрос организации бизнес-миссии …», – отметил Василий Анохин"
    # (smolgazeta.ru/daylynews/120797-…)
    r = read("Губернатор области Иван Петров встретился с послом Индии.\n\n«Проведём совместную выставку наших "
             "предприятий. Также проработаем вопрос открытия торгового дома», – отметил Иван Петров.")
    assert [c.kind for c in r.commitments] == ["plan", "plan"]
    assert r.commitments[0].text.startswith("Проведём совместную выставку")
    r = read("«Давайте продумаем эти детали. Прежде чем начнём беседу, скажу несколько слов. Мы начнём работу с "
             "отчёта», – сказал Иван Петров.")
    assert r.commitments == ()


def test_at_least_half_a_billion_within_a_year_or_two_is_a_target_with_a_horizon_not_a_condition():
    # "Мы должны в ближайшие год-два (мы с Президентом об этом договорились) выйти на товарооборот хотя бы
    # полмиллиарда долларов" (president.gov.by/ru/events/peregovory-s-prezidentom-alzira-…)
    r = read("Президенты Беларуси и Алжира провели переговоры. «Мы в ближайшие год-два (мы с коллегой об этом "
             "договорились) выйдем на товарооборот хотя бы полмиллиарда долларов», – сказал Александр Лукашенко.")
    [c] = r.commitments
    assert (c.kind, c.target.value, c.target.unit, c.horizon) == ("agreement", 5e8, "USD", "в ближайшие год-два")


def test_a_visit_that_was_planned_once_is_no_plan_and_a_visit_that_strengthens_ties_is_a_forecast():
    # "…заметив, что его визит в Беларусь изначально планировался на июнь этого года" (novaya.by/?p=122522);
    # "…подчеркнул, что официальный визит главы Сербии укрепит взаимное сотрудничество" (informburo.kz/…)
    assert read("Президент заметил, что визит гостя изначально планировался на июнь.").commitments == ()
    assert read("Президент подчеркнул, что официальный визит главы Сербии укрепит сотрудничество двух стран."
                ).commitments == ()
    assert [c.kind for c in read("Главы государств примут участие в саммите в Астане.").commitments] == ["plan"]


def test_a_role_after_kak_otmetil_is_the_speaker_and_a_press_service_telling_news_is_no_ones_speech():
    # "Как отметил глава региона, правительство Китая приняло решение …"; "…принял экзекватуру …, об этом сообщает
    # пресс-служба регправительства" (baikalinform.ru/politika/genkonsul-knr-v-irkutske-…)
    r = read("Губернатор Иркутской области Сергей Левченко принял нового генконсула КНР, об этом сообщает "
             "пресс-служба регправительства. Как отметил глава региона, правительство Китая приняло решение открыть "
             "в Иркутске филиал банка.")
    assert [(q.speaker_name, q.text[:20]) for q in r.quotes] == [("Сергей Левченко", "Как отметил глава ре")]
    assert [c.parties for c in r.commitments] == [("CN",)]  # the Chinese government's own decision


def test_assistance_given_now_under_the_agreements_is_work_under_way():
    # "Россия, в соответствии с достигнутыми договоренностями, оказывает содействие расследованию …"
    # (gazeta.ru/politics/news/2025/10/09/26920022.shtml)
    r = read("Президент подчеркнул, что Россия оказывает содействие расследованию причин аварии.")
    assert [c.kind for c in r.commitments] == ["in_progress"]


def test_two_titles_joined_by_and_are_two_speakers_and_a_title_s_genitive_is_no_source():
    # "Как сообщили в пресс-службе президента, … глава правительства Пакистана тепло поздравил …" ¶ "«Президент
    # Узбекистана и премьер-министр Пакистана … отметили …», – говорится в сообщении" (kun.uz/ru/news/2021/10/26/…)
    r = read("Шавкат Мирзиёев провел телефонный разговор с премьер-министром Пакистана Имраном Ханом.\n\nКак "
             "сообщили в пресс-службе президента, глава правительства Пакистана поздравил коллегу с победой.\n\n"
             "«Президент Узбекистана и премьер-министр Пакистана отметили рост взаимной торговли», – говорится в "
             "сообщении.")
    direct = [q for q in r.quotes if q.direct]
    assert [q.speaker_name for q in direct] == ["пресс-служба президента"]
    said = {q.speaker_name for q in r.quotes if not q.direct and q.text.startswith("«Президент Узбекистана")}
    assert said == {"Шавкат Мирзиёев", "Имран Хан"}


def test_insisting_is_saying():
    # "Далее Путин снова настоял на том, чтобы были «устранены коренные причины» конфликта" (euronews, field-26)
    r = read("Президент России Владимир Путин провел пресс-конференцию. Путин настоял на том, чтобы были «устранены "
             "все препятствия» для торговли.")
    assert [(q.direct, q.text) for q in r.quotes] == [
        (False, "Путин настоял на том, чтобы были «устранены все препятствия» для торговли"),
        (True, "устранены все препятствия")]


def test_an_event_a_speaker_recalls_is_background_and_a_summit_of_two_leaders_is_talks():
    # "Президент Азербайджана также напомнил, что в 2022 году Россия и Азербайджан подписали союзническую
    # декларацию" (vesti.az/…-520012); "Напомнив о … встречах в ходе официального визита в Российскую Федерацию в
    # мае текущего года, Генеральный секретарь отметил …" (vietnam.vnanet.vn/russian/…); "В Анкоридже стартовал
    # саммит Путина и Трампа" (vedomosti.ru/politics/news/2025/08/15/…)
    r = read("Ильхам Алиев встретился с Владимиром Путиным в Астане. Алиев напомнил, что в 2022 году стороны "
             "подписали декларацию о союзническом взаимодействии.")
    assert [e.kind for e in r.events] == ["meeting"]
    r = read("В Анкоридже стартовал саммит Путина и Трампа. Переговоры продлятся несколько часов.")
    assert [e.kind for e in r.events] == ["talks"]


def test_receiving_a_guest_in_a_residence_places_the_event_in_its_city():
    # "Глава государства Нурсултан Назарбаев принял его в резиденции Акорда" (informburo.kz/amp/novosti/…)
    r = read("Президент наградил гостя орденом\n\nВстреча с президентом Сербии / Фото пресс-службы\n\nВ Казахстан с "
             "официальным визитом прибыл президент Сербии Александр Вучич. Глава государства Нурсултан Назарбаев принял "
             "его в резиденции Акорда.")
    assert {e.place for e in r.events} == {"Астана"}


def test_he_who_intends_is_the_last_speaker_and_his_office_gives_the_state():
    # "Перед началом встречи Трамп заявил, что Москва и Киев должны согласовать сделку, но он намерен «подготовить
    # почву» …" (vedomosti.ru/politics/news/2025/08/15/1132022-startoval-sammit)
    r = read("Переговоры Владимира Путина и Дональда Трампа начались в Анкоридже.\n\nПеред началом встречи Трамп "
             "заявил, что стороны должны договориться сами, но он намерен «подготовить почву» для соглашения.",
             date="2025-08-15")
    assert [c.parties for c in r.commitments] == [("US",)]
