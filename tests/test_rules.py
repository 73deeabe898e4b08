"""Every rule has a flow that fires it and one that does not."""

from __future__ import annotations

import pytest

from mockcheck.classify import classify_flow
from mockcheck.model import LoadProblem, Severity, Step
from mockcheck.rules import RULES, run_rules
from mockcheck.scopes import parse_scopes

from builders import AUTHORIZE, CONNECT, CONNECTING, HEIGHT, RESULT, WIDTH, flow, reading, without


def rule_ids(screens, problems=(), scopes=None) -> list[str]:
    return [f.rule for f in run_rules(screens, problems, parse_scopes(scopes))]


def test_complete_flow_has_no_findings() -> None:
    assert rule_ids(flow(CONNECT, CONNECTING, AUTHORIZE, RESULT)) == []


@pytest.mark.parametrize(
    ("missing", "screens"),
    [
        (Step.CONNECT, (CONNECTING, AUTHORIZE, RESULT)),
        (Step.CONNECTING, (CONNECT, AUTHORIZE, RESULT)),
        (Step.AUTHORIZE, (CONNECT, CONNECTING, RESULT)),
        (Step.RESULT, (CONNECT, CONNECTING, AUTHORIZE)),
    ],
)
def test_each_missing_step_fires_missing_step(missing: Step, screens) -> None:
    findings = run_rules(flow(*screens))
    assert [(f.rule, f.step) for f in findings] == [("missing-step", missing)]
    assert findings[0].severity is Severity.ERROR


def test_steps_out_of_order_fire_step_order_warning() -> None:
    findings = run_rules(flow(CONNECT, AUTHORIZE, CONNECTING, RESULT))
    assert [f.rule for f in findings] == ["step-order"]
    assert findings[0].severity is Severity.WARNING
    assert findings[0].source == "Screen 3.png"


def test_connecting_screen_without_go_back_fires_missing_go_back() -> None:
    ids = rule_ids(flow(CONNECT, without(CONNECTING, "Go back"), AUTHORIZE, RESULT))
    assert ids == ["missing-go-back"]


def test_connecting_screen_without_proceed_fires_missing_proceed() -> None:
    ids = rule_ids(flow(CONNECT, without(CONNECTING, "Continue"), AUTHORIZE, RESULT))
    assert ids == ["missing-proceed"]


def test_go_back_inside_a_sentence_is_not_a_control() -> None:
    screen = (
        *without(CONNECTING, "Go back"),
        ("text", "You can always go back and change your mind later in settings."),
    )
    assert "missing-go-back" in rule_ids(flow(CONNECT, screen, AUTHORIZE, RESULT))


def test_connecting_screen_without_data_list_fires_missing_data_disclosure() -> None:
    screen = without(CONNECTING, "Your profile info", "Your watch history")
    assert rule_ids(flow(CONNECT, screen, AUTHORIZE, RESULT)) == ["missing-data-disclosure"]


def test_vague_your_tiktok_data_is_not_a_disclosure() -> None:
    screen = (
        *without(CONNECTING, "Your profile info", "Your watch history"),
        ("text", "We'll import your TikTok data."),
    )
    assert "missing-data-disclosure" in rule_ids(flow(CONNECT, screen, AUTHORIZE, RESULT))


def test_connecting_screen_without_purpose_fires_missing_purpose() -> None:
    screen = without(CONNECTING, "We use this to build your highlight reel.")
    findings = run_rules(flow(CONNECT, screen, AUTHORIZE, RESULT))
    assert [f.rule for f in findings] == ["missing-purpose"]
    assert findings[0].source == "Screen 2.png"
    assert "why" in findings[0].message


def test_connect_page_without_tiktok_fires_missing_connect_option() -> None:
    page = (
        ("heading", "Connect your accounts"),
        ("text", "Choose a service to bring your videos in"),
        ("button", "Connect Instagram"),
        ("button", "Connect YouTube"),
        ("button", "Connect Spotify"),
    )
    assert rule_ids(flow(page, CONNECTING, AUTHORIZE, RESULT)) == ["missing-connect-option"]


def test_result_without_confirmation_fires_missing_success_confirmation() -> None:
    screens = flow(CONNECT, CONNECTING, AUTHORIZE, RESULT)
    # A result screen whose text says nothing of success (as when OCR lost the heading).
    bare = classify_flow(
        [reading("Screen 4.png", ("text", "Your TikTok videos"), ("button", "Open Reelpad"), seed=9)]
    )
    forced = [*screens[:3], type(bare[0])(**{**bare[0].__dict__, "step": Step.RESULT})]
    assert rule_ids(forced) == ["missing-success-confirmation"]


def test_same_screen_twice_fires_duplicate_screen() -> None:
    screens = classify_flow(
        [
            reading("Screen 1.png", *CONNECT, seed=1),
            reading("Screen 2.png", *CONNECTING, seed=2),
            reading("Screen 2 copy.png", *CONNECTING, seed=2),
            reading("Screen 3.png", *AUTHORIZE, seed=3),
            reading("Screen 4.png", *RESULT, seed=4),
        ]
    )
    findings = run_rules(screens)
    assert [f.rule for f in findings] == ["duplicate-screen"]
    assert findings[0].source == "Screen 2 copy.png"


def test_undisclosed_scope_fires_when_requested_data_is_not_named() -> None:
    screens = flow(CONNECT, CONNECTING, AUTHORIZE, RESULT)
    assert rule_ids(screens, scopes="portability.directmessages.single") == [
        "undisclosed-scope",
        "unrequested-data",
        "unrequested-data",
    ]


def test_disclosed_scopes_pass() -> None:
    screens = flow(CONNECT, CONNECTING, AUTHORIZE, RESULT)
    assert rule_ids(screens, scopes="portability.activity.single,portability.postsandprofile.single") == []


def test_all_scope_is_disclosed_by_saying_all_data() -> None:
    screen = (
        *without(CONNECTING, "Your profile info", "Your watch history"),
        ("list_item", "All your TikTok data"),
    )
    assert rule_ids(flow(CONNECT, screen, AUTHORIZE, RESULT), scopes="portability.all.single") == []


def test_unrequested_data_is_a_warning() -> None:
    findings = run_rules(
        flow(CONNECT, CONNECTING, AUTHORIZE, RESULT), (), parse_scopes("portability.activity.single")
    )
    assert [(f.rule, f.severity) for f in findings] == [("unrequested-data", Severity.WARNING)]


def test_ongoing_scope_without_recurrence_fires_ongoing_not_explained() -> None:
    screens = flow(CONNECT, CONNECTING, AUTHORIZE, RESULT)
    ids = rule_ids(screens, scopes="portability.activity.ongoing,portability.postsandprofile.ongoing")
    assert ids == ["ongoing-not-explained"]


def test_ongoing_scope_with_recurrence_passes() -> None:
    screen = (*CONNECTING, ("text", "We sync new videos every day until you disconnect."))
    ids = rule_ids(
        flow(CONNECT, screen, AUTHORIZE, RESULT),
        scopes="portability.activity.ongoing,portability.postsandprofile.ongoing",
    )
    assert ids == []


def test_unreadable_file_fires_unreadable_input_naming_it() -> None:
    problem = LoadProblem("Screen 5.png", None, "the file is empty (0 bytes)")
    findings = run_rules(flow(CONNECT, CONNECTING, AUTHORIZE, RESULT), [problem])
    assert [(f.rule, f.source) for f in findings] == [("unreadable-input", "Screen 5.png")]
    assert "0 bytes" in findings[0].message


def test_placeholder_text_fires_low_fidelity() -> None:
    sketch = (*RESULT, ("text", "Lorem ipsum dolor sit amet"), ("button", "Button"))
    findings = run_rules(flow(CONNECT, CONNECTING, AUTHORIZE, sketch))
    assert [(f.rule, f.severity) for f in findings] == [("low-fidelity", Severity.WARNING)]


def test_screen_in_german_fires_non_english_warning() -> None:
    german = (
        ("heading", "Mit TikTok verbinden"),
        (
            "text",
            "Wir werden deine Daten und dein Profil von TikTok abrufen, damit wir sie für dich anzeigen",
        ),
        ("text", "Du kannst die Verbindung mit der App jederzeit trennen und deine Daten löschen"),
        ("button", "Weiter"),
        ("link", "Zurück"),
    )
    findings = run_rules(flow(CONNECT, CONNECTING, AUTHORIZE, RESULT, german))
    assert [f.rule for f in findings] == ["non-english"]
    assert "German" in findings[0].message


def test_every_rule_of_the_spec_is_registered() -> None:
    spec_ids = {
        "missing-step", "step-order", "missing-connect-option", "missing-proceed", "missing-go-back",
        "missing-data-disclosure", "missing-purpose", "missing-success-confirmation", "undisclosed-scope",
        "unrequested-data", "duplicate-screen", "low-fidelity", "unreadable-input",
    }  # fmt: skip
    assert spec_ids <= set(RULES)
    for r in RULES.values():
        assert r.guideline and r.check.__doc__


def test_dashboard_after_tiktok_page_fires_missing_step_and_missing_success_confirmation() -> None:
    dashboard = (
        ("heading", "Home"),
        ("text", "Recent projects"),
        ("button", "New project"),
        ("text", "Sign out"),
    )
    findings = run_rules(flow(CONNECT, CONNECTING, AUTHORIZE, dashboard))
    assert [(f.rule, f.source) for f in findings] == [
        ("missing-step", None),
        ("missing-success-confirmation", "Screen 4.png"),
    ]


def test_journey_ending_on_tiktok_page_fires_only_missing_step() -> None:
    assert rule_ids(flow(CONNECT, CONNECTING, AUTHORIZE)) == ["missing-step"]


def test_tab_bar_labels_are_not_named_data() -> None:
    screen = (*CONNECTING, ("text", "Home Discover Inbox Profile"))
    assert (
        rule_ids(
            flow(CONNECT, screen, AUTHORIZE, RESULT),
            scopes="portability.activity.single,portability.postsandprofile.single",
        )
        == []
    )


def test_heading_connected_accounts_is_no_confirmation() -> None:
    page = (
        ("heading", "Connected accounts"),
        ("text", "Manage the services you use with Reelpad"),
        ("button", "Open Reelpad"),
    )
    screens = flow(CONNECT, CONNECTING, AUTHORIZE, page)
    assert screens[-1].facts.success == ()


def test_half_size_copy_is_a_duplicate_even_when_ocr_reads_less_of_it() -> None:
    original = reading("Screen 2.png", *CONNECTING, seed=2)
    small = original.screen.image.resize((WIDTH // 2, HEIGHT // 2))
    copy = reading("Screen 2 small.png", ("text", "Connecting to TikTok"), ("text", "Go back"), seed=2)
    copy = type(copy)(type(copy.screen)("Screen 2 small.png", None, None, small), copy.layout)
    screens = classify_flow(
        [
            reading("Screen 1.png", *CONNECT, seed=1),
            original,
            copy,
            reading("Screen 3.png", *AUTHORIZE, seed=3),
            reading("Screen 4.png", *RESULT, seed=4),
        ]
    )
    assert screens[2].step is Step.CONNECTING
    assert [f.rule for f in run_rules(screens)] == ["duplicate-screen"]


def test_same_page_with_a_new_banner_is_no_copy() -> None:
    settings = (
        ("heading", "Integrations"),
        ("list_item", "TikTok"),
        ("list_item", "Pinterest"),
        ("button", "Connect"),
        ("button", "Connect"),
    )
    linked = (
        ("heading", "Integrations"),
        ("text", "Your TikTok is linked. Snapfolio is now connected to your TikTok account."),
        ("list_item", "TikTok"),
        ("list_item", "Pinterest"),
        ("button", "Connect"),
    )
    screens = classify_flow(
        [
            reading("01.png", *settings, seed=1),
            reading("02.png", *CONNECTING, seed=2),
            reading("03.png", *AUTHORIZE, seed=3),
            # The same picture, as a banner changes few pixels of a whole page.
            reading("04.png", *linked, seed=1),
        ]
    )
    assert screens[3].step is Step.RESULT
    assert "duplicate-screen" not in rule_ids(screens)


def test_a_busy_page_with_a_toast_of_words_it_already_holds_is_no_copy() -> None:
    # The connect page again with 'TikTok account connected successfully' in a corner: a few new
    # words among many, most of them already on the page ('Connected platforms', 'Link TikTok
    # account'), but a line like none before it.
    services = tuple(("list_item", f"{name} Connect") for name in ("Dropbox", "Spotify", "Twitch", "YouTube"))
    page = (
        ("heading", "Integrations"),
        ("text", "Connected platforms feed your dashboard automatically."),
        *services,
        ("button", "Link TikTok account"),
        ("text", "Pick the platforms you post on and we will do the rest."),
    )
    toast = (*page, ("text", "TikTok account connected successfully"))
    screens = classify_flow(
        [
            reading("01.png", *page, seed=1),
            reading("02.png", *CONNECTING, seed=2),
            reading("03.png", *AUTHORIZE, seed=3),
            reading("04.png", *toast, seed=1),
        ]
    )
    assert screens[3].step is Step.RESULT
    assert "duplicate-screen" not in rule_ids(screens)


def test_a_copy_read_with_slips_line_by_line_shows_no_new_line() -> None:
    from mockcheck.fingerprint import _new_line as new_line
    from mockcheck.model import Line, Word

    def line(text: str, conf: float = 95.0) -> Line:
        return Line(tuple(Word(w, (0, 0, 10, 10), conf) for w in text.split()), (0, 0, 100, 10))

    earlier = ["choose where your uploads come from", "import posts and stories from google photos"]
    assert not new_line(
        earlier,
        [line("choos where yourupiosh come trom"), line("inport pouls and wtories from googhe photos")],
    )
    assert new_line(earlier, [line("TikTok account connected successfully")])
    # A line OCR garbled (a JPEG copy's address bar) is read with low confidence: no new content.
    assert not new_line(earlier, [line("auth authori ee cleo keys aackoncetwl", conf=15.0)])


def test_half_size_copy_read_with_slips_still_counts_as_a_copy() -> None:
    from mockcheck.fingerprint import _shows_new_content as shows_new_content

    original = "choose where your uploads come from import posts and stories from google photos"
    half_size = "choos where yourupiosh come trom inport pouls and wtories from googhe photos"
    assert not shows_new_content(original, half_size, (393, 852), (196, 426))
    assert shows_new_content(original, half_size, (393, 852), (393, 852))


def test_the_same_screen_in_another_frame_is_a_duplicate_by_its_words() -> None:
    # Another device frame and canvas make another picture; the words are the same, save specks.
    done = (
        ("heading", "You're all set"),
        ("text", "We've connected your TikTok account. Your workouts are matched with coaches."),
        ("text", "Workouts matched Coaches Streak This week"),
        ("button", "Start exploring"),
    )
    in_frame = (("text", "evan XQ"), *done)
    screens = classify_flow(
        [
            reading("1.png", *CONNECT, seed=1),
            reading("2.png", *CONNECTING, seed=2),
            reading("3.png", *AUTHORIZE, seed=3),
            reading("4.png", *done, seed=4),
            reading("5.png", *in_frame, seed=5),
        ]
    )
    assert rule_ids(screens) == ["duplicate-screen"]


def test_the_same_screen_in_a_frame_read_in_another_line_order_is_a_duplicate() -> None:
    # The frame's margin shifted which line of a row OCR reads first: the same words, reordered.
    done = (
        ("text", "Westfield Growth Overview Search"),
        ("heading", "You're connected"),
        ("text", "We're importing your data now. This usually takes a few minutes."),
        ("text", "Calendar Week Brand Drive Keepsake Cloud"),
        ("button", "Open dashboard"),
    )
    reordered = (done[3], *done[1:3], done[0], done[4])
    screens = classify_flow(
        [
            reading("1.png", *CONNECT, seed=1),
            reading("2.png", *CONNECTING, seed=2),
            reading("3.png", *AUTHORIZE, seed=3),
            reading("4.png", *done, seed=4),
            reading("5.png", *reordered, seed=5),
        ]
    )
    assert rule_ids(screens) == ["duplicate-screen"]


def test_two_screens_sharing_a_few_words_are_no_duplicates() -> None:
    assert "duplicate-screen" not in rule_ids(
        classify_flow(
            [reading(f"{i}.png", *s, seed=i) for i, s in enumerate((CONNECT, CONNECTING, AUTHORIZE, RESULT))]
        )
    )


def test_a_lone_field_label_like_title_is_no_placeholder() -> None:
    form = (*RESULT, ("text", "Title"), ("input", "My first reel"))
    assert "low-fidelity" not in {f.rule for f in run_rules(flow(CONNECT, CONNECTING, AUTHORIZE, form))}


def test_two_generic_placeholders_on_one_screen_fire_low_fidelity() -> None:
    sketch = (*RESULT, ("heading", "Title"), ("button", "Button"))
    assert "low-fidelity" in {f.rule for f in run_rules(flow(CONNECT, CONNECTING, AUTHORIZE, sketch))}
