"""Constructions met in blind audit round 121, tuned on after its blind scoring (sentences in our own words; the
pages that showed them are named)."""
from readout import read


def test_a_photo_credit_names_no_one_the_pronoun_speaks_of_and_explaining_is_saying():
    # "Министр транспорта … объяснил причины задержки вагонов …", "Фото: <имя>/ Kazinform", "По его словам, …"
    # (inform.kz/ru/zaderzhku-vagonov-…)
    r = read("Министр транспорта Казахстана Нурлан Сауранбаев объяснил причины задержки поездов на границе.\n\nФото: "
             "Иван Петров/ Агентство\n\nПо его словам, задержки связаны с сезонной погрузкой.")
    assert [(q.speaker_name, q.text[:20]) for q in r.quotes] == [
        ("Нурлан Сауранбаев", "Министр транспорта К"), ("Нурлан Сауранбаев", "По его словам, задер")]
    assert [e.name for e in r.entities if e.kind == "person"] == ["Нурлан Сауранбаев"]


def test_an_agreement_between_two_cities_binds_their_states_and_received_delegations_are_no_sides():
    # "Соглашение об установлении сотрудничества между городами Минском и Шэньяном (Китай) подписано …"
    # (belta.by/regions/view/…-196322-2016); "столица приняла 16 делегаций из Кыргызстана, Таджикистана …"
    # (ctv.by/news/obshestvo/minsk-zaklyuchil-…)
    r = read("Соглашение о сотрудничестве между городами Минском и Шэньяном (Китай) подписано сегодня в белорусской "
             "столице.")
    assert [sorted(c.parties) for c in r.commitments] == [["BY", "CN"]]
    r = read("В этом году столица Беларуси приняла делегации из Кыргызстана, Таджикистана и Азербайджана. Новый раунд "
             "консультаций пройдет в мае.")
    assert [c.parties for c in r.commitments if c.kind == "plan"] != [("KG", "TJ", "AZ")]  # guests, not the sides


def test_a_working_groups_session_is_a_meeting_in_a_city_ner_read_as_an_organisation():
    # "В Туркестане прошло XIII заседание Совместной рабочей группы …" (profit.kz/news/72796/…)
    r = read("В Туркестане прошло заседание Совместной рабочей группы Казахстана и Узбекистана по водным вопросам.")
    assert [(e.kind, e.place) for e in r.events] == [("meeting", "Туркестан")]
    r = read("Стороны решили создать рабочую группу по водным вопросам.")
    assert [e.kind for e in r.events] == []  # a group to be set up is no meeting
