"""Screens → journey steps, each with a confidence and the evidence a person can check.

Each screen gets a score per step from what it shows (facts.py); the steps of a submission are
then chosen jointly, because a flow runs connect → connecting → authorize → result and one
screen's clear evidence tells where its ambiguous neighbours stand.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from mockcheck import vocab
from mockcheck.facts import extract, not_yet
from mockcheck.fingerprint import is_copy
from mockcheck.model import JOURNEY, ClassifiedScreen, Mention, ScreenFacts, ScreenReading, Step
from mockcheck.textmatch import mentions_tiktok, normalise

STEPS: tuple[Step, ...] = (*JOURNEY, Step.OTHER)

# The score a screen needs before it is any journey step at all: a screen that shows none of
# the steps' vocabulary is 'other'.
OTHER_BASE_SCORE = 1.5
# Choosing a step that comes before one already seen costs this much; a second screen of the
# same step (other than TikTok's login then consent pages) costs REPEAT_PENALTY. Both are small
# against clear evidence, so an out-of-order flow is still read as it is and warned about.
ORDER_PENALTY = 0.6
REPEAT_PENALTY = 0.9
# The first screen after TikTok's page is where users land back in the app: its result, when it
# says anything of the kind. Small, so a dashboard that confirms nothing stays 'other'.
RESULT_AFTER_AUTHORIZE = 0.6
# Scores → probabilities (per-screen marginals over the flow). 1.0 left dev confidences well
# under accuracy (expected calibration error 0.05); 0.7 measured 0.015. Lower would fit dev
# better still, but dev is easier than mockups we have not seen.
SOFTMAX_TEMPERATURE = 0.7
# A screen that never names TikTok leans to 'other', but only a little: a connect page that
# lacks the TikTok option is still the connect page (and fails missing-connect-option).
NO_TIKTOK_BONUS = 0.5
SERVICE_LIST_ROWS = 2
# Data named this many times is a list of what is taken ('Liked videos', 'Watch history').
DATA_LIST_MENTIONS = 2
# A row of a data list is a few words ('Followers list'); a sentence naming data is a pitch.
DATA_ROW_WORDS = 5
# A sentence reporting the connection done moves a screen this far from connect towards result.
CONFIRMATION_BONUS = 1.0
# A TikTok handle or synced counts ('212 posts') beside TikTok's name: an account already linked,
# which a connect page cannot show yet. Moves a screen this far from connect towards result.
LINKED_ACCOUNT_BONUS = 1.0
# Thanks and cheers alone, on a page that never names TikTok, count this much of a confirmation.
GENERIC_SUCCESS_WEIGHT = 0.5
# 'Scopes', 'Approved', 'Login Kit', 'portability.all.single': one such word is chance, three
# are TikTok's developer portal.
DEVELOPER_PORTAL_MIN_CUES = 3
PRICING_MIN_CUES = 2
# Two of 'wants to access', 'Logged in as', 'Not you?', 'will be able to' make a consent page;
# an app's own connecting screen uses one at most.
PROVIDER_CONSENT_MIN_CUES = 2
# An address bar's text: 'www.tiktok.com/v2/auth/authorize', maybe with a lock or a tab title.
URL_MAX_WORDS = 3
TIKTOK_ADDRESSES = ("tiktok.com", "www.tiktok.com")
TIKTOK_LOGIN_PHRASES = vocab.AUTHORIZE_LOGIN_STRONG + vocab.AUTHORIZE_LOGIN_SPECIFIC
# 'Email address', 'Password', 'Forgot password?': a log-in form, when one of them is a password.
APP_SIGN_IN_MIN_CUES = 2


@dataclass(frozen=True)
class StepScore:
    score: float
    evidence: tuple[str, ...]


def _quote(m: Mention) -> str:
    text = m.text if len(m.text) <= 60 else m.text[:57] + "..."
    kind = {"list_item": "list item"}.get(m.kind, m.kind)
    return f"{kind} '{text}'"


def _capped(mentions: Sequence[object], each: float, cap: float) -> float:
    return min(len(mentions) * each, cap)


def _tiktok_login_wording(f: ScreenFacts) -> bool:
    """Log-in wording only TikTok's own page uses: 'Log in to TikTok', 'Use QR code'."""
    return any(c.phrase in TIKTOK_LOGIN_PHRASES for c in f.login_cues)


def _tiktok_evident(f: ScreenFacts) -> bool:
    """TikTok named, or its page recognisable by wording only it uses (its scope sentences, its
    login options) unless its title signs in to another app."""
    if f.tiktok or f.scope_wording:
        return True
    return _tiktok_login_wording(f) and _signs_in_to(f) is None


_LOG_IN_TO = re.compile(vocab.LOG_IN_TO_PATTERN)


def _signs_in_to(f: ScreenFacts) -> str | None:
    """The app a page's title signs in to ('Log in to Snapfolio'), when it is not TikTok.

    The title is the first heading, or any heading holding log-in words: a help article's
    caption ('Screen 3') may stand above the screenshot's own title.
    """
    titles = [f.heading, *(m.text for m in (*f.login_cues, *f.sign_in_cues) if m.kind == "heading")]
    for title in titles:
        match = _LOG_IN_TO.search(normalise(title))
        if (
            match is not None
            and match.group(1) not in vocab.NOT_AN_APP_NAME
            and not mentions_tiktok(match.group(1))
        ):
            return match.group(1)
    return None


def _app_sign_in(f: ScreenFacts) -> bool:
    """The app's own log-in page: a password, 'Forgot password?', 'Create account', and so on.

    'Continue with TikTok' there signs the user in to the app; it connects no data.
    """
    phrases = {m.phrase for m in f.sign_in_cues}
    if len(f.sign_in_cues) < APP_SIGN_IN_MIN_CUES or not phrases & vocab.PASSWORD_CUES:
        return False
    # TikTok's own log-in form has a password too; it names TikTok other than in a
    # 'Continue with TikTok' button, or offers TikTok's own options.
    if _tiktok_login_wording(f):
        return False
    return not _names_tiktok_itself(f)


def _names_tiktok_itself(f: ScreenFacts) -> bool:
    """TikTok named on the page other than as a way to sign in ('Continue with TikTok')."""
    return any("with tiktok" not in normalise(m.text) for m in f.tiktok)


def _on_tiktok_com(f: ScreenFacts) -> bool:
    """The page's address is on tiktok.com: an address bar, not a sentence naming the site.

    The app's own screens are never served from tiktok.com, whatever their heading says
    ('Connect Grove to TikTok' is how TikTok's consent page may title itself).
    """
    return any(c.phrase in TIKTOK_ADDRESSES and len(c.text.split()) <= URL_MAX_WORDS for c in f.consent_cues)


def score_connect(f: ScreenFacts) -> StepScore:
    score, ev = 0.0, []
    option = f.tiktok_option
    if option is not None:
        # A control naming TikTok is strong evidence; a bare 'TikTok' label among services is weak.
        # A heading 'Connect X with TikTok' names the subject of a connecting screen as often.
        strong = option.kind in ("button", "link", "list_item") or (
            option.kind != "heading" and any(m.box == option.box for m in f.connect_cues)
        )
        score += 2.5 if strong else 1.0
        ev.append(f"TikTok option: {_quote(option)}")
    tiktok_connect = [m for m in f.connect_cues if any(t.box == m.box for t in f.tiktok)]
    if tiktok_connect:
        score += 1.5
        ev.append(f"connect wording: {_quote(tiktok_connect[0])}")
    elif f.connect_cues:
        score += 0.6
        ev.append(f"connect wording: {_quote(f.connect_cues[0])}")
    if f.service_rows >= SERVICE_LIST_ROWS:
        score += 1.0
        ev.append(
            f"a list of services, each with its own '{f.connect_controls[0].text if f.connect_controls else 'Connect'}'"
        )
    if f.connect_controls and option is None:
        score += 1.0  # 'Link bank account': a page to connect some service, maybe not TikTok
        ev.append(f"connect control: {_quote(f.connect_controls[0])}")
    if len(f.other_services) >= 2:
        score += 1.5
        ev.append("lists other services: " + ", ".join(f.other_services[:4]))
    score += _capped(f.connect_cues, 0.3, 0.9)
    if f.tiktok_connected is not None:
        score -= 2.0  # TikTok already shows as connected: this is the confirmation
    elif _confirmation(f) is not None:
        score -= CONFIRMATION_BONUS
    if _shows_linked_account(f):
        score -= LINKED_ACCOUNT_BONUS
    if _app_sign_in(f):
        score -= 2.5
    # The app's own data list and purpose belong to the connecting screen.
    # Explaining why, with a way on and a way back, is what the connecting screen does.
    # Unless the way on is the TikTok option itself: 'Connect TikTok' under a pitch is the connect page's CTA.
    proceed_is_option = (
        option is not None and f.proceed_by_rules is not None and f.proceed_by_rules.box == option.box
    )
    # A list of what is taken says as much as the why: only the connecting screen lists data.
    discloses = bool(f.purpose_by_rules) or sum(len(ms) for ms in f.data.values()) >= DATA_LIST_MENTIONS
    # Data in rows of their own, not a pitch's one sentence ('import your videos and likes'):
    # under such a list even 'Connect TikTok' is the connecting screen's way on.
    data_rows = (
        len({m.box for ms in f.data.values() for m in ms if len(m.text.split()) <= DATA_ROW_WORDS})
        >= DATA_LIST_MENTIONS
    )
    if (
        discloses
        # ... or with the data it takes: a connecting screen that lacks its way back is one still.
        and (f.go_back_by_rules is not None or (f.data and f.connecting_cues))
        and f.proceed_by_rules is not None
        and (not proceed_is_option or (data_rows and f.go_back_by_rules is not None))
        and f.service_rows < SERVICE_LIST_ROWS
    ):
        score -= 1.5 + (0.5 if f.data else 0.0)
    # TikTok's own page offers 'Continue with Google' too: its login and consent cues outweigh that.
    if _tiktok_login_wording(f) or f.scope_wording or _on_tiktok_com(f):
        score -= 2.0
    return StepScore(score, tuple(ev))


def score_connecting(f: ScreenFacts) -> StepScore:
    score, ev = 0.0, []
    heading_hit = [m for m in f.connecting_cues if m.kind == "heading"]
    if heading_hit:
        score += 1.5
        ev.append(f"heading '{heading_hit[0].text}'")
    if f.connecting_cues:
        score += 0.8 + _capped(f.connecting_cues, 0.3, 1.2)
        if not heading_hit:
            ev.append(f"says what happens: '{f.connecting_cues[0].text}'")
    if f.handover:
        score += 1.5
        ev.append(f"hands over to the provider: '{f.handover[0].text}'")
    if f.data:
        # Data named around an explanation is a disclosure; data words alone are a dashboard's labels.
        explained = bool(f.connecting_cues or f.purpose_by_rules or f.handover)
        score += (1.2 if explained else 0.4) + 0.3 * (len(f.data) - 1)
        first = next(iter(f.data.values()))[0]
        ev.append(f"names data: '{first.text}'")
    if f.purpose_by_rules:
        score += 1.0
        ev.append(f"explains why: '{f.purpose_by_rules[0].text}'")
    # One 'Connect' per service is a list to choose from, not the way on from this screen.
    if (
        f.proceed_by_rules is not None
        and f.go_back_by_rules is not None
        and f.service_rows < SERVICE_LIST_ROWS
    ):
        score += 1.0
        ev.append(_quote(f.proceed_by_rules))
        ev.append(_quote(f.go_back_by_rules))
    if f.tiktok:
        score += 0.5
    if f.scope_wording or _on_tiktok_com(f):
        score -= 1.0  # TikTok's own permission wording, or its address: its consent page
    if len(f.provider_consent) >= PROVIDER_CONSENT_MIN_CUES:
        score -= 2.0  # 'Logged in as ... Not you?': a provider's consent page, not the app's screen
    return StepScore(score, tuple(ev))


def score_authorize(f: ScreenFacts) -> StepScore:
    score, ev = 0.0, []
    strong_login = [c for c in f.login_cues if c.phrase in vocab.AUTHORIZE_LOGIN_STRONG]
    if strong_login:
        score += 3.0
        ev.append(f"TikTok login: '{strong_login[0].text}'")
    specific = [c for c in f.login_cues if c.phrase in vocab.AUTHORIZE_LOGIN_SPECIFIC]
    score += _capped(specific, 1.5, 3.0)
    if specific and not strong_login:
        ev.append(f"TikTok login option: '{specific[0].text}'")
    generic = [c for c in f.login_cues if c not in specific and c not in strong_login]
    score += _capped(generic, 0.4, 1.2)
    # A log-in form on a page that names TikTok (its logo's wordmark), not as 'Continue with
    # TikTok', nor signing in to another app: 'Sign in', 'Phone', 'Email / Username', 'Send code'.
    form_cues = {c.phrase for c in f.login_cues} | {c.phrase for c in f.sign_in_cues}
    if (
        len(form_cues) >= 2
        and f.login_cues
        and not strong_login
        and _names_tiktok_itself(f)
        and _signs_in_to(f) is None
    ):
        score += 2.0
        ev.append(f"log-in form on a TikTok page: '{f.login_cues[0].text}'")
    if f.scope_wording:
        score += 3.0
        ev.append(f"TikTok permission: '{f.scope_wording[0].text}'")
    consent = [c for c in f.consent_cues if c.phrase not in ("cancel", "allow", "privacy policy")]
    score += _capped(consent, 0.5, 2.5)
    if consent and not f.scope_wording:
        ev.append(f"consent wording: '{consent[0].text}'")
    if len(f.provider_consent) >= PROVIDER_CONSENT_MIN_CUES:
        score += 1.5
        ev.append(f"consent page: '{f.provider_consent[0].text}'")
    if _on_tiktok_com(f):
        score += 2.0
        ev.append("tiktok.com address")
    elif any(c.phrase in TIKTOK_ADDRESSES for c in f.consent_cues):
        score += 1.0
        ev.append("names tiktok.com")
    if not _tiktok_evident(f):
        # Google's or GitHub's consent page is not TikTok's authorization step.
        score *= 0.3
    if len(f.developer_cues) >= DEVELOPER_PORTAL_MIN_CUES:
        score -= 3.0  # the developer portal lists the same scope sentences, to developers
    if f.sign_in_cues and not _tiktok_evident(f):
        score -= 1.0
    return StepScore(score, tuple(ev))


_CONFIRMATION = re.compile(vocab.CONFIRMATION_PATTERN)


def _confirmation(f: ScreenFacts) -> Mention | None:
    """A sentence that reports the connection done ('X is now connected'), not a status chip."""
    for m in f.success:
        text = normalise(m.text)
        match = _CONFIRMATION.search(text)
        if match and not not_yet(text, match.start()):
            return m
    return None


def _shows_linked_account(f: ScreenFacts) -> bool:
    return bool(f.linked_account and (f.tiktok or f.tiktok_logos))


def score_result(f: ScreenFacts) -> StepScore:
    score, ev = 0.0, []
    if f.success:
        success = 1.6 + _capped(f.success[1:], 0.4, 1.2)
        ev.append(f"confirmation: '{f.success[0].text}'")
        if any(m.kind in ("heading", "button") for m in f.success):
            success += 0.8  # 'All done!' as the heading, 'Success!' on the button: the point of the screen
        if all(m.phrase in vocab.GENERIC_SUCCESS for m in f.success) and not f.tiktok:
            success *= GENERIC_SUCCESS_WEIGHT  # 'Thank you for your donation' confirms no connection
        score += success
    if _confirmation(f) is not None:
        # Said in words, not shown by a chip: an integrations page under a banner 'You're all
        # set! @maya is now connected' is the confirmation, however many services it lists.
        score += CONFIRMATION_BONUS
    if f.tiktok_connected is not None:
        score += 2.0
        ev.append(f"TikTok shown as connected: '{f.tiktok_connected.text}'")
    if f.tiktok:
        score += 0.4
    if _shows_linked_account(f):
        score += LINKED_ACCOUNT_BONUS
        ev.append(f"shows the linked account: '{f.linked_account[0].text}'")
    if f.go_back_by_rules is not None and f.proceed_by_rules is not None and f.data and f.purpose_by_rules:
        score -= 1.0
    if f.sign_in_cues and not f.tiktok:
        score -= 1.0
    return StepScore(score, tuple(ev))


def score_other(f: ScreenFacts) -> StepScore:
    score, ev = OTHER_BASE_SCORE, []
    tiktok = _tiktok_evident(f)
    if not tiktok and not f.tiktok_logos:
        score += NO_TIKTOK_BONUS
        ev.append("no mention of TikTok")
    # Two words of pricing at least: a sidebar's 'Upgrade' or a user badge's 'Pro plan' sits on
    # every screen of a business tool.
    if len(f.pricing_cues) >= PRICING_MIN_CUES:
        score += 1.0 + _capped(f.pricing_cues, 0.3, 1.2)
        ev.append(f"pricing: '{f.pricing_cues[0].text}'")
    if f.sign_in_cues and not tiktok:
        score += 1.0
        ev.append(f"app sign-in: '{f.sign_in_cues[0].text}'")
    elif _app_sign_in(f) and not f.scope_wording:
        score += 1.5
        ev.append(f"app sign-in: '{f.sign_in_cues[0].text}'")
    if len(f.provider_consent) >= PROVIDER_CONSENT_MIN_CUES and not tiktok:
        score += 2.5
        ev.append(f"another provider's consent page: '{f.provider_consent[0].text}'")
    if f.dashboard_cues and not (f.connecting_cues or f.handover or f.success):
        score += _capped(f.dashboard_cues, 0.5, 1.5)
        ev.append(f"statistics: '{f.dashboard_cues[0].text}'")
    if len(f.developer_cues) >= DEVELOPER_PORTAL_MIN_CUES:
        score += 3.0
        ev.append(f"developer portal: '{f.developer_cues[0].text}'")
    return StepScore(score, tuple(ev))


SCORERS = {
    Step.CONNECT: score_connect,
    Step.CONNECTING: score_connecting,
    Step.AUTHORIZE: score_authorize,
    Step.RESULT: score_result,
    Step.OTHER: score_other,
}


State = tuple[int, frozenset[Step]]
_AUTHORIZE_INDEX = JOURNEY.index(Step.AUTHORIZE)
START: State = (-1, frozenset())


def _transition(state: State, step: Step) -> tuple[State, float]:
    """The state after choosing `step`, and the penalty that choice costs in the flow."""
    furthest, seen = state
    if step is Step.OTHER:
        return state, 0.0
    index = JOURNEY.index(step)
    penalty = ORDER_PENALTY if index < furthest else 0.0
    if step is Step.RESULT and furthest == _AUTHORIZE_INDEX and step not in seen:
        penalty -= RESULT_AFTER_AUTHORIZE
    if step in seen and step is not Step.AUTHORIZE:
        penalty += REPEAT_PENALTY
    return (max(furthest, index), seen | {step}), penalty


def _marginals(table: list[dict[Step, float]]) -> list[dict[Step, float]]:
    """P(screen i is step s) over every reading of the whole flow (forward-backward).

    Each reading weighs exp(total score / temperature), with the order and repeat penalties of
    the joint choice. A screen that alone could be two steps, but whose neighbours settle it,
    is confident; one the flow cannot settle either is not. Scores are shifted per screen
    before exp, which changes no probability and keeps long flows from overflowing.
    """
    weights = [
        {step: (value - max(scores.values())) / SOFTMAX_TEMPERATURE for step, value in scores.items()}
        for scores in table
    ]
    forward: list[dict[State, float]] = [{START: 1.0}]
    for row in weights:
        nxt: dict[State, float] = {}
        for state, mass in forward[-1].items():
            for step, logit in row.items():
                new, penalty = _transition(state, step)
                nxt[new] = nxt.get(new, 0.0) + mass * math.exp(logit - penalty / SOFTMAX_TEMPERATURE)
        total = sum(nxt.values())
        forward.append({k: v / total for k, v in nxt.items()})
    backward: dict[State, float] = dict.fromkeys(forward[-1], 1.0)
    result: list[dict[Step, float]] = []
    for i in range(len(weights) - 1, -1, -1):
        here: dict[Step, float] = dict.fromkeys(weights[i], 0.0)
        previous: dict[State, float] = {}
        for state, mass in forward[i].items():
            for step, logit in weights[i].items():
                new, penalty = _transition(state, step)
                w = math.exp(logit - penalty / SOFTMAX_TEMPERATURE) * backward.get(new, 0.0)
                here[step] += mass * w
                previous[state] = previous.get(state, 0.0) + w
        total = sum(here.values()) or 1.0
        result.append({step: value / total for step, value in here.items()})
        scale = max(previous.values(), default=1.0) or 1.0
        backward = {k: v / scale for k, v in previous.items()}
    return result[::-1]


def _joint_steps(table: list[dict[Step, float]]) -> list[Step]:
    """The step sequence with the best total score, less penalties for order and repetition.

    Dynamic programming over (furthest journey step reached, steps seen); a submission has a
    handful of screens, so the state space stays tiny.
    """
    best: dict[State, tuple[float, list[Step]]] = {START: (0.0, [])}
    for scores in table:
        nxt: dict[State, tuple[float, list[Step]]] = {}
        for state, (total, path) in best.items():
            for step in STEPS:
                key, penalty = _transition(state, step)
                value = total + scores[step] - penalty
                if key not in nxt or value > nxt[key][0]:
                    nxt[key] = (value, [*path, step])
        best = nxt
    return max(best.values(), key=lambda item: item[0])[1] if table else []


def classify_flow(readings: Sequence[ScreenReading]) -> list[ClassifiedScreen]:
    facts = [extract(r) for r in readings]
    scored = [{step: SCORERS[step](f) for step in STEPS} for f in facts]
    # A copy of a screen (re-exported smaller, say) is the same step as its original, even
    # where OCR reads less of it: it takes the original's scores.
    for i, later in enumerate(readings):
        for j in range(i):
            if is_copy(facts[j].fingerprint, readings[j].layout, facts[i].fingerprint, later.layout):
                scored[i] = scored[j]
                break
    table = [{step: s.score for step, s in row.items()} for row in scored]
    steps = _joint_steps(table)
    result: list[ClassifiedScreen] = []
    for reading, f, row, probabilities, step in zip(
        readings, facts, scored, _marginals(table), steps, strict=True
    ):
        result.append(
            ClassifiedScreen(
                source=reading.screen.source,
                page=reading.screen.page,
                box=reading.screen.box,
                step=step,
                confidence=round(probabilities[step], 2),
                evidence=row[step].evidence,
                layout=reading.layout,
                facts=f,
            )
        )
    return result
