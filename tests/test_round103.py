"""Round 103 of the blind audit (docs/quality.md), tuned on after its blind scoring: own-words sentences after the
pages named in the comments."""
from readout import read


def test_news_a_medium_tells_is_no_persons_speech():
    # business.com.tm: "После церемонии главы Туркменистана и Узбекистана встретились один на один, …, сообщают
    # официальные СМИ Туркменистана."
    # https://business.com.tm/ru/post/8880/turkmenistan-i-uzbekistan-podpisali-sovmestnoe-zayavlenie-ob-ukreplenii-strategicheskogo-partnerstva
    text = ("Сердар Бердымухамедов прибыл в Ташкент с визитом к Шавкату Мирзиёеву.\n\nПосле церемонии главы "
            "Туркменистана и Узбекистана встретились один на один, затем беседа продолжилась с участием делегаций, "
            "сообщают официальные СМИ Туркменистана.")
    assert read(text).quotes == ()


def test_a_hope_governs_the_clause_after_it():
    # caliber.az (Aliyev in Georgia): "Надеюсь, что армянская сторона проявит политическую волю и подпишет мирный
    # договор с Азербайджаном." https://caliber.az/post/ilham-aliev-nadeyus-armyanskaya-storona-proyavit-politicheskuyu-volyu-i-podpishet-mirnyj-dogovor
    text = ("Ильхам Алиев: Надеюсь, соседняя сторона проявит мудрость и подпишет договор о мире\n\n"
            "Надеюсь, что соседняя сторона проявит мудрость и подпишет договор о мире. Об этом сказал Ильхам Алиев.")
    assert read(text).commitments == ()


def test_an_upcoming_anniversary_in_a_signed_plan_makes_no_plan_of_the_talks():
    # ctv.by (Lukashenko in Tehran): "По итогам переговоров также подписан план мероприятий по случаю предстоящего
    # 30-летия установления дипотношений …"
    # https://ctv.by/news/politika/lukashenko-v-irane-my-ponyali-naskolko-nuzhny-drug-drugu-naskolko-tesno-dolzhny-sotrudnichat
    text = ("Президенты Беларуси и Ирана провели переговоры. По итогам переговоров подписан план мероприятий по случаю "
            "предстоящего юбилея дипломатических отношений.")
    assert [c.kind for c in read(text).commitments] == ["signed"]


def test_the_head_of_state_who_thanks_a_president_is_not_that_president():
    # zakon.kz (Tokayev and Vučić): "Так, глава государства выразил признательность президенту Александру Вучичу …"
    # https://www.zakon.kz/politika/6509392-prezidenty-kazakhstana-i-serbii-obsudili-mezhdunarodnye-vyzovy-torgovlyu-i-innovatsionnye-tekhnologii.html
    text = ("Президент Казахстана Касым-Жомарт Токаев и президент Словакии Петер Пеллегрини провели брифинг.\n\n"
            "Глава государства выразил признательность президенту Петеру Пеллегрини за визит.")
    reported = [q.speaker_name for q in read(text).quotes if not q.direct]
    assert reported == ["Касым-Жомарт Токаев"]
