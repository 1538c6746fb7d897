"""Constructions of the blind round 39 (docs/quality.md): a quotation opened by "Как заявил X," that runs over
several sentences, a signing told as a noun ("состоялось подписание"), "достигли согласия" and "намечается", and the
source of "говорится в сообщении" named by the head of its phrase or by "Об этом сообщает …". Every sentence is
ours; the comment names the page where the construction was seen."""
import readout


def _quotes(text, **kw):
    return [(q.direct, q.speaker_name, q.text) for q in readout.read(text, **kw).quotes]


def _commitments(text, **kw):
    return [(c.kind, c.text) for c in readout.read(text, **kw).commitments]


def test_kak_zayavil_then_a_quotation_of_two_sentences_is_one_direct_quote():
    # https://www.fontanka.ru/2001/12/18/66538501/: 'Как заявил С.Собянин, "сегодняшнее соглашение … регионов".'
    got = _quotes('Губернаторы встретились в Тюмени. Как заявил С.Собянин, "нынешний договор откроет новую страницу '
                  'наших связей. Мы подписали и рамочный документ, и отраслевые".', date="2001-12-18")
    assert got == [(True, "Собянин", "нынешний договор откроет новую страницу наших связей. Мы подписали и "
                                            "рамочный документ, и отраслевые")]


def test_po_slovam_then_a_capitalised_quotation_is_direct_too():
    # the same layout with "По словам X," (https://www.fontanka.ru/2001/12/18/66538501/)
    got = _quotes("Министры провели переговоры. По словам Сергея Лаврова, «Сегодня мы наметили план работы. Он рассчитан "
                  "на два года».", date="2019-03-23")
    assert [(d, s) for d, s, _ in got] == [(True, "Сергей Лавров")]


def test_narration_after_the_marks_keeps_the_reported_item():
    # "Как заявил X, «…» помогут …": the marks do not close the sentence, the item stays the narrator's report
    got = _quotes("Как заявил Сергей Лавров, «новые договоренности с Китаем» помогут торговле.", date="2019-03-23")
    assert (False, "Сергей Лавров") in [(d, s) for d, s, _ in got]
    assert (True, "Сергей Лавров", "новые договоренности с Китаем") in got


def test_a_signing_told_as_a_noun_is_a_signed_commitment():
    # https://www.fontanka.ru/2001/12/18/66538501/: "Сегодня … состоялось подписание соглашения о сотрудничестве"
    got = _commitments("Губернаторы встретились в Тюмени.\n\nСегодня состоялось подписание соглашения о сотрудничестве "
                       "между администрациями двух областей.")
    assert [k for k, t in got if "подписание соглашения" in t] == ["signed"]
    # told in the future it is a plan (review)
    assert [k for k, t in _commitments("Подписание соглашения состоится в мае.")] == ["plan"]


def test_dostigli_soglasiya_and_namechaetsya():
    # https://trt.global/russian/article/8f8be4ebbcd6: "Стороны достигли согласия о регулярном функционировании …";
    # https://am.sputniknews.ru/amp/20230714/premer-armenii-otbyl-s-rabochim-vizitom-v-bryussel--62765814.html:
    # "после чего намечается трехсторонняя встреча"
    got = _commitments("Президенты провели переговоры. Стороны достигли согласия о ежегодных консультациях министров. "
                       "Затем намечается встреча делегаций.")
    assert ("agreement", "Стороны достигли согласия о ежегодных консультациях министров") in got
    assert [k for k, t in got if "намечается" in t] == ["plan"]
    # told in the past it is no plan: "как и намечалось"
    assert not [k for k, t in _commitments("Как и намечалось, делегации встретились в Ереване.") if k == "plan"]


def test_the_source_of_govoritsya_v_soobshchenii_is_the_head_of_its_phrase():
    # https://am.sputniknews.ru/amp/20230714/premer-armenii-otbyl-s-rabochim-vizitom-v-bryussel--62765814.html:
    # "Об этом сообщает пресс-служба главы армянского правительства. «…», – говорится в сообщении."
    got = _quotes("Премьер-министр вылетел в Брюссель. Об этом сообщает пресс-служба главы армянского правительства.\n\n"
                  "«Завтра премьер встретится с главой Евросовета и обсудит повестку», – говорится в сообщении.",
                  date="2023-07-14")
    assert [(d, s) for d, s, _ in got] == [(True, "пресс-служба главы армянского правительства")]


def test_the_source_of_govoritsya_v_soobshchenii_is_the_agency_that_reports():
    # https://beta.kun.uz/ru/news/2023/02/15/samolet-eks-glavy-mid-kitaya-po-texnicheskim-prichinam-sovershil-ostanovku-v-tashkente:
    # "бывшего главы МИД Ван И … Об этом сообщает Синьхуа. … «…», – говорится в сообщении."
    got = _quotes("Самолет бывшего главы МИД Ван И совершил посадку в Ташкенте.\n\nОб этом сообщает Синьхуа.\n\n"
                  "«Стороны договорились и дальше поддерживать тесные контакты», – говорится в сообщении.",
                  date="2023-02-15")
    assert [s for d, s, _ in got if d] == ["Синьхуа"]
