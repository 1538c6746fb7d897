"""Constructions of the blind round 53 (docs/quality.md): a statement under its heading whose dash lost its space, a
head of an agency who is no head of state, and an agreement and work under way told by nouns ("объявили об
установлении", "началась подготовка"). Every sentence is ours; the comment names the page
where the construction was seen."""
import readout


def test_a_statement_under_its_heading_with_a_dash_typed_without_its_space():
    # https://old.xalqqazeti.com/ru/news/official/16567: "Заявление премьер-министра Венгрии Виктора Орбана ¶ -Дамы
    # и господа! …"
    text = ("После подписания документов премьер-министр Венгрии Виктор Орбан и Президент Азербайджана Ильхам Алиев "
            "выступили с заявлениями для печати.\n\n"
            "Заявление премьер-министра Венгрии Виктора Орбана\n\n-Дамы и господа! Мы подписали важные документы.")
    assert [q.speaker_name for q in readout.read(text, date="2014-11-11").quotes] == ["Виктор Орбан"]


def test_the_head_of_an_agency_is_no_head_of_state():
    # kremlin.ru (the bundled corpus): "… рабочую встречу с Министром культуры Ольгой Любимовой … Глава ведомства, в
    # частности, информировала Президента о модернизации музеев"
    record = readout.read("Владимир Путин провел рабочую встречу с Министром культуры Ольгой Любимовой.\n\nГлава "
                          "ведомства, в частности, информировала Президента о модернизации музеев.", date="2025-04-04")
    assert [q.speaker_name for q in record.quotes] == ["Ольга Любимова"]
    # the head of a government is one: "Глава кабмина подчеркнул …" after the premier is named (round 48, kg/02)
    record = readout.read("Председатель кабмина Кыргызстана Акылбек Жапаров встретился с премьер-министром Венгрии.\n\n"
                          "Глава кабмина подчеркнул важность переговоров.", date="2024-06-05")
    assert [q.speaker_name for q in record.quotes] == ["Акылбек Жапаров"]


def _kinds(text):
    return [c.kind for c in readout.read(text, date="2025-04-07").commitments]


def test_an_agreement_and_work_told_by_their_nouns():
    # https://russian.news.cn/20250831/a861fb5b0b45455d8ac9fedea7781f3e/c.html
    assert _kinds("Лидеры объявили об установлении отношений стратегического партнерства.") == ["agreement"]
    # https://smotrim.ru/article/3575894
    assert _kinds("В странах Содружества началась подготовка к празднованию 80-летия Победы.") == ["in_progress"]
