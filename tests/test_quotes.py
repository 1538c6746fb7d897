"""Quotes, one case a line: text | expected (speaker surname, direct, first words of the quote)."""
import pytest

import readout

D = "2025-10-21"
CASES = [
    # dash paragraph, attribution by name
    ("– Мы придаем визиту особое значение, – заявил Касым-Жомарт Токаев.", [("Токаев", True, "Мы придаем")]),
    # a dash inside the quote does not end it
    ("– Азербайджан – важный партнер Казахстана, – сказал Касым-Жомарт Токаев.", [("Токаев", True, "Азербайджан – важный")]),
    # publisher's voice: "Глава нашего государства" in an Akorda release
    ("Касым-Жомарт Токаев прибыл.\n\n– Отношения развиваются, – отметил Глава нашего государства.",
     [("Токаев", True, "Отношения развиваются")]),
    # role through the office holders on the date
    ("– Мы удвоим товарооборот, – подытожил Президент Казахстана.", [("Токаев", True, "Мы удвоим")]),
    # pronoun to the last narration subject
    ("Ильхам Алиев прибыл в Астану.\n\n– Мы рады быть здесь, – заявил он.", [("Алиев", True, "Мы рады")]),
    # a quote broken by narration gives two quotes
    ("– Отношения крепнут, – сказал Ильхам Алиев. – Торговля растет.",
     [("Алиев", True, "Отношения крепнут"), ("Алиев", True, "Торговля растет")]),
    # quotation marks with the verb after, and X заявил: «…»
    ("«Мы готовы к сотрудничеству во всех сферах», – заявил Ильхам Алиев.", [("Алиев", True, "Мы готовы")]),
    ("Ильхам Алиев заявил: «Мы готовы к сотрудничеству во всех сферах».", [("Алиев", True, "Мы готовы")]),
    # transcript turns, one quote a turn, with a person card after the label
    ("В.Путин: Добро пожаловать в Москву, дорогие друзья. Н.Мадуро Мадуро Николас Президент Венесуэлы "
     "(как переведено) : Большое спасибо за приглашение.",
     [("Путин", True, "Добро пожаловать"), ("Мадуро", True, "Большое спасибо")]),
    # labels with long person cards, labels without initials, speakers known only from their label
    ("В.Путин: Уважаемый Рамзан Ахматович! Р.Кадыров Кадыров Рамзан Ахматович глава Чеченской Республики : "
     "Уважаемый Владимир Владимирович, спасибо.", [("Путин", True, "Уважаемый Рамзан"), ("Кадыров", True, "Уважаемый Владимир")]),
    ("В.Путин: Уважаемый господин Министр! Ван И (как переведено) : Уважаемый Президент Путин! Рад встрече.",
     [("Путин", True, "Уважаемый господин"), ("Ван И", True, "Уважаемый Президент")]),
    ("В.Путин: Рад Вас видеть. Патриарх Кирилл Кирилл Патриарх Московский и всея Руси : Благодарю Вас сердечно. "
     "В.Путин: Спасибо. Умару Сиссоку Эмбало: Спасибо, брат, дорогой Путин.",
     [("Путин", True, "Рад Вас"), ("Кирилл", True, "Благодарю"), ("Путин", True, "Спасибо"),
      ("Эмбало", True, "Спасибо, брат")]),
    # outside a transcript, "Name: «…»" is a quote, not a label that runs on
    ("Касым-Жомарт Токаев: «Мы рады сотрудничеству». Стороны обсудили торговлю.", [("Токаев", True, "Мы рады")]),
    ("Встреча с избранным Президентом Абхазии Бадрой Гунбой. Б.Гунба: Спасибо за поддержку.", [("Гунба", True, "Спасибо")]),
    ("В.Путин подчеркнул: «Мы готовы к сотрудничеству во всех сферах».", [("Путин", True, "Мы готовы")]),
    # reported speech
    ("Ильхам Алиев подчеркнул высокий уровень двусторонних отношений.", [("Алиев", False, "подчеркнул высокий")]),
    ("По словам Ильхама Алиева, отношения развиваются успешно.", [("Алиев", False, "отношения развиваются")]),
    ("Мария Захарова прокомментировала решение. По ее словам, Евросоюз утратил самостоятельность.",
     [("Захарова", False, "Евросоюз утратил")]),
    ("Президент России Владимир Путин передал пожелания здоровья и благополучия.", [("Путин", False, "передал")]),
    ("Дональд Трамп высказался за скорейшую остановку боевых действий.", [("Трамп", False, "высказался")]),
    ("Как отметил Касым-Жомарт Токаев, Казахстан заинтересован в торговле.", [("Токаев", False, "Казахстан")]),
    ("С.В.Лавров подчеркнул важность многостороннего сотрудничества.", [("Лавров", False, "подчеркнул важность")]),
    # joint speakers: one item each
    ("Владимир Путин и Шавкат Мирзиёев подчеркнули важность сотрудничества.",
     [("Путин", False, "подчеркнули важность"), ("Мирзиёев", False, "подчеркнули важность")]),
    # a spokesperson is the speaker, not the leader they speak about
    ("Дмитрий Песков заявил, что Владимир Путин посетит Казахстан.", [("Песков", False, "заявил, что")]),
    # an interview: the questions are not quotes, the answers are the interviewee's
    ("Интервью Главы государства Касым-Жомарта Токаева газете «Егемен Қазақстан»\n\n– Каковы итоги года?\n\n"
     "– Год был непростым, но мы добились многого.", [("Токаев", True, "Год был")]),
    # quoted words after "заявил, что": a quote, and reported speech besides (GUIDELINES; field-04's gold)
    ("Эмманюэль Макрон заявил, что «Франция намерена расширять присутствие в Центральной Азии».",
     [("Макрон", False, "Эмманюэль Макрон заявил, что"), ("Макрон", True, "Франция намерена")]),
    # the subject speaks, not the person greeted (president.az)
    ("Президент Сердар Бердымухамедов, приветствуя Президента Ильхама Алиева, сказал: «Уважаемый господин "
     "Президент, рад видеть Вас в Ашхабаде».", [("Бердымухамедов", True, "Уважаемый господин")]),
    # a spokesperson named by their office only
    ("«Сроков здесь нет и быть не может», – добавил представитель Кремля.", [("Песков", True, "Сроков здесь")]),
    ("Официальный представитель МИД России заявила, что Москва ответит на санкции.", [("Захарова", False, "заявила")]),
    # "… Об этом заявил X": the sentence before is what X said
    ("Кремль пока не получал от Вашингтона новых предложений. Об этом заявил журналистам пресс-секретарь президента "
     "РФ Дмитрий Песков.", [("Песков", False, "Кремль пока")]),
    # a function only: the person last spoken of
    ("Сергей Лавров провел переговоры в Анкаре. \"Мы рассчитываем на посредничество партнеров\", - добавил министр.",
     [("Лавров", True, "Мы рассчитываем")]),
    # a message quoted: its sender speaks
    ("Владимир Путин поздравил Патриарха Кирилла с Пасхой. В поздравлении, в частности, говорится: «Пасхальные "
     "торжества озаряют нашу жизнь светом».", [("Путин", False, "поздравил"), ("Путин", True, "Пасхальные")]),
    # an organisation or its document as the speaker
    ("В сообщении ОДКБ говорится, что учения пройдут в Казахстане.", [("ОДКБ", False, "говорится, что")]),
    ("«Учения пройдут осенью в Казахстане», – говорится в заявлении МИД России.",
     [("МИД России", True, "Учения пройдут")]),
    # scraped spacing quirks and other dashes
    ("– Мы рады сотрудничеству,– заявил Касым-Жомарт Токаев.", [("Токаев", True, "Мы рады")]),
    ("—Мы рады сотрудничеству, — сказал Касым-Жомарт Токаев.", [("Токаев", True, "Мы рады")]),
    ("„Мы рады сотрудничеству во всех сферах“, – заявил Касым-Жомарт Токаев.", [("Токаев", True, "Мы рады")]),
    # a headline "X: …" in the first person is a quote, unless the body repeats it; in the third person it is the
    # editor's paraphrase (lenta.ru: "Ушаков: разговор был полезным")
    ("Ушаков: Разговор президента с гостем был весьма полезным и содержательным", []),
    ("Токаев: Мы рады сотрудничеству во всех сферах", [("Токаев", True, "Мы рады")]),
    ("Токаев: Казахстан готов к сотрудничеству во всех сферах\n\n– Казахстан готов к сотрудничеству во всех "
     "сферах, – заявил Касым-Жомарт Токаев.", [("Токаев", True, "Казахстан готов")]),
    # no quotes at all: no false quotes
    ("Товарооборот между странами вырос на 26%.", []),
    ("Отмечено, что отношения развиваются.", []),
    ("Стороны приняли «Черноморскую инициативу».", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_quote(text, expected):
    rec = readout.read(text, date=D, url="https://akorda.kz/ru/x")
    got = [(q.speaker_name or "", q.direct, q.text) for q in rec.quotes]
    assert len(got) == len(expected), got
    for (name, direct, text_), (surname, exp_direct, start) in zip(got, expected):
        assert surname.replace("ё", "е") in name.replace("ё", "е"), got
        assert direct is exp_direct, got
        # direct speech starts with its words; a reported item holds them (from its subject on: "Алиев подчеркнул…")
        assert text_.startswith(start) if direct else start in text_, got


def test_quote_spans_slice_the_text():
    text = "– Мы придаем визиту особое значение, – заявил Касым-Жомарт Токаев."
    rec = readout.read(text, date=D)
    for q in rec.quotes:
        assert text[q.start:q.stop] == q.text
        assert q.speaker.startswith("person:")


def test_akorda_briefing_quotes_all_go_to_tokayev(akorda):
    rec = readout.read_document(akorda)
    direct = [q for q in rec.quotes if q.direct]
    assert len(direct) == 5
    assert {q.speaker_name for q in direct} == {"Касым-Жомарт Токаев"}
    assert {q.speaker_rule for q in direct} >= {"name", "publisher_voice", "role"}


# ---- reported speech in news copy (sentences in our own words) ----------------------------------------------
def _reported(text, date="2025-08-18"):
    return [(q.text, q.speaker_name, q.speaker_rule) for q in readout.read(text, date=date).quotes if not q.direct]


def test_reported_item_starts_at_its_subject():
    # mixnews.lv: the subject and an adverb before the verb belong to the item
    (item,) = _reported("Эдгарс Ринкевичс в среду подробно указал на важность международной кампании.")
    assert item[0].startswith("Эдгарс Ринкевичс в среду подробно указал") and item[1] == "Эдгарс Ринкевичс"


def test_plural_subject_gives_every_participant():
    # cri.cn: "министры выразили удовлетворение…" is said by both ministers
    items = _reported("Сергей Лавров и Ван И провели переговоры в Пекине. Министры выразили удовлетворение "
                      "динамикой связей.")
    assert {s for _, s, _ in items} == {"Сергей Лавров", "Ван И"} and {r for *_, r in items} == {"joint"}


def test_a_press_service_as_source_is_no_speech_of_the_leader():
    # sputnik.kg: "об этом сообщили в пресс-службе" attributes the news, nobody speaks
    assert _reported("Садыр Жапаров поговорил по телефону с Владимиром Путиным, об этом сообщили в пресс-службе "
                     "главы республики.") == []


def test_content_then_verb_then_speaker():
    # a news layout without quotation marks: "<content>, отметил X"
    (item,) = _reported("Отношения двух стран выходят на новый уровень, отметил Никол Пашинян.")
    assert item[0] == "Отношения двух стран выходят на новый уровень, отметил Никол Пашинян"
    assert item[1] == "Никол Пашинян"


def test_ob_etom_names_its_speaker_anywhere_and_a_source_is_no_speaker():
    # 24news.am: "Об этом глава правительства X заявил во время встречи"; spot.uz: a press service informs
    items = _reported("Армения и Россия являются стратегическими партнерами. Об этом глава армянского правительства "
                      "Никол Пашинян заявил во время встречи с Сергеем Лавровым.")
    assert items[0][:2] == ("Армения и Россия являются стратегическими партнерами. Об этом глава армянского "
                            "правительства Никол Пашинян заявил во время встречи с Сергеем Лавровым.", "Никол Пашинян")
    # the reported item runs over its attribution, as "X подчеркнул, что …" does (round 106, belta.by)
    assert _reported("Шавкат Мирзиёев принял Касым-Жомарта Токаева. Об этом информирует пресс-служба главы "
                     "государства.") == []


def test_a_gerund_of_saying_belongs_to_the_subject():
    # asiaplustj.info: "…, назвав …"
    items = _reported("Эмомали Рахмон встретил коллег в Худжанде, назвав развитие связей приоритетом.")
    assert ("назвав развитие связей приоритетом", "Эмомали Рахмон") in [(t, s) for t, s, _ in items]


def test_quoted_words_inside_reported_speech_are_a_direct_quote_of_the_speaker():
    # spot.uz: "назвал Казахстан «…»"; a quoted name is no quote
    rec = readout.read("Шавкат Мирзиёев назвал Казахстан «самым близким партнером нашей страны». Касым-Жомарт Токаев "
                       "рассказал о саммите «Россия — Центральная Азия».", date="2022-12-22")
    direct = [(q.text, q.speaker_name, q.rule) for q in rec.quotes if q.direct]
    assert direct == [("самым близким партнером нашей страны", "Шавкат Мирзиёев", "fragment")]


def test_an_institution_named_as_the_source_speaks_not_the_leader_it_serves():
    # sputnik.kg and vedomosti.ru layouts; a bare "в сообщении" is the source named before (ianews.kz)
    def speakers(text):
        return [q.speaker_name for q in readout.read(text, date="2021-12-03").quotes]

    assert speakers("«Беседа прошла в теплой атмосфере, стороны обсудили планы», – говорится в сообщении "
                    "пресс-службы президента Кыргызстана.") == ["пресс-служба президента Кыргызстана"]
    assert speakers("«Главы правительств обсудили также график контактов», – пояснили в правительстве РФ.") == [
        "правительство РФ"]
    assert speakers("Акорда информирует о разговоре.\n\n«Стороны обсудили торговлю и логистику», – говорится в "
                    "сообщении.") == ["Акорд"]
    assert speakers("«Мы обсудили торговлю и логистику», – сказал Касым-Жомарт Токаев, сообщает пресс-служба.") == [
        "Касым-Жомарт Токаев"]


def test_an_ambiguous_plural_subject_still_speaks_for_the_participants():
    # sayasat.kg: the tagger reads "Главы" as a genitive singular; the plural verb says otherwise
    items = _reported("Садыр Жапаров и Шавкат Мирзиёев провели телефонный разговор. Главы государств с "
                      "удовлетворением отметили рост товарооборота.")
    assert {s for _, s, _ in items} == {"Садыр Жапаров", "Шавкат Мирзиёев"}
    # point.md: two subjects joined by "и" with a plural verb are speakers, not a source
    items = _reported("Клаус Йоханнис прибыл в Кишинев. Майя Санду и Клаус Йоханнис приветствовали подготовку "
                      "к заседанию.")
    assert "Клаус Йоханнис" in {s for _, s, _ in items}


def test_a_bare_title_in_news_copy_is_the_leader_last_named():
    # 24.kg: not the president's own site, so "Глава государства" is the head of state the text has named
    rec = readout.read("Садыр Жапаров принял посла США Серджио Гора. Глава государства отметил готовность "
                       "Кыргызстана к взаимодействию.", date="2025-10-10", url="https://24.kg/x")
    assert [(q.speaker_name, q.speaker_rule) for q in rec.quotes] == [("Садыр Жапаров", "role_context")]


def _direct(text, date="2024-01-01", url=None):
    return [(q.speaker_name, q.rule, q.text) for q in readout.read(text, date=date, url=url).quotes if q.direct]


def test_an_attribution_inside_the_marks_splits_the_quote():
    # eadaily.com layout: «…, — отметил Лавров. — …»
    got = _direct("Сергей Лавров провел переговоры в Ханое.\n«Наши страны одинаково смотрят на мироустройство, — "
                  "отметил Лавров. — Эти подходы мы отстаиваем и в ООН».", date="2019-03-23")
    assert [(s, t[:20]) for s, _, t in got] == [("Сергей Лавров", "Наши страны одинаков"),
                                               ("Сергей Лавров", "Эти подходы мы отста")]


def test_a_paragraph_of_first_person_speech_closed_by_its_attribution():
    # unn.ua: no opening dash, the attribution at the paragraph's end
    got = _direct("Владимир Зеленский встретился с Байбой Браже.\n\nПозиции у нас совпадают, давление надо "
                  "наращивать. Спасибо за поддержку - отметил Глава государства.\n\nОтдельно обсудили дипломатию.",
                  url="https://unn.ua/x")
    assert [(s, r) for s, r, _ in got] == [("Владимир Зеленский", "attributed_paragraph")]
    # narration closed by a source is no quote
    assert _direct("Стороны обсудили сотрудничество в энергетике и транспорте - сообщает пресс-служба.") == []


def test_a_quote_cut_off_by_the_excerpt_end_belongs_to_the_speaker_just_introduced():
    # business.com.tm: "X отметил, что … ¶ «И это …" with no closing mark
    got = _direct("Гурбангулы Бердымухамедов отметил, что страны смогут принести тепло в каждый дом.\n\n«И это "
                  "касается лишь углеводородов. Если же говорить об энергетике, то мы про")
    assert [(s, r) for s, r, _ in got] == [("Гурбангулы Бердымухамедов", "cut_off")]
    # with no verb of saying just before, nobody is named as its speaker
    assert _direct("Лидеры обсудили энергетику.\n\n«Собеседники обменялись мнениями по повестке дня и") == []


def test_a_singular_verb_of_saying_has_one_subject():
    # mixnews.lv: the antecedent of "который"; a press service after the verb is a source
    items = _reported("Эдгар Ринкевич встретился с президентом Петром Порошенко, который поздравил Латвию со "
                      "столетием.", date="2018-11-20")
    assert [s for _, s, _ in items] == ["Пётр Порошенко"] or [s for _, s, _ in items] == ["Петр Порошенко"]
    assert _reported("Шавкат Мирзиёев и Касым-Жомарт Токаев провели переговоры, сообщает пресс-служба.") == []


def test_a_bullet_of_narration_is_no_quote_and_reported_speech_is_no_paragraph_quote():
    # raionka.by, news.mail.ru: dash bullets summarising a meeting; ipn.md: "Санду также отметила, что … - сказала"
    assert _direct("Александр Лукашенко встретился с Джоном Коулом.\n- Лукашенко поблагодарил Трампа за усилия.\n"
                   "- Автор") == []
    assert _direct("Майя Санду провела встречу.\n\nМайя Санду также отметила, что визит станет шагом вперед для "
                   "наших стран - сказала она.") == []
    # a dash paragraph in the first person stays speech
    assert [s for s, _, _ in _direct("Касым-Жомарт Токаев выступил перед журналистами.\n– Мы придаем визиту особое "
                                     "значение.")] == ["Касым-Жомарт Токаев"]


def test_subjects_named_by_surname_undeclined_name_or_function():
    # ukrtime.net: a bare surname NER misses at a sentence start
    items = _reported("Владимир Зеленский провел разговор с Реджепом Тайипом Эрдоганом. Зеленский приветствовал "
                      "участие турецких компаний в выставке.")
    assert [s for _, s, _ in items] == ["Владимир Зеленский"]
    # rus.tvnet.lv: an undeclined name after "с X" keeps no case of its own
    items = _reported("Ван И провел переговоры с Радославом Сикорским. В разговоре с Сикорским Ван И отметил, что "
                      "Китай ожидает мира.")
    assert [s for _, s, _ in items] == ["Ван И"]
    # orient.tm: "Дипломат подчеркнул" is the person last spoken of
    items = _reported("Рашид Мередов провел переговоры с Сергеем Лавровым. Дипломат подчеркнул, что страны "
                      "укрепляют связи.")
    assert [s for _, s, _ in items] == ["Рашид Мередов"]


def test_a_pronoun_agrees_in_gender_and_a_title_outranks_an_undeclined_name():
    # rus.tvnet.lv: "– отметила она" is the woman named before Wang Yi
    got = _direct("Катрин Колонна и её китайский коллега Ван И провели разговор.\n«Провела конструктивный разговор "
                  "с коллегой», — отметила она.")
    assert [s for s, _, _ in got] == ["Катрин Колонна"]
    # pravda-style: "– сказал российский лидер на встрече с Робертом Фицо" is the Russian leader
    got = _direct("«Мы живем в сложных условиях», - сказал российский лидер на встрече с Робертом Фицо.",
                  date="2024-12-22")
    assert [s for s, _, _ in got] == ["Владимир Путин"]


def test_a_press_service_cited_as_the_source_speaks_its_quoted_words_and_narration_keeps_its_verbs():
    # haqqin.az: "Как сообщает пресс-служба …, «…»"; apsny.ge: "Как сообщили в пресс-службе …, премьер поздравил …"
    rec = readout.read("Ираклий Гарибашвили встретился с Ильхамом Алиевым. Как сообщает пресс-служба главы "
                       "правительства, «в ходе встречи первые лица обсудили вопросы безопасности».", date="2019-06-21")
    assert [(q.direct, q.speaker_name) for q in rec.quotes] == [(True, "пресс-служба главы правительства")]
    items = _reported("Ираклий Кобахидзе позвонил Ильхаму Алиеву. Как сообщили в пресс-службе главы Азербайджана, "
                      "грузинский премьер поздравил Алиева с днем рождения.", date="2024-12-24")
    assert items and all(s == "Ираклий Кобахидзе" for _, s, _ in items)


def test_a_headline_the_body_tells_again_is_no_report_of_its_own():
    # sb.by/articles/belarus-byla-est-i-budet-nadezhnym-partnerom-dlya-kitaya.html: headline and lead say one thing
    items = _reported("Лукашенко и Си Цзиньпин подтвердили особый характер отношений\n\nАлександр Лукашенко и Си "
                      "Цзиньпин на переговорах в Пекине подтвердили особый и стратегический характер "
                      "белорусско-китайских отношений.", date="2023-12-04")
    assert items and all(not text.startswith("Лукашенко и Си") for text, _, _ in items)
    # a headline with its own words stays
    items = _reported("Лукашенко поблагодарил Китай за поддержку\n\nАлександр Лукашенко провел переговоры в Пекине.",
                      date="2023-12-04")
    assert [s for _, s, _ in items] == ["Александр Лукашенко"]


def test_reported_speech_inside_a_quoted_press_release_and_a_source_after_the_verb():
    # baigenews.kz/erdogan_priglasil_nazarbaeva_v_ankaru_32482: the release is quoted whole, its people speak in it;
    # "…, сообщает Акорда": the news's source, no one's speech
    text = ("Нурсултан Назарбаев провел телефонный разговор с Реджепом Тайипом Эрдоганом, сообщает Акорда.\n\n"
            "«Стороны обсудили подготовку саммита. Реджеп Тайип Эрдоган пригласил Нурсултана Назарбаева посетить "
            "Анкару», – говорится в сообщении пресс-службы.")
    items = _reported(text, date="2018-07-12")
    assert [(s, t[:20]) for t, s, _ in items] == [("Реджеп Тайип Эрдоган", "Реджеп Тайип Эрдоган")]


def test_an_undeclined_name_after_one_in_the_instrumental_is_the_subject():
    # vovworld.vn (…вьетнам-и-лаос-а-также-вьетнам-и-камбоджа-неуклонно-укрепляют-дружбу-365071.vov)
    items = _reported("Принимая делегацию во главе с вице-президентом Лаоса Буннянгом Ворачитом, президент Вьетнама "
                      "Чыонг Тан Шанг поблагодарил народ Лаоса за поддержку.", date="2015-08-10")
    assert [s for _, s, _ in items] == ["Чыонг Тан Шанг"]


def test_an_attribution_with_no_words_of_its_own_is_no_reported_speech():
    # past.am: "В своем выступлении Пашинян заявил: «…" cut off by the excerpt; liga.net: "В частности, отметил он"
    assert _reported("В своем выступлении Никол Пашинян заявил: «Мы", date="2024-06-24") == []
    assert _reported("Петр Порошенко провел разговор с Ангелой Меркель. В частности, отметил он.",
                     date="2018-05-18") == []
    # words after the colon that are no quote are reported speech; thanks with an object are too
    assert _reported("Александр Лукашенко напомнил: осенью прошлого года стороны подписали договор.",
                     date="2025-01-01")
    assert _reported("Никол Пашинян поблагодарил Эммануэля Макрона.", date="2025-01-01")
