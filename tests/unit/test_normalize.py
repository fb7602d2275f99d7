"""Normalizer: the seed story, and one test per rule family (what goes, what stays)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from service.core.models import RawStory, RejectReason
from service.core.normalize import normalize, normalize_explained, to_raw
from service.core.parse import RejectError, parse

SEED = Path(__file__).parents[1] / "corpus" / "normalize" / "seed" / "000_497e69024a68a599.txt"


def _norm(body: str, **fields: object) -> tuple[list[str], list[str], list[str]]:
    story = normalize(
        RawStory.model_validate({"headline": "A headline here", "body": body, **fields})
    )
    return story.paragraphs, story.rule_hits, story.agencies


def test_seed_normalizes_to_headline_summary_and_body() -> None:
    """The seed: headline, summary line, three body paragraphs; trailer and ALSO READ gone."""
    story = normalize(parse(SEED.read_bytes(), max_bytes=1 << 20))
    assert story.headline == "Seoul Seeks Kyiv's Aid on North Korean POWs in Ukraine Conflict"
    assert story.summary is not None
    assert story.summary.startswith("South Korea's Foreign Minister, Cho Tae-yul, discussed")
    assert story.summary.endswith("marking the first live captures from their contingent.")
    assert [p[:40] for p in story.paragraphs] == [
        "South Korea is actively seeking the coop",
        "Reports from Ukraine, the U.S., and Sout",
        "The emerging situation is marked by Kyiv",
    ]
    assert story.agencies == ["agencies"]
    assert story.rule_hits == ["agency_trailer", "also_read"]
    assert "ALSO READ" not in story.body_text
    assert "Dagestan" not in story.body_text
    assert "inputs from agencies" not in story.body_text
    assert story.language == "en"


def test_seed_hits_explain_every_removed_line() -> None:
    """Each removed line of the seed is reported with the rule that removed it."""
    _, details = normalize_explained(parse(SEED.read_bytes(), max_bytes=1 << 20))
    assert details[0] == ("agency_trailer", "(With inputs from agencies.)")
    assert details[1] == ("also_read", "ALSO READ")
    assert [rule for rule, _ in details[2:]] == ["also_read"] * 5


def test_also_read_list_stops_at_the_next_real_paragraph() -> None:
    """An ALSO READ list in mid-story takes its headlines only, not the sentences after it."""
    body = (
        "The council met on Monday.\nAlso Read:\nPort Strike Enters Second Week\n"
        "Rail Fares To Rise In May\nThe vote is due on Friday, officials said."
    )
    paragraphs, hits, _ = _norm(body)
    assert paragraphs == [
        "The council met on Monday.",
        "The vote is due on Friday, officials said.",
    ]
    assert hits == ["also_read"]


def test_inline_also_read_link_is_dropped_but_a_sentence_is_kept() -> None:
    """ "Also Read | Headline" goes; "Read more about it in the report." is body text."""
    body = (
        "First line stays.\nAlso Read | Floods Hit Coastal Towns\nRead more about it in the report."
    )
    paragraphs, hits, _ = _norm(body)
    assert paragraphs == ["First line stays.", "Read more about it in the report."]
    assert hits == ["also_read"]


@pytest.mark.parametrize(
    ("line", "rule", "agencies"),
    [
        ("(ANI)", "agency_trailer", ["ANI"]),
        ("(With inputs from PTI and Reuters)", "agency_trailer", ["PTI", "Reuters"]),
        ("Reuters", "agency_trailer", ["Reuters"]),
        ("-- IANS", "agency_trailer", ["IANS"]),
        ("(Reporting by Jane Roe in Lima; Editing by Tom Bay)", "reporting_credit", []),
        ("(end)", "wire_end_code", []),
        ("($1 = 0.9240 euros)", "currency_footnote", []),
        ("A crane in Lima, Peru, May 2, 2024. REUTERS/Ana Cruz/File Photo", "photo_caption", []),
        ("Farmers rest near a field. (AP Photo/Raj Singh)", "photo_caption", []),
        ("Representative image", "photo_caption", []),
        ("Image Credit: Shutterstock", "photo_caption", []),
        ("Advertisement", "advertisement", []),
        ("Story continues below advertisement", "advertisement", []),
        ("Share this article", "page_chrome", []),
        ("Facebook Twitter WhatsApp Email", "page_chrome", []),
        ("Sign up for our morning newsletter", "promo", []),
        ("Support independent journalism. Donate now.", "promo", []),
        ("We use cookies to improve your experience. Accept to continue.", "cookie_notice", []),
        ("Copyright 2024 The Associated Press. All rights reserved.", "copyright", []),
        ("(This story is auto-generated from a syndicated feed.)", "republish_notice", []),
        ("Updated: Mar 03, 2024 14:32 IST", "timestamp", []),
        ("March 3, 2024 10:22 AM IST", "timestamp", []),
    ],
)  # fmt: skip
def test_boilerplate_line_is_removed_by_its_named_rule(
    line: str, rule: str, agencies: list[str]
) -> None:
    """Each kind of boilerplate line goes, under its own rule name, crediting its agencies."""
    body = f"The port reopened on Tuesday.\n{line}\nTrade resumed within hours."
    paragraphs, hits, credited = _norm(body)
    assert paragraphs == ["The port reopened on Tuesday.", "Trade resumed within hours."]
    assert hits == [rule]
    assert credited == agencies


@pytest.mark.parametrize(
    "sentence",
    [
        "Reuters reported the deal on Monday, citing two sources.",
        "The agency said it would donate the proceeds to local charities.",
        "Copyright law was the focus of the hearing.",
        "Related talks are scheduled for Friday in Geneva.",
        "By the end of the week, prices had fallen by 4%.",
        "Updated figures will be published in June.",
        "Share prices rose 3% in early trade.",
    ],
)
def test_body_sentences_that_look_like_boilerplate_stay(sentence: str) -> None:
    """Sentences that merely mention a rule's keywords are story text and are kept."""
    paragraphs, hits, _ = _norm(f"The port reopened on Tuesday.\n{sentence}")
    assert paragraphs[1] == sentence
    assert hits == []


def test_byline_is_extracted_only_at_the_top() -> None:
    """ "By Jane Roe and Tom Bay" at the top is the byline, removed from the body."""
    story = normalize(
        RawStory(headline="Port reopens", body="By Jane Roe and Tom Bay\n\nThe port reopened.")
    )
    assert story.byline == "Jane Roe and Tom Bay"
    assert story.paragraphs == ["The port reopened."]
    assert "byline" in story.rule_hits


def test_inline_wire_artifacts_are_removed() -> None:
    """Instrument codes, tagreuters tokens and "opens new tab" go; the sentence stays."""
    body = (
        "Shares of SoftBank Group (9984.T) rose 2%, opens new tab after the results.\n"
        "tagreuters.com2024binary_LYNXMPEK2B0AB-VIEWIMAGE"
    )
    paragraphs, hits, _ = _norm(body)
    assert paragraphs == ["Shares of SoftBank Group rose 2% after the results."]
    assert hits == ["wire_artifact"]


def test_agency_glued_to_the_last_paragraph_is_a_trailer() -> None:
    """ANI puts "(ANI)" at the end of the last paragraph: it goes, ANI is credited."""
    paragraphs, hits, agencies = _norm("First.\nThe talks will resume next week. (ANI)")
    assert paragraphs == ["First.", "The talks will resume next week."]
    assert (hits, agencies) == (["agency_trailer"], ["ANI"])


@pytest.mark.parametrize(
    ("opening", "place", "date", "agency"),
    [
        ("SEOUL (Reuters) - South Korea said", "SEOUL", None, "Reuters"),
        ("LONDON, March 3 (Reuters) - Britain said", "LONDON", "March 3", "Reuters"),
        ("Dubai [UAE], March 4 (ANI): The UAE said", "Dubai [UAE]", "March 4", "ANI"),
        ("Istanbul, Feb 27 (AP) \u2014 Turkey said", "Istanbul", "Feb 27", "AP"),
        ("New Delhi, Mar 3 (PTI) The ministry said", "New Delhi", "Mar 3", "PTI"),
        ("PARIS, 3 March 2024 (AFP) - France said", "PARIS", "3 March 2024", "AFP"),
    ],
)
def test_dateline_forms(opening: str, place: str, date: str | None, agency: str) -> None:
    """Datelines give place, date and a normalised agency, which is credited; text stays."""
    story = normalize(RawStory(headline="Headline of it", body=f"{opening} on Monday."))
    assert story.dateline is not None
    assert (story.dateline.place, story.dateline.date, story.dateline.agency) == (
        place,
        date,
        agency,
    )
    assert agency in story.agencies
    assert story.paragraphs[0].startswith(opening)


def test_no_dateline_in_an_ordinary_sentence() -> None:
    """A parenthesis that is not an agency credit is not a dateline."""
    story = normalize(RawStory(headline="H h h", body="The ministry (MoD) said on Monday."))
    assert story.dateline is None


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("It\u00e2\u20ac\u2122s the caf\u00c3\u00a9's view.", "It's the café's view.", "mojibake"),
        ("It\u9225\u6a9a the owner\u9225\u6a9a view.", "It's the owner's view.", "mojibake"),
        ("\u201cWe agree,\u201d she said.", '"We agree," she said.', "quotes_dashes"),
        ("Prices\u00a0rose\u200b sharply.", "Prices rose sharply.", "special_spaces"),
        ("Tom &amp;amp; Jerry &lt;3 &eacute;t&eacute;.", "Tom & Jerry <3 été.", "html_entities"),
        ("The talks ended.Officials left.", "The talks ended. Officials left.", "glued_words"),
        ("Cafe\u0301 opens.", "Café opens.", "unicode_form"),
    ],
)  # fmt: skip
def test_text_repair(text: str, expected: str, rule: str) -> None:
    """Mojibake (Latin-1 and GBK), quotes, spaces, entities, glued sentences, NFC."""
    paragraphs, hits, _ = _norm(text)
    assert paragraphs == [expected]
    assert rule in hits


def test_real_cjk_text_is_not_treated_as_gbk_mojibake() -> None:
    """Chinese text stays as it is: the GBK repair only touches mostly-Latin lines."""
    chinese = "中国外交部发言人周一表示\uff0c双方将继续对话。"
    paragraphs, hits, _ = _norm(chinese)
    assert paragraphs == [chinese]
    assert "mojibake" not in hits


def test_html_body_becomes_paragraphs_without_scripts_or_captions() -> None:
    """Paragraphs and <br> survive; script, style, figure captions and share bars go."""
    body = (
        "<div class='share-bar'>Share</div><p>First &amp; foremost.</p><script>x()</script>"
        "<figure><img src=a.jpg><figcaption>A man waves. REUTERS/Ann Lee</figcaption></figure>"
        "<p>Line one<br>line two</p><style>p{}</style>"
    )
    story = normalize(RawStory(headline="H h h", body=body, body_is_html=True))
    assert story.paragraphs == ["First & foremost.", "Line one", "line two"]
    assert {"html_markup", "html_script_style", "page_chrome", "photo_caption"} <= set(
        story.rule_hits
    )


def test_hard_wrapped_text_is_joined_into_paragraphs() -> None:
    """Plain text cut at 60-odd columns becomes one paragraph per blank-line block."""
    body = (
        "The city council voted on Tuesday to extend the night bus\n"
        "service for another year, after a survey found that most\n"
        "riders were shift workers.\n\nA second vote is due in May."
    )
    paragraphs, hits, _ = _norm(body)
    assert paragraphs == [
        "The city council voted on Tuesday to extend the night bus service for another year, "
        "after a survey found that most riders were shift workers.",
        "A second vote is due in May.",
    ]
    assert hits == ["unwrap_lines"]


def test_metadata_url_language_time_and_site_suffix() -> None:
    """URL canonical, language tag cased, time in UTC, " | Site" dropped from the headline."""
    story = normalize(
        RawStory(
            headline="Port reopens after strike | Daily Planet",
            body="The port reopened.",
            url="https://WWW.Example.com/news/port?utm_source=tw&id=7#top",
            language="EN_us",
            published_at=datetime(2024, 3, 3, 12, 0),
        )
    )
    assert story.headline == "Port reopens after strike"
    assert story.url == "https://example.com/news/port?id=7"
    assert story.language == "en-US"
    assert story.versioncreated == datetime(2024, 3, 3, 12, 0, tzinfo=UTC)
    assert {"headline_site_suffix", "url_canonical"} <= set(story.rule_hits)


def test_story_made_only_of_boilerplate_is_rejected_as_empty() -> None:
    """Nothing left after cleaning: RejectError with reason EMPTY, not an empty story."""
    with pytest.raises(RejectError) as info:
        normalize(RawStory(headline="H", body="Advertisement\n(ANI)\nShare"))
    assert info.value.reason is RejectReason.EMPTY


def test_normalized_seed_is_a_fixed_point() -> None:
    """Normalizing the clean seed again changes nothing and fires no rule."""
    story = normalize(parse(SEED.read_bytes(), max_bytes=1 << 20))
    again = normalize(to_raw(story))
    assert again.model_dump(exclude={"rule_hits"}) == story.model_dump(exclude={"rule_hits"})
    assert again.rule_hits == []
