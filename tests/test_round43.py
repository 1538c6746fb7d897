"""Constructions of the blind round 43 (docs/quality.md): a first name and a surname in -вич after a title are no
first name and patronymic. Every sentence is ours; the comment names the page where the construction was seen."""
import readout


def _persons(text, **kw):
    return [e.name for e in readout.read(text, **kw).entities if e.kind == "person"]


def test_a_balkan_surname_in_vich_after_a_title_is_a_surname():
    # https://haqqin.az/newsarchive/369631: "встретился с вице-премьером - министром иностранных дел Черногории Эрвином
    # Ибрагимовичем"; the joint "стороны отметили" that follows is then each participant's
    record = readout.read("Премьер-министр Азербайджана Али Асадов встретился с министром иностранных дел Черногории "
                          "Эрвином Ибрагимовичем.\n\nВ ходе встречи стороны отметили рост торговли.")
    assert "Эрвин Ибрагимович" in [e.name for e in record.entities if e.kind == "person"]
    assert sorted(q.speaker_name for q in record.quotes) == ["Али Асадов", "Эрвин Ибрагимович"]


def test_an_office_holders_name_and_patronymic_stay_so():
    # kremlin.ru transcripts: "Наше с Президентом России Владимиром Владимировичем поколение …"
    names = _persons("Наше с Президентом России Владимиром Владимировичем поколение выросло вместе.",
                     date="2025-05-09")
    assert "Владимир Владимирович" not in names
