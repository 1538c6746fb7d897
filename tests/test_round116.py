"""Constructions met in blind audit round 116 (sentences in our own words; the pages that showed them are named)."""
from readout import read


def _commitments(text):
    return [(c.kind, sorted(c.parties)) for c in read(text).commitments]


def test_a_list_of_states_after_such_as_is_the_subject_not_an_agreement_recalled():
    # "Правительства таких государств, как Узбекистан, Афганистан и Пакистан достигли договорённости о подписании …"
    # (maili.uz/?p=2341)
    assert _commitments("Правительства таких государств, как Узбекистан, Афганистан и Пакистан достигли договорённости "
                        "о подписании соглашения по железнодорожному проекту.") == [("agreement", ["AF", "PK", "UZ"])]
    assert _commitments("Как мы с вами и условились, стороны продолжили переговоры.") == []


def test_what_a_document_provides_for_is_planned_by_its_sides():
    # "Документ предусматривает строительство новой железнодорожной линии" (maili.uz/?p=2341); "Он предусматривает создание
    # рабочей группы" after a protocol signed (moyby.com/news/84245)
    assert _commitments("Узбекистан и Пакистан подписали соглашение. Документ предусматривает строительство новой "
                        "железнодорожной линии.")[1:] == [("plan", ["PK", "UZ"])]
    assert _commitments("Министр России Владимир Пучков и министр Беларуси Владимир Ващенко подписали протокол. Он "
                        "предусматривает создание совместной рабочей группы.")[1:] == [("plan", ["BY", "RU"])]
    assert _commitments("Законодательство Казахстана предусматривает создание реестра.") == []
