"""clean's line rules: each kind of boilerplate is recognised, and body sentences that
merely mention a photo, a newsletter, a date or a share are never taken for it."""

from __future__ import annotations

import pytest

from wirestream.services.enrich.clean.rules import classify, is_bare_date, is_name_line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("By Anna Petrova and Mark Ellis", "byline"),
        ("Von Anna Schmidt, ARD-Studio Moskau", "byline"),
        ("Автор: Ирина Смирнова", "byline"),
        ("Published 4:12 AM EDT, May 4, 2023", "publication stamp"),
        ("Опубликовано: 03.05.2023 15:14 (обновлено: 03.05.2023 16:02)", "publication stamp"),
        ("Diterbitkan: Rabu, 3 Mei 2023 20:15 WIB", "publication stamp"),
        ("Wed 3 May 2023 17.26 BST", "publication stamp"),
        ("4 мая 2023, 12:30", "publication stamp"),
        ("发布时间：2023-05-03 21:08　来源：新华网", "publication stamp"),
        ("Photo: Ukrainian Emergency Service via AP", "photo credit"),
        ("Фото: РИА Новости / Евгений Биятов", "photo credit"),
        ("Getty Images", "photo credit"),
        ("A view shows the Kremlin in central Moscow, Russia, May 3, 2023. REUTERS/Maxim Shemetov", "photo caption"),
        ("Smoke rises over the city. REUTERS/Gleb Garanich/File Photo", "photo caption"),
        ("A drone over Moscow. AFP/Getty Images/Kirill Kudryavtsev/Pool/File/Handout", "photo caption"),  # six parts
        ("Loading...", "page chrome"),
        ("Like Loading… ", "page chrome"),
        ("Read also: Moscow bans drone flights", "read also"),
        ("Читайте также: Собянин запретил полеты", "read also"),
        ("Baca juga: Zelensky Bantah Ukraina Serang Kremlin", "read also"),
        ("Sign up to First Edition, our free daily newsletter", "promo"),
        ("Подписывайтесь на РИА Новости в Telegram", "promo"),
        ("Cet article vous a plu ? Abonnez-vous pour lire la suite.", "promo"),
        ("How To Register Domains For Under $20/year. [REGISTER DOMAIN NAMES]", "promo"),
        ("(Reporting by Anna Petrova; Editing by Jon Boyle)", "syndication note"),
        ("Mit Material von dpa und AFP", "syndication note"),
        ("Copyright 2023 The Associated Press. All rights reserved.", "syndication note"),
        ("— Tom Hardy (@tomhardy_news) May 3, 2023", "embedded social post"),
        ("ADVERTISEMENT", "page chrome"),
        ("Share on Facebook", "page chrome"),
        ("Impressum | Datenschutz", "page chrome"),
        ("Wir verwenden Cookies. Akzeptieren", "cookie notice"),
        ("Tags: Russia, Ukraine, drones, Kremlin", "tags"),
    ],
)
def test_boilerplate_is_recognised(line, reason):
    assert classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, troops had withdrawn from the village and the shelling had stopped.",
        "A photo published on Telegram showed smoke over the Senate Palace.",
        "Subscribers to the channel shared the video within minutes of the blast.",
        "The newsletter of the ministry said the drones were shot down.",
        "Published reports in Moscow said two drones were involved.",
        "Updated figures from the ministry showed no casualties.",
        "Share prices in Moscow fell after the news on Wednesday.",
        "Kremlin spokesman Dmitry Peskov said the parade on May 9 would go ahead.",
        "Reuters could not independently verify the footage.",
        "Фото с места происшествия появились в соцсетях утром в среду, сообщили очевидцы.",
        "Related measures were announced by the mayor of Moscow on Wednesday.",
        "MOSCOW, May 3 (Reuters) - The Kremlin said on Wednesday that Ukraine had tried to kill Putin.",
        "«Мы прекрасно знаем, что решения принимаются не в Киеве», — сказал Песков.",
        "Russia",
    ],
)
def test_body_lines_are_kept(line):
    assert classify(line) is None


def test_bare_dates_and_name_lines():
    assert is_bare_date("May 3, 2023 2:41 PM GMT+3 Updated 3 hours ago")
    assert not is_bare_date("May 3 was the day the drones came.")
    assert is_name_line("Pjotr Sauer and Luke Harding")
    assert not is_name_line("Russia accuses Ukraine of an attack")


def test_a_line_in_capitals_under_the_headline_is_no_byline():
    """Written in capitals every word is capitalised: a link line over the body is not a list of names."""
    from wirestream.services.enrich.clean.logic import split_head

    assert not is_name_line("CLICK FOR FULL STATE SWIM RESULTS")
    assert is_name_line("Anna Petrova, Mark Ellis")
    text = (
        "2018 Boys State Swim Results\nCLICK FOR FULL STATE SWIM RESULTS\n"
        "Summary: a diver from Salina South won the state championship in the event with a score of 409.30."
    )
    body, _, removed = split_head(text, "2018 Boys State Swim Results")
    assert body.startswith("CLICK FOR FULL STATE SWIM RESULTS")
    assert [r.reason for r in removed] == ["title repeated in text"]


def test_a_dateline_on_its_own_line_opens_the_body():
    """ "BAAR, SWITZERLAND" or "PITTSBURGH —" over the first paragraph is where the story was filed: the body
    starts there (the entities stage reads its place); a section label in capitals is still a kicker."""
    from wirestream.services.enrich.clean.logic import _is_dateline, split_head

    first = "Ascom and its partner announced a distribution agreement for hospitals across Europe on Tuesday."
    for dateline in ("BAAR, SWITZERLAND", "PITTSBURGH —", "BAAR, Switzerland —", "LOS ANGELES, Calif. -"):
        body, _, removed = split_head(f"WORLD NEWS\n{dateline}\n{first}", "Ascom signs deal")
        assert body == f"{dateline}\n{first}"
        assert [r.reason for r in removed] == ["kicker"]
    for line in ("WORLD NEWS", "BREAKING", "The news —", "Pittsburgh —", "A" * 200 + " —"):
        assert not _is_dateline(line)
    assert not _is_dateline("BAAR, " * 20_000)  # bounded: a long line is never read
