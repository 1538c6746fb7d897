"""Constructions of the blind round 48 (docs/quality.md): a signing told by a perfective gerund, a clause of "как
только" that is no promise. Every sentence is ours; the comment names the page where the construction was seen."""
import readout


def _commitments(text, **kw):
    return [(c.kind, c.text) for c in readout.read(text, **kw).commitments]


def test_a_signing_told_by_a_perfective_gerund_is_signed():
    # https://omsk365.ru/news/gosudarstvo/omskiy-gubernator-hocenko-podpisal-soglashenie-o-sotrudnichestve-s-minskoy-oblastyu.htm:
    # "…, подписав соглашение о сотрудничестве"
    got = _commitments("Губернатор принял участие в форуме регионов, подписав соглашение о сотрудничестве с "
                       "Минской областью.", date="2024-06-28")
    assert [k for k, _ in got] == ["signed"]
    # an imperfective gerund still leaves the commitment to the main verb
    assert [k for k, _ in _commitments("Продолжая работу в таком темпе, стороны доведут товарооборот до "
                                       "10 млрд долларов.", date="2024-06-28")] == ["plan"]


def test_a_clause_of_kak_tolko_is_when_something_happens_not_a_promise():
    # https://ria.ru/20260304/peregovory-2078449813.html: "как только информация будет подтверждена или она вообще появится, …"
    got = _commitments("Как только информация будет подтверждена, она будет доведена до общественности.",
                       date="2026-03-04")
    assert [t for _, t in got] == ["она будет доведена до общественности"]


def test_a_signing_gerund_beside_a_future_or_a_call_is_no_signing():
    # review of the session's rules: the gerund tells a signing done only beside a past indicative
    kinds = [k for k, _ in _commitments("Подписав соглашение о свободной торговле, Россия и Индонезия смогут вдвое "
                                        "увеличить товарооборот.", date="2024-06-28")]
    assert "signed" not in kinds
    assert "signed" not in [k for k, _ in _commitments("Президент Ирана призвал США вернуться к ядерной сделке, "
                                                       "подписав соответствующие гарантии.", date="2024-06-28")]
