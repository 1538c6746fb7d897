"""Constructions met in blind audit round 119, tuned on after its blind scoring (sentences in our own words; the
pages that showed them are named)."""
import pytest

from readout import read


def test_a_slashed_dateline_of_a_small_town_places_a_summit_told_by_its_ordinal():
    # "ГАБАЛА/Trend/ - …", "в выступлении на 12-м Саммите Совета глав государств ОТГ"
    # (ru.trend.az/azerbaijan/politics/4100497.html)
    r = read("Алиев: тюркские государства должны действовать вместе\n\nГАБАЛА/Trend/ - Единство важнее всего.\n\nОб "
             "этом сказал Президент Азербайджана Ильхам Алиев в выступлении на 12-м Саммите Совета глав государств "
             "Организации тюркских государств.")
    assert [(e.kind, e.place) for e in r.events] == [("summit", "Габала")]
    assert [(q.speaker_name, q.text[:22]) for q in r.quotes] == [("Ильхам Алиев", "Единство важнее всего.")]  # no
    # dateline in his words
    r = read("Заголовок\n\nАЗЕРБАЙДЖАН/Trend/ - Президент Ильхам Алиев провел встречу с министром.")
    assert [e.place for e in r.events] == [None]  # a state is no town
    r = read("Состоялся российско-индийский саммит. Лидеры обсудили торговлю.")
    assert "summit" not in [e.kind for e in r.events]  # a summit of two is no multilateral summit


_SPEAKERS = [  # (text, its quotes' speakers)
    # "Также председатель Госдумы проинформировал о …" after Putin is named (interfax.ru/world/1043982)
    ("Председателя Государственной Думы Вячеслава Володина принял председатель КНР Си Цзиньпин. Володин передал "
     "приветствия от президента России Владимира Путина. Также председатель Госдумы проинформировал о заседании "
     "комиссии.", ["Вячеслав Володин", "Вячеслав Володин"]),
    # "Российский бизнесмен проинформировал …" is no one named: "бизнесмен" may be a new, unnamed person (a review
    # found "Японский бизнесмен, возглавляющий компанию, сообщил …" given to the ambassador named before)
    ("Министр встретился с послом Японии Ёсиаки Каваками. Японский бизнесмен, возглавляющий компанию, сообщил о "
     "планах.", []),
    # "торага подчеркнул" (gazeta.kg/exclusive/173105-…)
    ("Торага Жогорку Кенеша Марлен Маматалиев встретился с послом Узбекистана. Торага подчеркнул, что связи двух "
     "стран крепнут.", ["Марлен Маматалиев"]),
]


@pytest.mark.parametrize("text, speakers", _SPEAKERS)
def test_the_chair_of_a_parliament_is_no_head_of_state_and_a_descriptive_noun_speaks_for_the_one_named(text, speakers):
    assert [q.speaker_name for q in read(text).quotes] == speakers
