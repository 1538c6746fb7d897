"""Constructions of the blind round 24 (docs/quality.md): a side named by its state's adjective, "По мнению сторон",
a belief and a forecast that promise nothing, and a parenthetical phrase inside a clause. Every sentence is ours;
the comment names the page where the construction was seen."""
import readout

CALL = ("Заместитель министра иностранных дел Казахстана Ержан Ашикбаев провел телефонный разговор с заместителем "
        "министра иностранных дел Польши Марцином Пшидачем. ")
TALKS = "Президент Узбекистана Шавкат Мирзиёев провел переговоры с Президентом Таджикистана Эмомали Рахмоном. "


def _read(text):
    return readout.read(text, date="2025-11-17")


def test_a_side_named_by_its_states_adjective_is_that_states_participant():
    # https://www.vb.kg/doc/455509_mid_kyrgyzstana_i_chehii_obsydili_razvitie_politicheskogo_dialoga.html
    quotes = _read(CALL + "Казахстанская сторона подчеркнула важность регулярных консультаций.").quotes
    assert [q.speaker_name for q in quotes] == ["Ержан Ашикбаев"]
    other = _read(CALL + "Польская сторона подчеркнула важность консультаций.").quotes
    assert [q.speaker_name for q in other] == ["Марцин Пшидач"]


def test_the_view_of_the_sides_is_each_participants_reported_speech():
    # https://uz.sputniknews.ru/20251117/o-chem-dogovorilis-prezidenty-uzbekistana-i-turkmenistana-53533482.html
    quotes = _read(TALKS + "По мнению сторон, встреча придала новый импульс добрососедству.").quotes
    assert sorted(q.speaker_name for q in quotes) == ["Шавкат Мирзиёев", "Эмомали Рахмон"]
    assert {q.text[:18] for q in quotes} == {"По мнению сторон, "}


def test_a_belief_and_a_forecast_are_no_commitments_an_action_that_begins_is():
    # http://pronews.am/2020/09/24/ (the heads of the Georgian and Azerbaijani foreign ministries): "выразил
    # уверенность, что … внесет вклад"; uz.sputniknews.ru (above): "визит … станет важным шагом"
    assert not _read(TALKS + "Рахмон выразил уверенность, что Узбекистан внесет вклад в успех форума.").commitments
    assert not _read(TALKS + "Этот визит станет важным этапом в истории отношений.").commitments
    got = _read(TALKS + "Таджикистан станет поставлять электроэнергию в Узбекистан.").commitments
    assert [(c.kind, c.parties) for c in got] == [("plan", ("TJ",))]


def test_a_parenthetical_phrase_does_not_cut_the_clause():
    # https://vestiturkey.com/service/amp/v-ankaru-pribyl-prezident-aliev-3689h.htm: "На переговорах, кроме того,
    # будут рассмотрены …"
    got = _read(TALKS + "На переговорах, в частности, будут рассмотрены вопросы водопользования.").commitments
    assert [c.text for c in got] == ["На переговорах, в частности, будут рассмотрены вопросы водопользования"]


def test_a_state_as_the_subject_of_a_verb_of_saying_is_its_participant():
    # https://turkmenportal.com (round 24, centralasia 02): "Туркменистан предложил Кыргызстану создать …"
    quotes = _read(TALKS + "Таджикистан предложил Узбекистану создать совместный водный консорциум.").quotes
    assert [q.speaker_name for q in quotes] == ["Эмомали Рахмон"]
