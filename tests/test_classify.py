from __future__ import annotations

import itertools
import math
from dataclasses import replace

from mockcheck.classify import (
    DEVELOPER_PORTAL_MIN_CUES,
    SOFTMAX_TEMPERATURE,
    START,
    STEPS,
    _marginals,
    _transition,
    classify_flow,
    score_connect,
    score_connecting,
)
from mockcheck.facts import extract
from mockcheck.model import JOURNEY, Step

from builders import AUTHORIZE, CONNECT, CONNECTING, RESULT, flow, reading


def steps(screens) -> list[str]:
    return [s.step.value for s in screens]


def test_complete_flow_gets_its_four_steps_in_order() -> None:
    assert steps(flow(CONNECT, CONNECTING, AUTHORIZE, RESULT)) == [
        "connect",
        "connecting",
        "authorize",
        "result",
    ]


def test_classification_ignores_file_names() -> None:
    screens = classify_flow([reading("connect.png", *RESULT), reading("result.png", *CONNECT, seed=1)])
    assert steps(screens) == ["result", "connect"]


def test_app_sign_in_page_is_other() -> None:
    sign_in = (
        ("heading", "Welcome back"),
        ("text", "Sign in to Reelpad"),
        ("input", "Email address"),
        ("input", "Password"),
        ("button", "Sign in"),
        ("link", "Forgot password?"),
    )
    assert steps(flow(sign_in)) == ["other"]


def test_a_plan_picker_with_a_connect_button_per_plan_is_other() -> None:
    # Prices in one wording only ('$9/mo', '$29/mo'), and each plan's button says 'Connect'.
    plans = (
        ("heading", "Pick a plan"),
        ("text", "Free"),
        ("text", "$9/mo"),
        ("text", "$29/mo"),
        ("button", "Connect"),
        ("button", "Connect"),
        ("button", "Connect"),
    )
    assert steps(flow(plans, CONNECT, CONNECTING, AUTHORIZE, RESULT))[0] == "other"


def test_pricing_page_is_other() -> None:
    pricing = (
        ("heading", "Choose your plan"),
        ("text", "Pro $9.99 per month"),
        ("text", "Free trial for 7 days"),
        ("button", "Upgrade"),
    )
    assert steps(flow(pricing)) == ["other"]


def test_tiktok_login_state_is_authorize() -> None:
    login = (
        ("heading", "Log in to TikTok"),
        ("button", "Use QR code"),
        ("button", "Use phone / email / username"),
        ("button", "Continue with Google"),
        ("text", "Don't have an account? Sign up"),
    )
    assert steps(flow(login)) == ["authorize"]


def test_google_consent_page_is_not_tiktok_authorize() -> None:
    google = (
        ("heading", "Sign in with Google"),
        ("text", "Reelpad wants to access your Google Account"),
        ("text", "See your primary email address"),
        ("button", "Allow"),
        ("button", "Cancel"),
    )
    assert steps(flow(google)) == ["other"]


def test_every_screen_has_evidence_and_a_confidence() -> None:
    for screen in flow(CONNECT, CONNECTING, AUTHORIZE, RESULT):
        assert screen.evidence
        assert 0.0 <= screen.confidence <= 1.0
        assert screen.step is not Step.OTHER


def test_result_screen_with_other_wording_is_result() -> None:
    done = (("heading", "Import complete"), ("text", "42 TikTok videos are now in your library"))
    assert steps(flow(CONNECT, CONNECTING, AUTHORIZE, done))[-1] == "result"


def test_settings_page_showing_tiktok_linked_is_result_not_connect() -> None:
    linked = (
        ("heading", "Linked accounts"),
        ("button", "TikTok connected Your TikTok account was linked successfully."),
        ("text", "TikTok"),
        ("text", "Instagram"),
        ("link", "Connect"),
        ("text", "YouTube"),
        ("link", "Connect"),
    )
    assert steps(flow(CONNECT, CONNECTING, AUTHORIZE, linked))[-1] == "result"


def test_tiktok_developer_portal_listing_scopes_is_other() -> None:
    portal = (
        ("text", "TikTok for Developers"),
        ("heading", "Reelpad Production"),
        ("text", "Products Login Kit Data Portability API"),
        ("text", "Scopes"),
        ("text", "portability.activity.single Approved"),
        ("text", "Export a copy of your activity data"),
        ("text", "developers.tiktok.com"),
    )
    assert steps(flow(portal)) == ["other"]


def test_app_log_in_page_with_continue_with_tiktok_is_other() -> None:
    log_in = (
        ("heading", "Log in"),
        ("text", "Good to see you again."),
        ("button", "Continue with TikTok"),
        ("button", "Continue with Google"),
        ("input", "Email address"),
        ("input", "Password"),
        ("button", "Log in"),
        ("text", "Forgot password? Create account"),
    )
    assert steps(flow(log_in)) == ["other"]


def test_tiktok_log_in_form_without_the_word_in_its_heading_is_authorize() -> None:
    form = (
        ("heading", "Log in"),
        ("text", "TikTok"),
        ("input", "Email or username"),
        ("input", "Password"),
        ("link", "Forgot password?"),
        ("button", "Log in"),
        ("text", "Don't have an account? Sign up"),
    )
    assert steps(flow(CONNECT, CONNECTING, form, RESULT))[2] == "authorize"


def test_another_providers_consent_page_is_other() -> None:
    paypal = (
        ("heading", "Example App requests access to your PayPal account information"),
        ("text", "What Example App will receive"),
        ("list_item", "Balances"),
        ("list_item", "Transactions"),
        ("button", "I agree"),
    )
    assert steps(flow(paypal)) == ["other"]


def test_another_providers_consent_page_with_its_heading_wrapped_is_other() -> None:
    # In a flow, so the journey's own connecting screen is not missing from its context.
    instagram = (
        ("text", "Done www.instagram.com"),
        ("heading", "Nomad Nook would like to connect to your"),
        ("text", "Instagram account"),
        ("text", "It will be able to:"),
        ("text", "Read your profile info"),
        ("text", "Access your photos"),
        ("link", "Cancel"),
        ("button", "Allow"),
    )
    assert steps(flow(CONNECT, CONNECTING, instagram, RESULT))[2] == "other"


def test_statistics_dashboard_naming_data_is_other() -> None:
    studio = (
        ("text", "www.tiktok.com/tiktokstudio/analytics"),
        ("text", "Overview Content Viewers Followers"),
        ("text", "Last 7 days"),
        ("text", "Video views"),
        ("text", "Profile views"),
        ("text", "Likes"),
        ("text", "Followers"),
    )
    assert steps(flow(studio)) == ["other"]


def test_connect_page_of_any_service_is_connect() -> None:
    bank = (
        ("heading", "Add Account"),
        ("text", "Link your bank accounts to automatically download transactions."),
        ("button", "Link bank account"),
        ("button", "Create local account"),
    )
    assert steps(flow(bank)) == ["connect"]


def test_marginals_equal_brute_force_over_every_reading_of_the_flow() -> None:
    table = [
        {s: v for s, v in zip(STEPS, row, strict=True)}
        for row in ((3.0, 1.0, 0.0, 0.2, 1.5), (2.0, 2.2, 0.0, 0.1, 1.5), (0.0, 0.3, 4.0, 0.0, 1.5))
    ]
    totals: dict[tuple[int, object], float] = {}
    z = 0.0
    for path in itertools.product(STEPS, repeat=len(table)):
        state, value = START, 0.0
        for scores, step in zip(table, path, strict=True):
            state, penalty = _transition(state, step)
            value += scores[step] - penalty
        weight = math.exp(value / SOFTMAX_TEMPERATURE)
        z += weight
        for i, step in enumerate(path):
            totals[(i, step)] = totals.get((i, step), 0.0) + weight
    for i, row in enumerate(_marginals(table)):
        assert abs(sum(row.values()) - 1.0) < 1e-9
        for step in STEPS:
            assert abs(row[step] - totals[(i, step)] / z) < 1e-9


def test_neighbours_make_an_ambiguous_screen_more_certain() -> None:
    ambiguous = (
        ("heading", "Almost there"),
        ("text", "Your TikTok videos"),
        ("button", "Continue"),
        ("link", "Go back"),
    )
    alone = classify_flow([reading("x.png", *ambiguous)])[0]
    in_flow = flow(CONNECT, ambiguous, AUTHORIZE, RESULT)[1]
    assert in_flow.step is Step.CONNECTING
    assert in_flow.confidence > alone.confidence


def test_integrations_page_under_a_confirmation_banner_is_result() -> None:
    # The banner names the TikTok handle, not TikTok; the grid below still offers other services.
    page = (
        ("heading", "Connect your accounts"),
        ("button", "You're all set! @mayamakes is now connected to Bramble. We're importing your data."),
        ("text", "TikTok"),
        ("button", "Active"),
        ("text", "Instagram"),
        ("button", "Connect"),
        ("text", "Shopify"),
        ("button", "Connect"),
        ("text", "Twitch"),
        ("button", "Connect"),
    )
    assert steps(flow(CONNECT, CONNECTING, AUTHORIZE, page))[-1] == "result"


def test_once_connected_empty_state_is_connect_not_result() -> None:
    empty = (
        ("heading", "No data yet"),
        ("text", "Once TikTok is connected, Pinecast fills this page for you."),
        ("button", "Link account"),
    )
    assert steps(flow(empty, CONNECTING, AUTHORIZE, RESULT))[0] == "connect"


def test_tiktok_sign_in_page_with_phone_and_code_is_authorize() -> None:
    sign_in = (
        ("button", "TikTok"),
        ("heading", "Sign in"),
        ("text", "Phone Email / Username"),
        ("input", "Phone number"),
        ("button", "Send code"),
        ("text", "Reset password"),
        ("button", "Sign in"),
    )
    assert steps(flow(CONNECT, CONNECTING, sign_in, RESULT))[2] == "authorize"


def test_app_sign_in_page_naming_tiktok_in_its_footer_is_other() -> None:
    sign_in = (
        ("heading", "Log in to Snapfolio"),
        ("text", "Email / Username"),
        ("input", "Password"),
        ("button", "Log in"),
        ("text", "Snapfolio works with TikTok"),
    )
    assert steps(flow(sign_in, CONNECT, CONNECTING, AUTHORIZE, RESULT))[0] == "other"


def test_an_app_log_in_with_tiktoks_options_under_a_help_caption_is_other() -> None:
    # TikTok's own option wording, but the page's title, under a help article's caption, signs
    # in to the app; TikTok is named nowhere.
    sign_in = (
        ("heading", "Screen 3 Home"),
        ("heading", "Log in to Calmscroll"),
        ("button", "Use phone / email / username"),
        ("button", "Continue with Google"),
        ("button", "Log in"),
    )
    assert steps(flow(CONNECT, CONNECTING, AUTHORIZE, sign_in, RESULT))[3] == "other"


def test_an_app_log_in_title_with_an_ocr_slip_still_names_the_app() -> None:
    sign_in = (
        ("heading", "Leg in to Snapgrid"),
        ("button", "Use phone / email / username"),
        ("button", "Continue with Apple"),
    )
    assert steps(flow(CONNECT, CONNECTING, AUTHORIZE, sign_in, RESULT))[3] == "other"


def test_the_developer_portal_with_its_logo_read_apart_is_other() -> None:
    # The header's 'TikTok' / 'for' / 'Developers' read as three lines, its words in one row.
    portal = (
        ("list_item", "TikTok"),
        ("list_item", "Developers"),
        ("heading", "Manage apps"),
        ("text", "Trendly"),
        ("button", "In review"),
        ("button", "Products: Login Kit, Data Portability API"),
    )
    assert steps(flow(portal, CONNECT, CONNECTING, AUTHORIZE, RESULT))[0] == "other"


def test_a_picker_of_services_in_a_business_tool_with_a_plan_badge_is_the_connect_page() -> None:
    # A modal listing services, the sidebar's user badge 'Pro plan' and menu 'Overview' behind it.
    picker = (
        ("heading", "Add a data source"),
        ("text", "Overview"),
        ("text", "Google Analytics"),
        ("text", "Channel analytics and publishing for YouTube"),
        ("text", "TikTok"),
        ("text", "Add your TikTok account to Signalroom in two clicks."),
        ("text", "HubSpot"),
        ("text", "Pro plan"),
        ("button", "Close"),
        ("button", "Next"),
    )
    assert steps(flow(picker, CONNECTING, AUTHORIZE, RESULT))[0] == "connect"


def test_tiktoks_page_in_an_in_app_browser_with_its_done_button_is_the_authorize_step() -> None:
    # The browser sheet's 'Done' sits in TikTok's row at the top: it closes, it reports nothing.
    page = (
        ("button", "Done"),
        ("heading", "TikTok"),
        ("heading", "Kindred Reel is requesting access to your TikTok account"),
        ("text", "Switch account"),
        ("text", "This will allow Kindred Reel to: Export a copy of your full user data archive"),
        ("button", "Cancel"),
        ("button", "Authorize"),
    )
    assert steps(flow(CONNECT, CONNECTING, page, RESULT))[2] == "authorize"
    assert not extract(reading("t.png", *page)).success


def test_an_in_app_browsers_done_beside_tiktoks_address_confirms_nothing() -> None:
    # b003 (brandkit seed 2): the sheet's bar 'Done  tiktok.com/v2/auth/authorize' read as one
    # button made TikTok's page a confirmation that TikTok was connected.
    page = (
        ("button", "Done a tiktok.com/v2/auth/authorize"),
        ("heading", "TikTok"),
        ("heading", "Glowtrack is requesting access to your TikTok account"),
        ("text", "This will allow Glowtrack to: Export a copy of your full user data archive"),
        ("button", "Cancel"),
        ("button", "Authorize"),
    )
    facts = extract(reading("t.png", *page))
    assert not facts.success and facts.tiktok_connected is None
    assert steps(flow(CONNECT, CONNECTING, page, RESULT))[2] == "authorize"
    # A sentence that reports the connection still does, an address in it or not.
    done = extract(
        reading("r.png", ("heading", "Done! TikTok is connected"), ("text", "Manage it at glowtrack.app"))
    )
    assert done.success


def test_another_providers_developer_portal_is_other() -> None:
    # A bank-data provider's portal home: its sidebar's 'Connect my bank' is a product, not a choice.
    portal = (
        ("text", "Free Plan"),
        ("text", "Connect my bank"),
        ("list_item", "Developers"),
        ("text", "Bank Account Data portal will let you configure your project settings."),
        ("text", "Check documentation to get started quickly."),
        ("button", "Upgrade Plan"),
        ("list_item", "2. Set up the API"),
    )
    assert steps(flow(portal, CONNECT, CONNECTING, AUTHORIZE, RESULT))[0] == "other"
    assert len(extract(reading("p.png", *portal)).developer_cues) >= DEVELOPER_PORTAL_MIN_CUES


def test_a_banner_reporting_tiktok_connected_before_a_future_sentence_is_the_confirmation() -> None:
    page = (
        ("heading", "Integrations"),
        ("button", "TikTok connected. Nice work, Maya. Your first report will be ready in a few minutes."),
        ("text", "Instagram"),
        ("button", "Connect"),
        ("text", "Twitch"),
        ("button", "Connect"),
    )
    assert steps(flow(CONNECT, CONNECTING, AUTHORIZE, page))[-1] == "result"


def test_a_connecting_screen_without_its_way_back_is_still_the_connecting_screen() -> None:
    no_back = (
        ("text", "Connect Hatchboard to TikTok"),
        ("text", "Hatchboard will receive your direct messages from TikTok."),
        ("text", "Why we ask"),
        ("text", "We import your direct messages so you can archive conversations with brands."),
        ("button", "Connect account"),
    )
    assert steps(flow(CONNECT, no_back, AUTHORIZE, RESULT))[1] == "connecting"


def test_thanks_alone_on_a_page_never_naming_tiktok_is_no_confirmation() -> None:
    tweet = (
        ("text", "webpack module bundler @webpack"),
        ("heading", "@educativeinc thank you for your $200"),
        ("text", "donation your contribution makes a difference!"),
    )
    assert steps(flow(tweet)) == ["other"]


def test_the_providers_answer_reported_back_is_the_confirmation() -> None:
    mapping = (
        ("heading", "Link Accounts"),
        ("text", "You allowed access to the following accounts. Select the one you want to link with:"),
        ("text", "Imported Account"),
        ("button", "Link account"),
        ("button", "Cancel"),
    )
    assert steps(flow(mapping)) == ["result"]


def test_a_list_of_services_each_with_enable_is_a_connect_page() -> None:
    page = (
        ("heading", "Hook up your socials"),
        ("text", "Quizzly works best with your favourite platforms."),
        ("text", "Pinterest"),
        ("button", "Enable"),
        ("text", "Instagram"),
        ("button", "Enable"),
        ("text", "Strava"),
        ("button", "Enable"),
    )
    assert steps(flow(page, CONNECTING, AUTHORIZE, RESULT))[0] == "connect"


def test_youre_connected_under_a_check_mark_is_the_confirmation() -> None:
    done = (
        ("link", "You're connected"),
        ("text", "We'll let you know when the import finishes."),
        ("button", "Continue"),
    )
    assert steps(flow(CONNECT, CONNECTING, AUTHORIZE, done))[-1] == "result"


def test_a_banner_asking_to_bring_tiktok_in_with_its_button_is_the_tiktok_option() -> None:
    dashboard = reading(
        "d.png",
        ("heading", "Fanbase CRM"),
        ("button", "New: bring your TikTok history into Fanbase CRM"),
        ("button", "Try it"),
        ("text", "Audience growth"),
    )
    elements = list(dashboard.layout.elements)
    elements[2] = replace(elements[2], box=(300, elements[1].box[1] + 8, 60, 24))
    facts = extract(replace(dashboard, layout=replace(dashboard.layout, elements=tuple(elements))))
    assert facts.tiktok_option is not None and "TikTok" in facts.tiktok_option.text


# A result whose 'linked' was cut by a cursor ('TikTok account link'): no sentence confirms
# anything, but the handle and the counted videos are an account already connected.
LINKED_DASHBOARD = (
    ("heading", "Mosaic Research"),
    ("text", "TikTok account link"),
    ("text", "@tomtalkstech is now co Mosaic Research."),
    ("button", "1,284 videos"),
    ("button", "212 posts"),
    ("text", "Audience growth"),
)


def test_a_handle_and_synced_counts_are_an_account_already_linked() -> None:
    facts = extract(reading("s.png", *LINKED_DASHBOARD))
    assert [m.text for m in facts.linked_account] == [
        "@tomtalkstech is now co Mosaic Research.",
        "1,284 videos",
        "212 posts",
    ]


def test_address_bars_and_emails_are_no_linked_account() -> None:
    facts = extract(
        reading(
            "s.png",
            ("text", "@https://app.loop.io/connect"),
            ("input", "maya @loop.io"),
            ("text", "Connect TikTok"),
        )
    )
    assert facts.linked_account == ()


def test_a_screen_showing_the_linked_account_after_tiktok_is_the_result() -> None:
    assert steps(flow(CONNECT, CONNECTING, AUTHORIZE, LINKED_DASHBOARD)) == [
        "connect",
        "connecting",
        "authorize",
        "result",
    ]


def test_the_first_result_after_tiktok_costs_less_than_one_anywhere_else() -> None:
    after_tiktok, _ = _transition((2, frozenset(JOURNEY[:3])), Step.RESULT)
    _, cost_after = _transition((2, frozenset(JOURNEY[:3])), Step.RESULT)
    _, cost_before = _transition((1, frozenset(JOURNEY[:2])), Step.RESULT)
    _, cost_second = _transition((3, frozenset(JOURNEY)), Step.RESULT)
    assert cost_after < cost_before < cost_second
    assert after_tiktok[0] == 3


def test_a_data_list_with_a_way_on_and_back_is_the_connecting_screen_without_a_why() -> None:
    # 'Add TikTok to Beatnest' reads as a TikTok option; the list and both controls say otherwise.
    screen = (
        ("text", "Add TikTok to Beatnest"),
        ("text", "You'll share"),
        ("list_item", "Liked videos"),
        ("list_item", "Watch history"),
        ("button", "Go back"),
        ("button", "Continue"),
    )
    assert steps(flow(CONNECT, screen, AUTHORIZE, RESULT)) == ["connect", "connecting", "authorize", "result"]


def _connect_score(*screen: tuple[str, str]) -> float:
    return score_connect(extract(reading("s.png", *screen))).score


def test_rows_of_data_over_connect_tiktok_and_a_way_back_lean_away_from_the_connect_page() -> None:
    # ad007 (agencydeck): a dialog's table of what is imported; its way on says 'Connect TikTok'.
    # The same data in one sentence of a pitch is the connect page's.
    controls = (("button", "Maybe later"), ("button", "Connect TikTok"))
    rows = _connect_score(
        ("text", "Included"), ("list_item", "Followers list"), ("list_item", "Following list"), *controls
    )
    pitch = _connect_score(("text", "Included: your followers list and following list"), *controls)
    assert rows < pitch


def test_a_pitch_naming_data_in_one_sentence_over_connect_tiktok_stays_the_connect_page() -> None:
    facts = extract(
        reading(
            "s.png",
            ("heading", "Learn from what you watch"),
            ("text", "Connect TikTok and we'll turn your liked videos and watch history into lessons."),
            ("button", "Connect TikTok"),
            ("link", "No thanks"),
        )
    )
    assert score_connect(facts).score > score_connecting(facts).score


def test_the_app_dimmed_under_a_sheet_offers_no_tiktok_option() -> None:
    # The list under the sheet is the page before; the sheet is what this screen shows.
    facts = extract(
        reading(
            "s.png",
            ("backdrop", "TikTok"),
            ("backdrop", "Connect"),
            ("backdrop", "Spotify"),
            ("heading", "Before we connect"),
            ("text", "We'll import your liked videos."),
            ("button", "Continue"),
        )
    )
    assert facts.tiktok_option is None
    assert facts.other_services == ()
    assert [m.text for m in facts.connect_cues] == ["We'll import your liked videos."]


def test_a_tall_tiktok_row_label_beside_not_connected_is_the_tiktok_option() -> None:
    # nui-048: settings' 'Linked accounts', TikTok's label read as a heading with its icon.
    screen = reading(
        "s.png",
        ("heading", "Settings"),
        ("text", "LINKED ACCOUNTS"),
        ("heading", "od TikTok"),
        ("text", "Not connected"),
    )
    elements = list(screen.layout.elements)
    label = elements[2]
    elements[3] = replace(elements[3], box=(280, label.box[1], 100, label.box[3]))
    facts = extract(replace(screen, layout=replace(screen.layout, elements=tuple(elements))))
    assert facts.tiktok_option is not None and facts.tiktok_option.text == "od TikTok"


def test_a_tiktok_heading_alone_is_no_option() -> None:
    facts = extract(reading("s.png", ("heading", "od TikTok"), ("text", "Welcome back")))
    assert facts.tiktok_option is None
