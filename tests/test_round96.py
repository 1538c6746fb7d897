"""Round 96 of the blind audit (docs/quality.md), tuned on after its blind scoring: own-words sentences after the
pages named in the comments."""
from readout import read


def test_a_pull_quote_with_its_speaker_captioned_under_it():
    # zakon.kz (the Emir of Qatar in Astana): "Я приглашаю президента Касым-Жомарта Токаева на Чемпионат мира. …" ¶
    # "Эмир Катара"
    # https://zakon.kz/amp/politika/6027176-emir-katara-priglasil-kasym-zhomarta-tokaeva-na-chempionat-mira-po-futbolu.html
    text = ("Эмир Катара Тамим бин Хамад Аль Тани прибыл в Астану.\n\n"
            "Я приглашаю президента Казахстана на турнир. Надеюсь, что вы найдете время и приедете.\n\n"
            "Эмир Катара\n\nТурнир пройдет в декабре.")
    quotes = [q for q in read(text).quotes if q.direct]
    assert [q.text[:11] for q in quotes] == ["Я приглашаю"] and "Тани" in (quotes[0].speaker_name or "")
    # a narrated paragraph over a caption is no quote: it speaks of others, not as "я"/"мы"
    text = ("Эмир Катара прибыл в Астану.\n\nВизит продлится три дня, гостя встретили в аэропорту.\n\nЭмир Катара\n\n"
            "Турнир пройдет в декабре.")
    assert [q for q in read(text).quotes if q.direct] == []


def test_a_partner_after_s_binds_the_state_of_his_title():
    # russian.cri.cn (Li Keqiang in Australia): "Ли Кэцян также встретится с генерал-губернатором Австралии Питером
    # Косгроувом" — the partner's state from his title, wherever the text gives it
    # http://russian.cri.cn/3060/2017/03/23/1s599796.htm
    text = ("Премьер Госсовета КНР Ли Кэцян прибыл с визитом в Канберру. Он встретится с генерал-губернатором "
            "Австралии Питером Косгроувом. Позже Ли Кэцян проведет встречу с Питером Косгроувом в резиденции.")
    parties = [c.parties for c in read(text).commitments]
    assert parties and all("AU" in p and "CN" in p for p in parties)


def test_the_review_leftovers_a_linked_site_and_an_envoy_for_a_country():
    # the thirteenth session's review (docs/quality.md): "сообщает Kazinform со ссылкой на Akorda.kz" is Akorda's
    # message; "специального представителя Казахстана по Афганистану Ербола Умарова … Казахстанский дипломат
    # сообщил" is Kazakhstan's envoy, not Afghanistan's
    text = ("Касым-Жомарт Токаев провел разговор с Путиным, сообщает Kazinform со ссылкой на Akorda.kz.\n\n"
            "«Стороны обсудили торговлю», – говорится в сообщении.")
    assert [q.speaker_name for q in read(text).quotes] == ["Akorda"]
    text = ("Министр встретился со специальным представителем Казахстана по Афганистану Ерболом Умаровым. "
            "Казахстанский дипломат сообщил, что помощь будет продолжена.")
    assert [q.speaker_name for q in read(text).quotes] == ["Ербол Умаров"]
