"""Constructions met in blind audit round 117, the session's final blind round, tuned on after its blind scoring
(sentences in our own words; the pages that showed them are named)."""
from readout import read


def test_a_bulleted_list_after_among_them_and_a_signing_sentence():
    # "Путин и Си в общей сложности подписали 28 документов. Среди них: ¶ - заявление …; ¶ - меморандум …"
    # (vedomosti.ru/politics/news/2025/05/08/1109079-rf-knr-prinyali)
    r = read("Как сообщает Кремль, Путин и Си в общей сложности подписали 28 документов. Среди них:\n\n- заявление о "
             "дальнейшем углублении отношений;\n\n- меморандум о сотрудничестве в области цифровой экономики;")
    items = [c.text for c in r.commitments if c.kind == "signed"][1:]
    assert items == ["заявление о дальнейшем углублении отношений",
                     "меморандум о сотрудничестве в области цифровой экономики"]
    r = read("Путин и Си обсудили много вопросов. Среди них:\n\n- энергетика;\n\n- транспорт;")
    assert [c.kind for c in r.commitments] == []


def test_a_delegation_that_will_come_is_a_plan():
    # "в мае в республику приедет большая белорусская бизнес-миссия, а в июне делегация из Чувашии в ответ посетит
    # Белоруссию" (moygorod.online/power/power_53541.html)
    r = read("Глава Чувашии рассказал о планах. В мае в республику приедет большая белорусская бизнес-миссия, а в "
             "июне делегация из Чувашии в ответ посетит Белоруссию.")
    assert [c.text for c in r.commitments if c.kind == "plan"] == [
        "В мае в республику приедет большая белорусская бизнес-миссия",  # the subject after its verb
        "а в июне делегация из Чувашии в ответ посетит Белоруссию"]
    assert [c.kind for c in read("Губернатор провел встречу с послом Казахстана. Завтра в Минск прибудут инвесторы из "
                                 "Китая.").commitments] == []  # investors are no side


def test_unmarked_words_after_a_verb_of_saying_and_a_colon_are_a_quote():
    # "Приветствуя участников встречи, генеральный директор ТАСС … сказал: Здравствуйте, коллеги. …"
    # (president.az/ru/articles/view/55507)
    r = read("Президент Азербайджана Ильхам Алиев встретился с руководителями СМИ.\n\nПриветствуя участников встречи, "
             "генеральный директор ТАСС Сергей Михайлов сказал: Здравствуйте, коллеги. Мы рады всех видеть.\n\n"
             "Затем выступил Президент Ильхам Алиев.")
    assert [(q.direct, q.speaker_name, q.text) for q in r.quotes] == [
        (True, "Сергей Михайлов", "Здравствуйте, коллеги. Мы рады всех видеть.")]
