"""Constructions of the blind rounds 57 and 58 (docs/quality.md): a numbered list of signed decisions, a long
attribution with its speaker at the end, a quote the excerpt cut off after "По словам X", a subject and its verb
with no words, the figure dash, "поприветствовал" closing a quote, a speech that opens with a dash under "X
сказал:" and goes on over paragraphs, and a subtitle that repeats the body's quote. Every sentence is ours; the
comment names the page where the construction was seen."""
import readout


def test_a_numbered_list_of_signed_decisions():
    # https://kazpravda.kz/n/o-chem-dogovorilis-prezidenty-kazahstana-i-uzbekistana/: "… подписали следующие
    # документы: ¶ 1. Решение … о создании Совета глав регионов …; ¶ 2. Решение …"
    text = ("Касым-Жомарт Токаев и Шавкат Мирзиёев провели переговоры.\n\nПрезиденты подписали следующие документы:"
            "\n\n1. Решение о создании совета глав приграничных областей;\n\n2. Решение о создании рабочей группы "
            "по водным ресурсам.")
    signed = [c.text for c in readout.read(text, date="2025-08-20").commitments if c.rule == "signed_list"]
    assert signed == ["Решение о создании совета глав приграничных областей",
                      "Решение о создании рабочей группы по водным ресурсам"]


def test_a_long_attribution_names_its_speaker_at_its_end():
    # https://vb.kg./doc/286438_mid:_jiteli_ne_doljny_stradat_ot_processa_delimitacii_granic.html: "«…», - заявил по
    # итогам встречи глав двух государств в Душанбе министр внешнеполитического ведомства Кыргызстана Эрлан
    # Абдылдаев."
    text = ("Алмазбек Атамбаев и Эмомали Рахмон встретились в Душанбе.\n\n"
            "«Президенты выразили волю быстро решить вопросы на границе», - заявил по итогам встречи глав двух "
            "государств в столице Таджикистана городе Душанбе министр иностранных дел Кыргызской Республики Эрлан "
            "Абдылдаев.")
    assert [q.speaker_name for q in readout.read(text).quotes] == ["Эрлан Абдылдаев"]


def test_a_quote_cut_off_after_po_slovam():
    # same page: "По словам Абдылдаева, во время встречи главы государств обсудили … "Была выражена … Главы
    # государств заявили," (the excerpt ends)
    text = ("Министр Эрлан Абдылдаев прокомментировал встречу.\n\nПо словам Абдылдаева, главы государств обсудили "
            "ситуацию на границе. \"Были даны поручения делегациям по делимитации границы. Главы государств "
            "заявили,")
    quotes = readout.read(text).quotes
    assert [(q.direct, q.speaker_name) for q in quotes] == [(False, "Эрлан Абдылдаев"), (True, "Эрлан Абдылдаев")]


def test_the_figure_dash_closes_a_quote():
    # https://mosty-zara.by/ru/news/golovchenko-na-vstreche-s-ministrom-inostrannyh-del-venesuely-etot-vizit-dlya-
    # nas-osobennyj.html: "«…», ‒ подчеркнул премьер." (U+2012)
    text = ("Премьер-министр Беларуси Роман Головченко встретился с министром иностранных дел Венесуэлы.\n\n"
            "«Это первый визит главы нашего правительства в вашу страну», \u2012 подчеркнул премьер.")
    assert [q.speaker_name for q in readout.read(text, date="2024-07-15").quotes] == ["Роман Головченко"]


def test_a_greeting_closes_a_quote():
    # https://www.newscentralasia.net/2025/09/28/nacionalnyj-lider-turkmenistana-vstretilsya-s-raisom-tatarstana/
    text = ("Гурбангулы Бердымухамедов встретился с Рустамом Миннихановым.\n\n«Рад принимать Вас на туркменской "
            "земле», – поприветствовал гостя Гурбангулы Бердымухамедов.")
    assert [q.speaker_name for q in readout.read(text).quotes] == ["Гурбангулы Бердымухамедов"]


def test_a_speech_under_its_introduction_goes_on_over_paragraphs():
    # https://rus.com.az/2024/03/11/ (the first session of the Azerbaijan–Kazakhstan council): "Выступая на
    # заседании, Президент Ильхам Алиев сказал: ¶ — Уважаемый Касым-Жомарт Кемелевич. ¶ Уважаемые гости. ¶ …"
    text = ("Выступая на заседании, Президент Ильхам Алиев сказал:\n\n— Уважаемый Касым-Жомарт Кемелевич.\n\n"
            "Уважаемые гости.\n\nМы провели содержательную беседу и обсудили много вопросов.\n\n"
            "Затем Касым-Жомарт Токаев выступил с ответным словом.")
    quotes = readout.read(text, date="2024-03-11").quotes
    assert [(q.speaker_name, q.text) for q in quotes] == [
        ("Ильхам Алиев", "Уважаемый Касым-Жомарт Кемелевич.\n\nУважаемые гости.\n\nМы провели содержательную беседу "
                         "и обсудили много вопросов.")]


def test_a_subtitle_that_repeats_the_bodys_quote_is_no_report():
    # https://trud.ru/article/16-02-2017/1347097_lavrov_nachal_vstrechu_s_kollegoj_iz_ssha_tillersonom/print: the
    # subtitle "По словам руководителя российской дипломатии, он рассчитывает определить … «параметры нашей
    # дальнейшей работы»" over the body's quote
    text = ("Лавров начал встречу с госсекретарем США\n\n"
            "По словам главы МИД России, он надеется обсудить с коллегой «планы нашей дальнейшей работы»\n\n"
            "Министр иностранных дел России Сергей Лавров проводит встречу с госсекретарем США.\n\n"
            "«Я надеюсь, что мы определим планы нашей дальнейшей работы», - сказал Лавров.")
    quotes = readout.read(text, date="2017-02-16").quotes
    assert [q.text for q in quotes] == ["Я надеюсь, что мы определим планы нашей дальнейшей работы"]
