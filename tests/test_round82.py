"""Round 82 of the blind audit (docs/quality.md): own-words sentences after the pages named in the comments."""
from readout import read


def test_a_signing_at_a_ceremony_told_in_a_relative_clause_is_the_reports_own():
    # the visible field set, field-04 (a trilateral summit in Khujand after Asia-Plus): "прошла церемония, на
    # которой был подписан Договор …" tells the signing; "соглашение, которое подписали" stays a thing described
    r = read("После переговоров состоялась церемония, на которой был подписан Договор о границе трех государств.")
    assert [c.kind for c in r.commitments] == ["signed"]
    assert read("Стороны обсудили соглашение, которое подписали министры.").commitments == ()
    r = read("Прошла встреча, на которой министры договорились создать рабочую группу.")
    assert [c.kind for c in r.commitments] == ["agreement"]


def test_the_chair_of_a_parliament_is_no_head_of_state_and_speaks_as_the_one_named_before():
    # dzen.ru (Armenpress on the Armenian and Serbian speakers in Ankara): "председатель НС РА …", "председателем
    # Парламента Сербии …"; the bare "Председатель НС РА подчеркнул" is the Armenian speaker
    # https://dzen.ru/a/ZFOIwPHf1gubQ6bu
    text = ("Председатель НС РА Арам Петросян встретился с председателем Парламента Сербии Иваном Орличем. "
            "Арам Петросян выразил соболезнования. Председатель НС РА подчеркнул важность межпарламентских связей.")
    r = read(text)
    said = [q for q in r.quotes if "межпарламентских" in q.text]
    assert [q.speaker_name for q in said] == ["Арам Петросян"]
    serb = next(e for e in r.entities if e.name == "Иван Орлич")
    assert serb.role != "president"


def test_partners_bare_are_the_two_who_met_and_our_partners_are_others():
    # dzen.ru (Armenpress): "Партнеры выразили удовлетворение сотрудничеством …" is each speaker's
    # https://dzen.ru/a/ZFOIwPHf1gubQ6bu
    head = "Арам Петросян встретился с Иваном Орличем. "
    r = read(head + "Партнеры выразили удовлетворение сотрудничеством в международных организациях.")
    assert sorted(q.speaker_name for q in r.quotes) == ["Арам Петросян", "Иван Орлич"]
    r = read(head + "Западные партнеры выразили обеспокоенность ситуацией в регионе.")
    assert r.quotes == ()


def test_a_release_quoted_over_two_sentences_gives_no_reported_item_to_a_name_inside_it():
    # total.kz (a Kazakh prime minister's press service on a cancelled meeting): "«… подписан меморандум … С
    # делегацией также встретился заместитель премьер-министра Роман Скляр», — говорится в сообщении."
    # https://total.kz/ru/news/vneshnyaya_politika/prichinu_nesostoyavsheisya_vstrechi_ministra_ukraini_s_maminim_poyasnili_v_presssluzhbe_date_2020_11_23_14_18_27
    text = ("Пресс-служба правительства Казахстана сообщила об отмене встречи.\n\n"
            "«Во время визита подписан меморандум о сотрудничестве. С гостями также встретился вице-премьер "
            "Казахстана Нурлан Ахметов», — говорится в сообщении.")
    r = read(text)
    assert [q.direct for q in r.quotes] == [True]
    assert all(q.speaker_name != "Нурлан Ахметов" for q in r.quotes)


def test_the_second_of_two_coordinated_delegations_binds_its_state_too():
    # ufimnivy.ru (the head of Bashkortostan and Belarus's prime minister): two sides as coordinated subjects
    # https://ufimnivy.ru/news/novosti/2023-01-20/iz-ufy-v-minsk-budut-otkryty-pryamye-reysy-3113268
    r = read("Делегация России и делегация Узбекистана подписали соглашение о туризме.")
    assert [set(c.parties) for c in r.commitments] == [{"RU", "UZ"}]


def test_a_headline_asking_in_which_fields_promises_nothing():
    # uz.sputniknews.ru: "В каких сферах намерены наращивать сотрудничество …" is a question with no mark
    # https://uz.sputniknews.ru/20250817/v-kakix-sferax-namereny-naraschivat-sotrudnichestvo-uzbekistan-i-xakasiya-51300736.html
    assert read("В каких отраслях намерены расширять связи Казахстан и Омская область").commitments == ()
    assert len(read("Казахстан и Омская область намерены расширять связи в энергетике.").commitments) == 1


def test_a_message_relayed_by_an_agency_is_its_first_sources():
    # kzvesti.kz: "…, сообщается на сайте Акорды, передает Информбюро. … – отмечается в сообщении" is Akorda's
    # https://kzvesti.kz/zdravoohranenie/testovyj-zapusk-zavoda-po-proizvodstvu-vakcin-namechen-na-ijun-23376
    text = ("Президент Казахстана принял министра энергетики, сообщается на сайте Акорды, передает Информбюро.\n\n"
            "— Министр доложил о подготовке к отопительному сезону. Все котельные готовы к зиме, – отмечается в "
            "сообщении.")
    q = [x for x in read(text).quotes if x.direct]
    assert [x.speaker_name[:5] for x in q] == ["Акорд"]


def test_a_headline_quote_the_body_tells_word_for_word_is_no_quote_of_its_own():
    # khovar.tj: "М. Асрори: «Принятие Закона …» является историческим", the body's narration has the same words
    # https://khovar.tj/rus/2015/12/m-asrori-prinyatie-zakona-ob-obyavlenii-glavy-gosudarstva-emomali-rahmona-liderom-natsii-yavlyaetsya-istoricheskim
    text = ("А. Каримов: «Открытие нового моста через реку Пяндж» стало важным событием\n\n"
            "Выступив перед жителями района, министр Азиз Каримов назвал важным событием открытие нового моста "
            "через реку Пяндж.")
    assert [q.direct for q in read(text).quotes] == [False]


def test_the_participants_who_spoke_are_not_the_two_who_met():
    # khovar.tj: "Выступившие участники встречи также отметили, что …" names no one; "Участники встречи отметили"
    # are the two who met
    head = "Министр Азиз Каримов встретился с послом Турции Мехметом Озтюрком. "
    assert read(head + "Выступившие участники встречи отметили, что реформы идут успешно.").quotes == ()
    r = read(head + "Участники встречи подчеркнули значение реформ.")
    assert sorted(q.speaker_name for q in r.quotes) == ["Азиз Каримов", "Мехмет Озтюрк"]


def test_a_neighbours_region_spelled_apart_in_its_own_latin_binds_its_state():
    # vb.kg (the Osh governor and the Andijan hokim sign agreements): pycountry writes "Osh", "Andijon", "Farg‘ona",
    # "Buxoro" (round 83) https://vb.kg/doc/184539_gybernator_oshskoy_oblasti_vstretilsia_s_hokimom_andijanskoy_oblasti_yzbekistana.html
    text = ("Губернатор Ошской области встретился с хокимом Андижанской области. На встрече подписали договоры, "
            "касающиеся двух областей.")
    assert [set(c.parties) for c in read(text).commitments] == [{"KG", "UZ"}]
    r = read("Аким Туркестанской области и хоким Бухарской области подписали соглашение о торговле.")
    assert [set(c.parties) for c in r.commitments] == [{"KZ", "UZ"}]


def test_preparation_under_way_with_an_adjective_between():
    # 1omsk.ru (the Omsk governor and Kazakhstan's embassy before an interregional forum): "Сейчас идет активная
    # подготовка площадок к форуму" https://1omsk.ru/2019/10/03/generalnoe-konsulstvo-kazahstana-mogut-perenesti-iz-peterburga-v-omsk/
    r = read("Губернатор принял делегацию посольства. Сейчас идет активная подготовка площадок к форуму.")
    assert [c.kind for c in r.commitments] == ["in_progress"]
