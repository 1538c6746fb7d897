"""Round 106 of the blind audit (docs/quality.md), scored blind at the session's start and at `2465947`, then
tuned on: own-words sentences after the pages named in the comments."""
from readout import read


def test_a_meeting_whose_date_is_set_or_agreed_on_is_still_to_come():
    # iz.ru: "Стала известна дата личной встречи Лаврова и Керри ¶ … Лавров сегодня договорился о личной встрече с
    # госсекретарем США … Главы ведомств сегодня по телефону говорили о …"
    # https://iz.ru/news/601684
    text = ("Стала известна дата встречи министров\n\nМинистр Сергей Лавров договорился о личной встрече с "
            "коллегой Энтони Блинкеном в Женеве. Министры сегодня по телефону обсудили Ближний Восток.")
    assert [(e.kind, e.status) for e in read(text).events if e.status == "held"] == [("phone_call", "held")]


def test_a_forum_framing_a_meeting_after_several_adjectives_is_no_kind_and_plural_forums_are_none():
    # gazeta.ru: "… провел встречу с премьер-министром Лаоса … на полях Восточного экономического форума (ВЭФ)";
    # ведомостинсо.рф: "обсудили возможности участия новосибирцев в различных выставках, форумах и ярмарках"
    # https://www.gazeta.ru/politics/news/2025/09/04/26654360.shtml
    # http://xn--b1aecnthebc1acj.xn--p1ai/2023-05-16-V-06
    framed = read("Президент России провел встречу с премьер-министром Вьетнама на полях Петербургского "
                  "международного экономического форума.")
    assert [e.kind for e in framed.events] == ["meeting"]
    many = read("Мэр Омска встретился с делегацией Монголии. Стороны обсудили участие омичей в выставках, форумах "
                "и ярмарках Монголии.")
    assert [e.kind for e in many.events] == ["meeting"]


def test_a_coming_summit_named_by_the_participle_is_planned():
    # akchabar.kg: "Жапаров отметил важность предстоящего первого саммита глав государств «…»"
    # https://www.akchabar.kg/news/prezident-i-gossekretar-yaponii-obsudili-proekt-osop-v-kr-vqjwbhshxphbfxzc
    text = ("Президент Садыр Жапаров принял посла Кореи. Жапаров отметил важность предстоящего первого саммита "
            "глав государств региона.")
    assert [(e.kind, e.status) for e in read(text).events] == [("meeting", "held"), ("summit", "planned")]


def test_reported_speech_told_before_its_about_this_sentence_runs_over_it():
    # belta.by: "… Лукашенко и … Рахмон во время переговоров в Душанбе обсудили противодействие вызовам и угрозам.
    # Об этом глава белорусского государства рассказал на встрече с журналистами …"
    # https://belta.by/president/view/lukashenko-i-rahmon-obsudili-protivodejstvie-vyzovam-i-ugrozam-528607-2022
    text = ("Президент Беларуси Александр Лукашенко и Президент Кубы обсудили поставки техники. Об этом глава "
            "белорусского государства рассказал журналистам после переговоров.")
    said = [q.text for q in read(text).quotes if not q.direct]
    assert len(said) == 1 and said[0].startswith("Президент Беларуси") and "рассказал журналистам" in said[0]


def test_a_plan_told_in_the_relative_clause_of_a_meeting_is_a_commitment():
    # inbusiness.kz: "В тот же день состоялась встреча с руководством делегации сирийской оппозиции, на которой
    # обсуждались вопросы подготовки предстоящих переговоров в Астане."
    # https://inbusiness.kz/ru/last/abdrakhmanov-vstretilsya-s-glavami-delegatsiy-pravitelstva-
    text = ("Министр Кайрат Абдрахманов встретился с послом Ирана. Затем состоялась встреча с делегацией Турции, "
            "на которой обсуждались вопросы подготовки предстоящих переговоров в Анкаре.")
    assert [(c.kind, c.text[:20]) for c in read(text).commitments] == [("plan", "на которой обсуждали")]


def test_two_regions_counted_are_no_target():
    # khovar.tj: "В этот день также была подписана «Дорожная карта» между двумя областями …"
    # https://khovar.tj/rus/2022/08/mezhdu-hatlonskoj-i-surhandarinskoj-oblastyami-podpisano-23-novyh-soglasheniya-o-sotrudnichestve
    text = "Губернаторы встретились в Нуреке. Была подписана «Дорожная карта» между двумя областями."
    assert [c.target for c in read(text).commitments] == [None]


def test_a_first_person_future_of_an_amount_is_a_plan():
    # mk-kaliningrad.ru: "«Мы нужное количество поставим продуктов питания. …», — рассказал Лукашенко."
    # https://www.mk-kaliningrad.ru/social/2025/06/09/v-respublike-belarus-zayavili-o-gotovnosti-postavlyat-kartofel-v-kaliningradskuyu-oblast.html
    text = ("Александр Лукашенко встретился с губернатором Калининградской области.\n\n«Мы нужное количество "
            "поставим овощей. Мы переводим количество в качество», — рассказал Лукашенко.")
    assert [(c.kind, c.text) for c in read(text).commitments] == [("plan", "Мы нужное количество поставим овощей")]


def test_a_name_in_marks_that_told_something_is_no_quote():
    # mk-kaliningrad.ru: "Ранее «МК в Калининграде» сообщал, что президент Республики Беларусь … рассказал …"
    # https://www.mk-kaliningrad.ru/social/2025/06/09/v-respublike-belarus-zayavili-o-gotovnosti-postavlyat-kartofel-v-kaliningradskuyu-oblast.html
    text = ("Губернатор Алексей Беспрозванных встретился с послом.\n\nРанее «Вести из Калининграда» сообщал, что "
            "губернатор рассказал о планах на лето.")
    assert [q.text for q in read(text).quotes if q.direct] == []


def test_a_paragraph_framed_by_as_he_said_and_he_noted_is_his_words():
    # vesti.uz: "Как рассказал руководитель Узбекистана, беседа была открытой, откровенной … Тем более что …
    # И мы однозначно чувствуем … как и другие реалии в мире, отметил глава Узбекистана."
    # https://vesti.uz/l-r-615/
    text = ("Президент Узбекистана Шавкат Мирзиёев сделал заявление для СМИ.\n\nКак рассказал руководитель "
            "Узбекистана, разговор был открытым. Тем более что соседи всегда ценили прямоту. И мы это очень "
            "ценим, отметил глава Узбекистана.")
    assert [(q.speaker_name, q.text[:17]) for q in read(text).quotes if q.direct] == [
        ("Шавкат Мирзиёев", "разговор был откр")]


def test_and_also_he_proposed_goes_on_with_the_one_who_spoke_before():
    # ведомостинсо.рф: "Анатолий Локоть подчеркнул необходимость расширить туристическое направление. А также
    # предложил рассмотреть возможность открытия в Новосибирске Генерального консульства …"
    # http://xn--b1aecnthebc1acj.xn--p1ai/2023-05-16-V-06
    text = ("Мэр Анатолий Локоть встретился с делегацией. Анатолий Локоть подчеркнул важность туризма. А также "
            "предложил открыть в городе визовый центр.")
    assert [(q.speaker_name, q.text[:16]) for q in read(text).quotes] == [
        ("Анатолий Локоть", "Анатолий Локоть "), ("Анатолий Локоть", "А также предложи")]
