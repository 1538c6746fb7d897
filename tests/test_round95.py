"""Round 95 of the blind audit (docs/quality.md): own-words sentences after the pages named in the comments."""
from readout import read


def _said(text: str) -> list[tuple[str, str | None]]:
    return sorted((q.text[:12], q.speaker_name) for q in read(text).quotes)


def test_an_attribution_the_page_put_on_its_own_line():
    # dumatv.ru (Volodin and Nguyen Xuan Phuc): "«… есть большой запрос на международные встречи»," ¶ "отметил
    # Вячеслав Володин." https://dumatv.ru/news/volodin-soobschil-o-vozobnovlenii-foruma--razvitie-parlamentarizma--v-sentyabre-2022-goda/amp
    text = ("Вячеслав Володин встретился с президентом Вьетнама.\n\n«Форум не проводился два года, и сейчас есть "
            "запрос на встречи»,\n\nотметил Вячеслав Володин.")
    assert [(q.text[:5], q.speaker_name, q.direct) for q in read(text).quotes] == [("Форум", "Вячеслав Володин", True)]


def test_an_undeclined_partner_after_s_is_no_subject():
    # dumatv.ru: "На встрече с Нгуен Суан Фуком спикер Госдумы передал приглашение …"
    text = ("Председатель Государственной Думы Вячеслав Володин встретился с президентом Вьетнама Нгуен Суан Фуком. "
            "На встрече с Нгуен Суан Фуком спикер Госдумы передал приглашение посетить Россию.")
    assert [s for _, s in _said(text)] == ["Вячеслав Володин"]


def test_a_name_and_title_label_on_the_quotes_own_line():
    # 1tv.ru (Mishustin in Vietnam): "Михаил Мишустин, председатель правительства РФ: «Вьетнам — важный партнер …"
    # (the excerpt ends before the mark closes) https://1tv.ru/news/2025-01-14/498088-mihail_mishustin_pribyl_s_ofitsialnym_vizitom_vo_vietnam
    text = ("Михаил Мишустин прибыл с визитом во Вьетнам.\n\nМихаил Мишустин, председатель правительства РФ: "
            "«Вьетнам — важный партнер России. Мы предлагаем реализовать совместные проекты")
    assert _said(text) == [("Вьетнам — ва", "Михаил Мишустин")]


def test_speech_by_both_sides_or_one_side_in_the_passive():
    # vesti.kg (Japarov and Putin): "С обеих сторон подчеркнута важность скорейшего урегулирования …"; GUIDELINES:
    # a passive with no named speaker ("Отмечено, что …", "Было подчеркнуто …") is nobody's
    # https://vesti.kg/politika/item/104399-sadyr-zhaparov-provel-telefonnyj-razgovor-s-vladimirom-putinym.html
    head = "Садыр Жапаров провел телефонный разговор с Владимиром Путиным. "
    assert [s for _, s in _said(head + "С обеих сторон подчеркнута важность мирного урегулирования.")] == [
        "Владимир Путин", "Садыр Жапаров"]
    assert [s for _, s in _said(head + "С кыргызской стороны выражена благодарность за помощь.")] == ["Садыр Жапаров"]
    assert _said(head + "Отмечено проведение выставки совместно с российской стороной.") == []


def test_the_sides_speak_for_something():
    # tj.sputniknews.ru (Said and Hu Chunhua): "стороны выступили за укрепление и расширение практического
    # сотрудничества" https://tj.sputniknews.ru/20191015/tajikistan-china-narashchivanie-investicionnoe-sotrudnichestvo-1030047982.html
    head = "Давлатали Саид встретился с вице-премьером Китая Ху Чуньхуа. "
    assert len(_said(head + "Стороны выступили за расширение торговли.")) == 2
    assert _said(head + "Затем Давлатали Саид выступил на форуме.") == []


def test_the_cabinet_named_before_is_the_source_of_its_information():
    # report.az (Mustafayev in Tehran): 'Как сообщили "Report" в Кабинете министров, …' then '"…", - говорится в
    # информации.' https://report.az/ru/vneshnyaya-politika/shahin-mustafaev-obsudil-v-tegerane-perspektivy-sotrudnichestva-azerbajdzhana-i-irana
    text = ('Шахин Мустафаев встретился с министром Ирана. Как сообщили "Report" в Кабинете министров, обсуждались '
            'вопросы транзита.\n\n"Проведены обсуждения по сотрудничеству в транспортной сфере", - говорится в '
            "информации.")
    assert [q.speaker_name for q in read(text).quotes if q.direct] == ["Кабинет министров"]
