"""A screen's layout → the facts that classify and the rules look for (phrases, controls, data named)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial
from itertools import pairwise

from rapidfuzz.distance import OSA

from mockcheck import vocab, wording_model
from mockcheck.fingerprint import dhash
from mockcheck.language import english_ratio
from mockcheck.layout import STATUS_BAR_SHARE
from mockcheck.model import Box, Element, Layout, Mention, ScreenFacts, ScreenReading
from mockcheck.scopes import DataSet
from mockcheck.textmatch import contains, find_span, mentions_tiktok, normalise
from mockcheck.wording_model import Reader

# A line this short that consists of a control word is a control even when the layout stage
# found no shape around it: text-only buttons ("Not now") are common and sometimes unframed.
MAX_CONTROL_WORDS = 4
# A button or link of one word this long or longer may be a one-word label read with one slip.
SLIPPED_LABEL_CHARS = 5
SLIPPED_TEXT_WORDS = 2
# Control words must make up most of a control's text: "Continue" in "Continue to read our
# privacy policy below" is a sentence, not a button.
CONTROL_TEXT_SHARE = 0.6
# '‹ Settings', '← Data sources': a back arrow names the page it returns to in a word or two.
ARROW_BACK_WORDS = 2
# ... or, for a way back, start a short line that says where it leads ('Back to settings'),
# when its word has at least this many letters.
SHORT_LABEL_CHARS = 4
# 'TikTok', 'TikTok Connect', '@handle on TikTok': a label of a service entry, not a sentence.
TIKTOK_LABEL_WORDS = 4
# A title opens the screen within its top half; a heading lower down may be an unframed button.
TITLE_ZONE = 0.5
# The proceed and go-back controls of one screen sit within this many control heights of each other.
CONTROL_PAIR_GAP = 2.5
# A label has a word this long, or (cut by OCR: 'ry it') this many letters in all: a button
# reading 'K' or 'Ss' is an icon.
LABEL_WORD_CHARS = 3
# A connecting screen names data twice or more; an empty state's pitch once at most.
DATA_LIST_MENTIONS = 2
# An empty state's text or icon stands within this many button heights above its call to action
# (an icon, a heading and two lines of text over a button measure about 3.1).
EMPTY_STATE_REACH = 4.0
# A coloured line with this many sentences between it and Go back is a title, not a control.
TITLE_SENTENCES = 2
# An unframed word beside Go back, in its row, proceeds when it is this short: a label, not a line.
SIDE_LABEL_WORDS = 2
# A screen's primary button at its foot: in the lowest quarter, at least half as wide as the screen.
BOTTOM_BUTTON_SHARE = 0.25
WIDE_BUTTON_SHARE = 0.5
# 'Link bank account', 'Set up GoCardless for bank sync': a control that starts connecting a service.
CONNECT_CONTROL_WORDS = 6
# Tab bars and top menus: three or more labels of at most two words in one row within the top
# or bottom eighth of the screen.
BAR_LABEL_WORDS = 2
BAR_MIN_LABELS = 3
BAR_EDGE_SHARE = 0.125
# A browser's address bar sits in the top fifth of a page screenshot, phone or desktop.
BROWSER_CHROME_SHARE = 0.2
# An address bar holds the address and a control or two ('Done', the page's title, a menu).
ADDRESS_BAR_WORDS = 6
# 'We never analyse your messages', "won't be able to see": a verb this close after a negation.
NEGATION_REACH = 3
# A denial reaches a data word this many words after it: 'we never read your private messages'.
DENIAL_REACH = 4
# An app's name marks a data word its own when it is among the few words after it ('your likes
# on Nook'); and a line is of ordinary case when fewer than one word in this many is a name.
APP_PLACE_REACH = 3
# An inline list has this many items at least, each after the first (which may be its
# introducer, 'What we import') of at most INLINE_ITEM_WORDS words.
INLINE_LIST_ITEMS = 3
# 'What we will never access:' introduces what is not taken in this many words at most.
EXCLUSION_INTRO_WORDS = 8
# 'Log in with your TikTok username, email or phone number' is an instruction of this many words at most.
INSTRUCTION_WORDS = 12
INLINE_ITEM_WORDS = 3
APP_NAME_SHARE = 3
# 'Once your TikTok account is connected': a status word this many words after NOT_YET words.
NOT_YET_REACH = 5
# 'we turn', 'Sonar can recommend': a bare purpose verb's subject stands this close before it.
SUBJECT_REACH = 3
# A wrapped line continues the one above when their left edges are this many line heights
# apart at most, and the gap between them is at most PARAGRAPH_GAP_LINES line heights.
WRAP_ALIGN = 0.5
PARAGRAPH_GAP_LINES = 1.0
WRAP_LOOKBACK = 3
# In a sentence this long, a generic noun ('videos', 'clips') names the user's data only when
# owned: 'to recommend videos' is what the app shows, 'your videos' what it takes.
DATA_SENTENCE_WORDS = 5
# A line of at most this many words that is just a generic noun is a list entry ('Posts').
LIST_ENTRY_WORDS = 2
# An FAQ row's question is this short; a longer line ending in '?' may hold its answer too.
FAQ_QUESTION_WORDS = 8
# A purpose verb alone makes a purpose only in a sentence: 'Group chats' or 'Highlights' is a label.
PURPOSE_SENTENCE_WORDS = 4
# The purpose model alone adds a line above MODEL_SURE and overrules a rule's read below
# MODEL_VETO; both were chosen by leaving one dev wording set out (benchmarks/purpose_model.py).
MODEL_SURE = 0.8
MODEL_VETO = 0.1
# A control whose words no rule knows is the one the control models read at this or above,
# chosen by leaving one dev wording set out (benchmarks/control_model.py).
CONTROL_SURE = 0.7
STOCK_REASON_WORDS = 3
# The text a 'Why we need this' heading introduces starts within this many of its line heights
# below it, and is a sentence or a list entry of a few words, not a label.
POINTER_GAP_LINES = 2.5
POINTED_TEXT_WORDS = 3
URL = re.compile(r"(https?:|www\.|\w\.(?:com|co|app|io|edu|org|net|dev|ai|tv|gov)\b|/[a-z0-9?=&%.]+/)")
_TOKEN = re.compile(r"[a-z][a-z'-]*")
_COMPLETION = re.compile(vocab.COMPLETION_PATTERN)
_LOGIN_WITH = re.compile(vocab.LOGIN_WITH_PATTERN)
_FOREIGN_ACCESS = re.compile(vocab.FOREIGN_ACCESS_PATTERN)
_TIKTOK_ACCESS = re.compile(vocab.TIKTOK_ACCESS_PATTERN)
_DATA_PATTERNS = {ds: tuple(re.compile(p) for p in ps) for ds, ps in vocab.DATA_PATTERNS.items()}
_HANDLE = re.compile(vocab.ACCOUNT_HANDLE_PATTERN)
_NOT_DOMAIN = re.compile(vocab.HANDLE_NOT_DOMAIN)
_SYNCED_COUNT = re.compile(vocab.SYNCED_COUNT_PATTERN)
_PURPOSE_PATTERNS = tuple(re.compile(p) for p in vocab.PURPOSE_PATTERNS)
_NOT_PURPOSE_PATTERNS = tuple(re.compile(p) for p in vocab.NOT_PURPOSE_PATTERNS)
_POINTER = re.compile(vocab.PURPOSE_POINTER_PATTERN)
_SENTENCE_END = re.compile(r"(?<=\.)\s+")
_POINTER_END = re.compile(r"[:?.]\s|\s[-\u2013\u2014]\s")
_USED_FOR = re.compile(
    r"^(?:it's |it is |data is |this is )?(?:only |just )?used (?:only |just |solely )?for [a-z]"
)
_SUBJECTS_BUT_AND = vocab.PURPOSE_SUBJECTS - {"and"}
_GLUED_SO = re.compile(r"\bso(?=(?:you|your|we|that|the)\b)")
_OWNER_WORDS = vocab.DATA_OWNERS | vocab.DATA_INTRODUCERS
_LIST_PARTICIPLE = re.compile(
    r"(?:your |the )?(?:saved|liked|watched|viewed|favou?rited|bookmarked|shared|searched)\b"
)


def _mentions(
    elements: Iterable[Element],
    phrases: tuple[str, ...],
    *,
    unless_within: tuple[str, ...] = (),
) -> tuple[Mention, ...]:
    """The elements that contain one of `phrases`, each once, with the first phrase found.

    A phrase found only inside one of `unless_within` does not count: 'connected' is no
    confirmation in a settings heading 'Connected accounts'.
    """
    found: list[Mention] = []
    for element in elements:
        text = normalise(element.text)
        covers = [span for p in unless_within if (span := find_span(text, p)) is not None]
        for phrase in phrases:
            span = find_span(text, phrase)
            if span is None or any(s <= span[0] and span[1] <= e for s, e in covers):
                continue
            found.append(Mention(phrase, element.text, element.box, element.kind))
            break
    return tuple(found)


def _every_mention(elements: Iterable[Element], phrases: tuple[str, ...]) -> tuple[Mention, ...]:
    """Every phrase found in each element, not only its first, unless inside a longer one found:
    'Products: Login Kit, Data Portability API' is two of a developer portal's words."""
    found: list[Mention] = []
    for element in elements:
        text = normalise(element.text)
        spans = sorted(
            ((span, p) for p in phrases if (span := find_span(text, p)) is not None),
            key=lambda sp: sp[0][0] - sp[0][1],
        )
        kept: list[tuple[int, int]] = []
        for (start, end), phrase in spans:
            if any(s <= start and end <= e for s, e in kept):
                continue
            kept.append((start, end))
            found.append(Mention(phrase, element.text, element.box, element.kind))
    return tuple(found)


def _same_row(a: Element, b: Element) -> bool:
    ay, ah = a.box[1], a.box[3]
    by, bh = b.box[1], b.box[3]
    return abs((ay + ah / 2) - (by + bh / 2)) < max(ah, bh) * 0.75


def not_yet(text: str, start: int) -> bool:
    """Whether the status word at `start` is said of the future or denied: 'Once TikTok is
    connected', 'will be imported', 'not connected'. Only its own sentence counts, and only the
    words just before it: 'TikTok connected. Your first report will be ready soon' reports it done."""
    clause = text[:start].rsplit(". ", 1)[-1]
    word = text[start:].split(" ", 1)[0]
    window = " ".join([*clause.split()[-NOT_YET_REACH:], word])
    return any(contains(window, w) for w in vocab.NOT_YET)


def _reports_other_outcome(text: str, phrase: str) -> bool:
    """A line whose success word is no success with TikTok: denied ('TikTok isn't connected',
    'Not synced yet'), a failure or an undoing ("couldn't be linked", 'has been removed'), or
    another service's ('Google Drive connected ✓', 'Spotify sync complete')."""
    span = find_span(text, phrase)
    if span is not None and _negated(text, span[0]):
        return True
    if any(contains(text, w) for w in vocab.FAILURE_WORDS):
        return True
    return not mentions_tiktok(text) and any(contains(text, s) for s in vocab.OTHER_SERVICES)


def _reports_connected(element: Element) -> bool:
    text = normalise(element.text)
    for phrase in vocab.CONNECTED_STATUS:
        span = find_span(text, phrase)
        if span is not None and not not_yet(text, span[0]):
            return True
    return False


def _offers_login(element: Element, login_page: bool) -> bool:
    """'Sign in with Google', and 'Continue with Google' on a page that logs in: a way to log in
    with another provider. 'Continue with Vimeo' under 'Link once and ...' offers Vimeo to
    connect instead. 'Continue with TikTok' is not counted here, as on the app's own page it is
    how TikTok is connected."""
    text = normalise(element.text)
    match = _LOGIN_WITH.search(text)
    if match is None or mentions_tiktok(text):
        return False
    return login_page or not match.group(0).startswith("continue")


def _reports_completion(element: Element) -> bool:
    return _COMPLETION.search(normalise(element.text)) is not None


def _linked_account(elements: Iterable[Element]) -> tuple[Mention, ...]:
    """A TikTok handle or counted TikTok content: what only a connected account can show."""
    found = []
    for e in elements:
        text = normalise(e.text)
        handle = next((m for m in _HANDLE.finditer(text) if not _NOT_DOMAIN.search(m.group())), None)
        if handle is not None:
            found.append(Mention(handle.group(), e.text, e.box, e.kind))
        elif count := _SYNCED_COUNT.search(text):
            found.append(Mention(count.group(), e.text, e.box, e.kind))
    return tuple(found)


def _tiktok_connected(elements: tuple[Element, ...]) -> Mention | None:
    """TikTok shown as already connected: 'TikTok connected', or a TikTok row whose status says 'Linked'."""
    success_boxes = {e.box for e in elements if _reports_connected(e)}
    for element in elements:
        if not mentions_tiktok(normalise(element.text)):
            continue
        if element.box in success_boxes:
            return Mention("tiktok connected", element.text, element.box, element.kind)
        if element.kind in ("button", "link") and _asks_to_connect(normalise(element.text)):
            continue  # 'Add TikTok' beside another tile's 'Connected': TikTok is yet to connect
        for other in elements:
            if (
                other is not element
                and other.box in success_boxes
                and _same_row(element, other)
                and len(normalise(other.text).split()) <= 3
                and _row_label(other, elements, success_boxes) is element
            ):
                return Mention("tiktok connected", f"{element.text} {other.text}", element.box, element.kind)
    return None


def _row_label(chip: Element, elements: tuple[Element, ...], chips: set[Box]) -> Element | None:
    """The label a status chip belongs to: the service named nearest before it in its row, or
    the row it sits in. In a table of connected services beside an open menu listing TikTok,
    the 'Connected' chip is Notion's, not TikTok's."""
    cx, _, cw, _ = chip.box

    def gap(e: Element) -> int:
        return max(e.box[0] - (cx + cw), cx - (e.box[0] + e.box[2]), 0)

    def names_service(e: Element) -> bool:
        text = normalise(e.text)
        return mentions_tiktok(text) or any(contains(text, p) for p in vocab.OTHER_SERVICES)

    # Only a service's name or the row's own box competes: a handle or a date between TikTok
    # and its chip is no rival.
    row = [
        e
        for e in elements
        if e is not chip and e.box not in chips and _same_row(e, chip) and (names_service(e) or gap(e) == 0)
    ]
    # A status follows its label in reading order; only with nothing before it does one after count.
    before = [e for e in row if e.box[0] < cx]
    return min(before or row, key=gap, default=None)


def _looks_like_url(text: str) -> bool:
    return bool(URL.search(text))


def _address_bar(element: Element) -> bool:
    """A short line holding a web address: a browser's address bar, with its 'Done' or 'Close'."""
    text = normalise(element.text)
    return len(text.split()) <= ADDRESS_BAR_WORDS and _looks_like_url(text)


def _browser_chrome_bottom(elements: tuple[Element, ...], height: int) -> int:
    """Where a browser's tab strip and address bar end (0 when there is none).

    A tab title ('Link TikTok to Rewind') is not a button of the page, and the address bar
    ('rewind.co/connect/tiktok') is not its text: both sit above the page, ending with the URL.
    """
    bottoms = [
        e.box[1] + e.box[3]
        for e in elements
        if e.box[1] < height * BROWSER_CHROME_SHARE and _looks_like_url(normalise(e.text))
    ]
    return max(bottoms, default=0)


def _bar_rows(elements: tuple[Element, ...], height: int, top: int = 0) -> set[Box]:
    """Boxes of the labels of a tab bar or top menu: a row of three or more short labels at the
    very top or bottom of the screen ('Home  Discover  Inbox  Profile'). In a browser the page,
    and its menu, start under the address bar at `top`."""
    edge = [
        e
        for e in elements
        if len(e.text.split()) <= BAR_LABEL_WORDS
        and (
            e.box[1] + e.box[3] <= top + height * BAR_EDGE_SHARE or e.box[1] >= height * (1 - BAR_EDGE_SHARE)
        )
    ]
    boxes: set[Box] = set()
    for e in edge:
        row = [o for o in edge if _same_row(e, o)]
        if len(row) >= BAR_MIN_LABELS:
            boxes.update(o.box for o in row)
    return boxes


_CONTROL_LABELS = frozenset(vocab.PROCEED_WORDS + vocab.GO_BACK_WORDS)
_CONTROL_WORDS = frozenset(w for label in _CONTROL_LABELS for w in label.split())


def _edge_control(element: Element, height: int) -> bool:
    """A control in a row at the screen's edge that reads like a tab bar: 'Cancel' and 'Continue'
    in a bottom action bar, 'Back' or '✕ Close' in a header. The row's other labels stay
    navigation; the status bar's row is no control's."""
    if element.box[1] + element.box[3] <= height * STATUS_BAR_SHARE:
        return False
    return _whole_control_label(normalise(element.text))


def _whole_control_label(text: str) -> bool:
    """Whether normalised `text` is a control's label and nothing else: 'Maybe later', '✕ Close'."""
    return _without_icon(text.strip(".!")) in _CONTROL_LABELS


def _is_navigation(text: str) -> bool:
    """A tab bar or menu read as one line: several navigation labels and little else. The
    status bar's clock and signal read into it ('9:41 al StrideLab Insights Account Explore')
    are no words."""
    words = [w for w in text.split() if len(w) >= 3 and w.isalpha()]
    nav = sum(w in vocab.NAVIGATION_WORDS for w in words)
    return nav >= vocab.NAVIGATION_MIN_WORDS and nav >= len(words) / 2


def _next_word(text: str, end: int) -> str:
    after = _TOKEN.search(text, end)
    return after.group(0) if after is not None and not text[end : after.start()].strip() else ""


def _owned(text: str, start: int) -> bool:
    """Whether a noun at `start` is the user's: 'your clips', "TikTok's videos", 'posts and videos',
    "we'll receive: creator profile"; not 'on your profile', a place where something shows."""
    before = _TOKEN.findall(text[:start])[-3:]
    if len(before) >= 2 and before[-2] in vocab.DESTINATION_WORDS:
        return False
    return bool(set(before[-2:]) & _OWNER_WORDS)


# What a data word is cut off from: a sentence's end, a dash, a clause that turns ('but', 'so').
_CLAUSE_BREAK = re.compile(r"[.!?;]\s|\s-\s|\b(?:but|so|instead|then|while|although|though)\b")
# After the data: 'Direct messages are never transferred', 'Your inbox stays untouched', 'Your
# messages stay on TikTok'. A 'never' straight before 'your' starts the next list item instead
# ('your likes never your DMs'), so it must be followed by a verb.
_DENIED_AFTER = re.compile(
    r"^(?:(?:is|are|will|do|does|can|will be|stay|stays|remain|remains)\s+)?(?:not|never)\s+(?!your\b|the\b|any\b)"
    r"|^(?:isn't|aren't|won't|don't|doesn't|can't|wasn't|weren't)\b"
    r"|^(?:is|are|stay|stays|remain|remains|will stay|will remain|will be|are kept|is kept)\s+"
    r"(?:excluded|untouched|private|off[- ]limits|on tiktok|with tiktok|where (?:it|they) (?:is|are)|"
    r"exactly as|unchanged|out of)"
)
# A denial that keeps the data: 'not only your videos', 'no matter how many videos'.
_NOT_A_DENIAL = re.compile(
    r"\b(?:not only|not just|no matter|don't have to|don't need to|only|just|don't worry|no worries)\b"
)


def _denied(text: str, start: int, end: int) -> bool:
    """Whether the data word at text[start:end] is named as what is not taken: 'We never read
    your private messages', 'No posting, no DMs', 'Liked videos are not imported', 'your
    videos - never your DMs'. A reassurance names data to promise it stays put."""
    opened = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    before = text[opened:start]
    if _NOT_A_DENIAL.search(before):
        return False
    tokens = _TOKEN.findall(before)[-DENIAL_REACH:]
    if any(t in vocab.DENIALS or t.endswith("n't") for t in tokens):
        return True
    return _DENIED_AFTER.match(text[end:].lstrip()) is not None


# A name inside a sentence: a capitalised word after a lower-case one ('your Nook profile').
_MID_SENTENCE_NAME = re.compile(r"(?<=[a-z,] )([A-Z][a-zA-Z]+)")
# Words capitalised inside sentences that name no app.
_NOT_APP_NAMES = frozenset("i tiktok gdpr eu uk us ok".split())
_PREDICATE_WORDS = frozenset("is are was were be already also".split())


# What separates the items of a list written on one line: 'Profile, posts & private messages'.
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;:&+•·|—–]|\band\b|\bor\b)\s*")


def _inline_list(raw: str) -> set[str]:
    """The items of a list written inline ('What we import: profile, videos, likes'): each an
    entry as a line of its own would be. Only when every item is a few words: a sentence's
    commas part clauses, not items."""
    items = [normalise(i) for i in _LIST_SEPARATOR.split(raw.strip(" .!"))]
    items = [i for i in items if i]
    if len(items) < INLINE_LIST_ITEMS or any(len(i.split()) > INLINE_ITEM_WORDS for i in items[1:]):
        return set()
    return set(items)


def _app_names(raw: str) -> frozenset[str]:
    """Names of apps other than TikTok inside a line of ordinary case: 'Followers on Bramble',
    'your Nook profile'. None in a Title Case line, where every word is capitalised."""
    words = raw.split()
    names = {n.lower() for n in _MID_SENTENCE_NAME.findall(raw)} - _NOT_APP_NAMES
    if len(names) * APP_NAME_SHARE > len(words):
        return frozenset()
    return frozenset(n for n in names if not mentions_tiktok(n))


def _apps_own(text: str, start: int, end: int, apps: frozenset[str]) -> bool:
    """Whether the data word at text[start:end] is the app's own thing, not TikTok's: 'your
    Nook profile', 'your likes on Nook', 'private messages you send on Loom'."""
    if not apps:
        return False
    # 'your Nook profile'; not 'Data shared with Keepsake: search history', whose colon is gone.
    before = _TOKEN.findall(text[:start])[-2:]
    if len(before) == 2 and before[0] in vocab.DATA_OWNERS and before[1] in apps:
        return True
    after = text[end:]
    cut = _CLAUSE_BREAK.search(after)
    tokens = _TOKEN.findall(after[: cut.start() if cut else len(after)])[: APP_PLACE_REACH + 2]
    for i, (t, nxt) in enumerate(pairwise(tokens)):
        if t in ("on", "in") and nxt in apps:
            # 'the accounts you follow are already on Nook' says where TikTok's data is found.
            return not set(tokens[:i]) & _PREDICATE_WORDS
    return False


def _conjoined_to_other(
    text: str, start: int, data_set: DataSet, spans: list[tuple[int, int, DataSet, str]]
) -> bool:
    """A generic noun ending a list a participle opened, after an item of another data set: in
    'saved sounds, effects and videos' the videos are saved ones, activity, not the user's posts."""
    before = _TOKEN.findall(text[:start])[-1:]
    if before not in (["and"], ["or"]):
        return False
    clause_start = max(text.rfind(c, 0, start) for c in "(.;:")
    # Only a participle opening the list distributes over it ('saved sounds, effects and
    # videos'); 'your likes and favourites and posts' lists the user's posts too.
    if _LIST_PARTICIPLE.search(text[clause_start + 1 : start]) is None:
        return False
    # The item just before: in 'watch history, profile and videos' the videos follow a profile.
    before_items = [(s, ds) for s, _, ds, _ in spans if clause_start < s < start]
    return bool(before_items) and max(before_items)[1] != data_set


_CONTRACTION_TAIL = re.compile(r"^['’]?(?:ve|re|ll|d)\b")
_CONTRACTION_HEAD = re.compile(r"\b(?:you|we|they|i)$", re.IGNORECASE)


def _continues_row(head: Element, tail: Element) -> bool:
    """Whether `tail` starts right where `head` ends, in its row."""
    hx, hy, hw, hh = head.box
    tx, ty, _, th = tail.box
    return abs((hy + hh / 2) - (ty + th / 2)) <= max(hh, th) / 2 and -hh <= tx - (hx + hw) <= max(hh, th)


def _unwrapped(elements: tuple[Element, ...]) -> list[tuple[Element, str]]:
    """Elements with the lines that continue them: an item wrapped in a narrow column ('Videos
    you've' / 'watched and when') is one item, read whole. A continuation starts in lower case,
    at the same left edge, right under the line before it."""
    out: list[tuple[Element, str]] = []
    # Where each element's text ends now: a head continued once may be continued again.
    bottoms: list[int] = []
    for element in elements:
        x, y, _, h = element.box
        if (
            out
            and _CONTRACTION_TAIL.match(element.text)
            and _CONTRACTION_HEAD.search(out[-1][1])
            and _continues_row(out[-1][0], element)
        ):
            # OCR cut "Videos you've liked" at its apostrophe, and may lose it: 'Videos you' | 've liked'.
            head, text = out[-1]
            out[-1] = (head, f"{text}'{element.text.lstrip(chr(39) + '’')}")
            continue
        if element.text[:1].islower():
            # The head may not be the element just before: in two columns, the other column's
            # line of the same row comes between them in reading order.
            for k in range(len(out) - 1, max(-1, len(out) - 1 - WRAP_LOOKBACK), -1):
                head, text = out[k]
                if abs(x - head.box[0]) <= WRAP_ALIGN * h and 0 <= y - bottoms[k] <= PARAGRAPH_GAP_LINES * h:
                    out[k] = (head, f"{text} {element.text}")
                    bottoms[k] = y + h
                    break
            else:
                out.append((element, element.text))
                bottoms.append(y + h)
            continue
        out.append((element, element.text))
        bottoms.append(y + h)
    return out


def _neutral_data(elements: Iterable[Element]) -> tuple[Mention, ...]:
    """Comments, named by no scope: a disclosure still, unless named to be left alone."""
    found = []
    for m in _mentions(elements, vocab.NEUTRAL_DATA_WORDS):
        text = normalise(m.text)
        span = find_span(text, m.phrase)
        if span is None or not _denied(text, *span):
            found.append(m)
    return tuple(found)


def _listed_as_left_alone(unwrapped: list[tuple[Element, str]]) -> set[int]:
    """The entries of a list introduced as what is not taken ('Not included:', 'What we never
    see'), up to the next heading, sentence or introducer: each names data left alone."""
    out: set[int] = set()
    under = False
    for element, raw in unwrapped:
        text = normalise(raw)
        words = text.split()
        introduces = raw.rstrip().endswith(":") or element.kind == "heading"
        if introduces or len(words) >= DATA_SENTENCE_WORDS or element.kind in ("button", "link"):
            # 'No password needed. We'll receive:' introduces by its last clause.
            clause = text[max((m.end() for m in _CLAUSE_BREAK.finditer(text)), default=0) :]
            tokens = _TOKEN.findall(clause)
            under = (
                introduces
                and len(words) <= EXCLUSION_INTRO_WORDS
                and not _NOT_A_DENIAL.search(clause)
                and any(t in vocab.DENIALS or t.endswith("n't") or t in vocab.EXCLUSION_WORDS for t in tokens)
            )
            continue
        if under:
            out.add(id(element))
    return out


def _data_mentions(elements: Iterable[Element]) -> dict[str, tuple[Mention, ...]]:
    """Data sets named on the screen, each phrase read in its most specific sense.

    'Chat history' is direct messages, not activity 'history'; 'liked videos' is activity, not
    'videos' of posts: a match inside a longer match of another phrase does not count. Address
    bars are skipped: an authorize URL spells out the scopes, but users do not read it.
    """
    found: dict[str, list[Mention]] = {}
    unwrapped = _unwrapped(tuple(elements))
    left_alone = _listed_as_left_alone(unwrapped)
    for element, raw in unwrapped:
        text = normalise(raw)
        if _looks_like_url(text) or _is_navigation(text) or any(contains(text, p) for p in vocab.NOT_DATA):
            continue
        if id(element) in left_alone or (
            # One instruction, not a title run into the paragraph under it ('Add TikTok to Tempo Run
            # TikTok will ask you to confirm ... will receive your search history').
            text.split(" ", 1)[0] in vocab.EDITING_OPENERS and len(text.split()) <= INSTRUCTION_WORDS
        ):
            continue
        spans: list[tuple[int, int, DataSet, str]] = []
        for data_set, phrases in vocab.DATA_WORDS.items():
            for phrase in phrases:
                span = find_span(text, phrase)
                if span is not None:
                    spans.append((*span, data_set, phrase))
        for data_set, patterns in _DATA_PATTERNS.items():
            for rx in patterns:
                spans += [(m.start(), m.end(), data_set, m.group(0)) for m in rx.finditer(text)]
        sentence = len(text.split()) >= DATA_SENTENCE_WORDS
        apps = _app_names(raw)
        # A line of its own is a list entry even when the layout joined it to its neighbours
        # ('What comes across' / 'Posts' / 'What you get').
        entries = {normalise(ln.text) for ln in element.lines if len(ln.text.split()) <= LIST_ENTRY_WORDS}
        entries |= _inline_list(raw)
        for start, end, data_set, phrase in spans:
            if phrase.split(" ", 1)[0] in vocab.NEUTRAL_DATA_NOUNS:
                continue
            inside_longer = any(s <= start and end <= e and (e - s) > (end - start) for s, e, _, _ in spans)
            if _denied(text, start, end) or _apps_own(text, start, end, apps):
                continue
            if (
                sentence
                and phrase in vocab.GENERIC_DATA_NOUNS
                and not _owned(text, start)
                and phrase not in entries
            ):
                continue
            if phrase in vocab.GENERIC_DATA_NOUNS and _conjoined_to_other(text, start, data_set, spans):
                continue
            if (
                phrase.split()[-1] in vocab.GENERIC_DATA_NOUNS
                and _next_word(text, end) in vocab.COMPOUND_HEADS
            ):
                continue
            if not inside_longer:
                mentions = found.setdefault(data_set.value, [])
                if not mentions or mentions[-1].box != element.box:
                    mentions.append(Mention(phrase, element.text, element.box, element.kind))
    return {k: tuple(v) for k, v in found.items()}


def _foreign_access(elements: Iterable[Element]) -> tuple[Mention, ...]:
    """'Example App requests access to your PayPal account': a provider other than TikTok asking
    for its user's consent. Counted twice, as it says all a consent page says in one sentence."""
    found: list[Mention] = []
    elements = tuple(elements)
    for i, e in enumerate(elements):
        text = normalise(e.text)
        # 'Nomad Nook would like to connect to your' / 'Instagram account': a heading wrapped
        # before the provider's name.
        if text.endswith(" your") and i + 1 < len(elements):
            text = f"{text} {normalise(elements[i + 1].text)}"
        match = _FOREIGN_ACCESS.search(text)
        if match and match.group(1) not in vocab.NOT_A_PROVIDER and not mentions_tiktok(match.group(1)):
            found += [Mention("foreign access", e.text, e.box, e.kind)] * 2
        elif _TIKTOK_ACCESS.search(text):
            found.append(Mention("access to your tiktok account", e.text, e.box, e.kind))
    return tuple(found)


def _negated(text: str, start: int) -> bool:
    before = _TOKEN.findall(text[:start])[-NEGATION_REACH:]
    return any(t in vocab.NEGATIONS or t.endswith("n't") for t in before)


def _purpose_phrase(text: str) -> str | None:
    """The words of `text` that say why data is wanted, or None.

    Three kinds of evidence, in order: a stock phrase ('so we can', 'why we ask'), a sentence
    shape ('uses your likes to ...'), or a verb of doing something with data ('turn ... into',
    'recommend') in a sentence, or after 'to'. A verb that is denied ('never analyse') or part
    of a link ('learn more') says nothing. A heading's pointer ('Why we need this', 'How we use
    your data') is returned only when nothing after it gives the reason; `_purpose_mentions`
    then asks for the text it points to.
    """
    # 'Soyour playlists follow your moods': OCR glued 'so' to the word after it.
    text = _GLUED_SO.sub("so ", text)
    pointer = None
    for sentence in _SENTENCE_END.split(text):
        for phrase in _purpose_candidates(sentence):
            if not _POINTER.match(phrase):
                return phrase
            pointer = pointer or phrase
    return pointer


def _purpose_candidates(text: str) -> Iterator[str]:
    """Every piece of evidence of a reason in one sentence, strongest kind first."""
    blocked = [span for p in vocab.NOT_PURPOSE if (span := find_span(text, p)) is not None]
    blocked += [m.span() for rx in _NOT_PURPOSE_PATTERNS for m in rx.finditer(text)]

    def counts(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in blocked) and not _negated(text, start)

    for phrase in vocab.PURPOSE_CUES:
        span = find_span(text, phrase)
        if span is not None and counts(*span):
            yield phrase
    for rx in _PURPOSE_PATTERNS:
        match = rx.search(text)
        if match is not None and counts(*match.span()):
            yield match.group(0)
    tokens = list(_TOKEN.finditer(text))
    sentence = len(tokens) >= PURPOSE_SENTENCE_WORDS
    for i, token in enumerate(tokens):
        after = tokens[i + 1 : i + 3]
        if token.group() == "to" and after:
            verb = after[0].group()
            pair = " ".join(t.group() for t in after)
            # 'which data to share', 'how to connect': a choice or an instruction, no reason.
            chosen = any(t.group() in vocab.CHOICE_WORDS for t in tokens[max(0, i - 2) : i])
            if (
                (
                    verb in vocab.PURPOSE_INFINITIVES
                    or verb in vocab.PURPOSE_VERBS
                    or pair in vocab.PURPOSE_VERBS
                )
                and not chosen
                and not (i == 0 and verb in vocab.INSTRUCTION_VERBS)
                and counts(token.start(), after[-1].end())
            ):
                yield f"to {verb}"
        if not sentence:
            # 'Builds your report', 'Powers your feed': a table cell of three words is a clause
            # when its verb agrees with an unnamed subject and the user's things follow.
            nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
            if (
                i == 0
                and token.group().endswith("s")
                and token.group() in vocab.PURPOSE_VERBS
                and nxt in ("your", "you")
            ):
                yield token.group()
            continue
        pair = " ".join(t.group() for t in tokens[i : i + 2])
        for candidate in (pair, token.group()):
            if candidate not in vocab.PURPOSE_VERBS or not counts(token.start(), token.end()):
                continue
            before = {t.group() for t in tokens[max(0, i - SUBJECT_REACH) : i]}
            if candidate.endswith("ing"):
                # 'Channel analytics and publishing for YouTube': after 'and', a gerund is a noun.
                before -= {"and"}
            following = (
                tokens[i + len(candidate.split())] if i + len(candidate.split()) < len(tokens) else None
            )
            # 'PanTry matches recipes in your liked videos': after the app's name opening the
            # sentence, a verb's -s form names what the app does with the user's things.
            named_subject = (
                i == 1
                and tokens[0].group() not in vocab.PURPOSE_OBJECTS  # 'Your matches can't see ...'
                and candidate.endswith("s")
                and any(t.group() in ("you", "your") for t in tokens[i + 1 :])
            )
            objected = following is not None and following.group() in vocab.PURPOSE_OBJECTS
            subjects = before & vocab.PURPOSE_SUBJECTS
            # 'We look at your likes and surface creators' is a clause, 'one-to-one and group
            # chats' a list of nouns: a bare 'and' joins a verb only to a subject said before it.
            if subjects == {"and"} and not any(t.group() in _SUBJECTS_BUT_AND for t in tokens[:i]):
                subjects = set()
            if candidate in vocab.CLAUSE_VERBS or named_subject or subjects or objected:
                yield candidate


def _names_control(text: str) -> bool:
    text = normalise(text)
    return any(contains(text, w) for w in _CONTROL_LABELS)


def _points_at_text_below(element: Element, elements: tuple[Element, ...]) -> bool:
    """Whether a line of prose sits right under `element`: what a 'Why we need this' heading
    or an FAQ's 'Why do we ask?' introduces. Alone, a heading gives no reason."""
    x, y, w, h = element.box
    bottom = y + h
    for other in elements:
        ox, oy, ow, oh = other.box
        if (
            # A table's cells may be boxed, and read as buttons; a control's label is no reason.
            (
                other.kind in ("text", "list_item")
                or (other.kind == "button" and not _names_control(other.text))
            )
            # A table's header is small capitals; its cells are body text.
            and bottom - h / 2 <= oy <= bottom + POINTER_GAP_LINES * max(h, oh)
            and ox < x + w
            and x < ox + ow
            and len(other.text.split()) >= POINTED_TEXT_WORDS
        ):
            return True
    return False


def _labels_its_answer(text: str) -> bool:
    """'Purpose of processing: analytics dashboard', 'Why? Your recap is built from your
    posts': a pointer with the reason after it, in the same element. 'Used for matching.' says
    it with no colon: a table's 'Used for' header is those two words alone."""
    if _USED_FOR.match(normalise(text)):
        return True
    end = _POINTER_END.search(text)
    return end is not None and len(_TOKEN.findall(normalise(text[end.end() :]))) >= 2


def _purpose_mentions(elements: Iterable[Element]) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    """The lines that say why, read by the rules and the model together, then by the rules alone."""
    elements = tuple(elements)
    found, by_rules = [], []
    # A reason in a table's narrow 'Used for' column wraps over lines: it is read whole.
    for e, text in _unwrapped(elements):
        if _faq_question(text):
            continue
        phrase = _purpose_phrase(normalise(text))
        if phrase is not None and _POINTER.match(phrase):
            # A pointer's reason is the text it points to, which the model does not see.
            if _labels_its_answer(text) or _points_at_text_below(e, elements):
                found.append(Mention(phrase, text, e.box, e.kind))
                by_rules.append(found[-1])
            continue
        if phrase is not None:
            by_rules.append(Mention(phrase, text, e.box, e.kind))
        sentence, p = _model_read(text)
        if purpose_verdict(phrase, p):
            found.append(Mention(phrase or sentence, text, e.box, e.kind))
    return tuple(found), tuple(by_rules)


def _model_read(text: str) -> tuple[str, float | None]:
    """The sentence of `text` the purpose model is surest of, and how sure it is; None when
    the model is not asked about any of them."""
    sentences = [s for s in _SENTENCE_END.split(normalise(text)) if model_may_read(s)]
    return max(
        ((s, wording_model.probability(s)) for s in sentences), key=lambda sp: sp[1], default=("", None)
    )


def model_may_read(sentence: str) -> bool:
    """Whether the purpose model is asked about `sentence`. Not when the rules know it for no
    reason (an instruction, 'so you can log in', 'you can disconnect at any time'): the model
    has seen too few of those to know them."""
    sentence = normalise(sentence)
    words = sentence.split()
    return not (
        (bool(words) and words[0] in vocab.IMPERATIVE_OPENERS)
        or any(find_span(sentence, p) is not None for p in vocab.NOT_PURPOSE)
        or any(rx.search(sentence) for rx in _NOT_PURPOSE_PATTERNS)
    )


def purpose_verdict(phrase: str | None, probability: float | None) -> bool:
    """Whether a line gives a reason, from the rules' phrase for it and the model together.

    Each covers the other's blind side: the rules know shapes of few words the model has rarely
    seen, the model knows wording no rule was written for. The model adds the lines it is sure
    of and overrules the rules' looser reads (a verb, a sentence shape) when sure they are not
    reasons; a stock phrase ('without this we can't') stands. Leaving one dev wording set out,
    the pair read the unseen author better than either alone (benchmarks/purpose_model.py).
    """
    if probability is None:
        return phrase is not None
    if phrase is not None and (_stock_reason(phrase) or probability >= MODEL_VETO):
        return True
    return probability >= MODEL_SURE


def _stock_reason(phrase: str) -> bool:
    # 'we'll use' opens 'we'll use it responsibly' as often as a reason; 'so that you can' says
    # nothing else. A stock phrase of three words or more is a reason the model may not deny.
    # Sentence patterns are not: exempting them too cost 1.6 points of precision on set d.
    return phrase in vocab.PURPOSE_CUES and len(phrase.split()) >= STOCK_REASON_WORDS


def rule_purpose_phrase(text: str) -> str | None:
    """The hand-written reader alone: the words that give a reason, not just point to one."""
    phrase = _purpose_phrase(normalise(text))
    return None if phrase is None or _POINTER.match(phrase) else phrase


def _faq_question(text: str) -> bool:
    """'Will anything be published?', 'Is my information safe?': a question an FAQ row asks, no
    reason given. 'Why do we ask?' heads one."""
    text = text.strip()
    return text.endswith("?") and "why" not in text.lower() and len(text.split()) <= FAQ_QUESTION_WORDS


def _control(
    elements: Iterable[Element],
    words: tuple[str, ...],
    *,
    rivals: tuple[str, ...] = (),
    exclude: Mention | None = None,
    title_bottom: int = 0,
    deniable: bool = False,
) -> Mention | None:
    """The best element that works as a control labelled with one of `words`.

    Buttons and links win over bare short lines; a line inside a paragraph never counts. A
    label is read by its longest phrase: 'No, go back' and "Don't connect" hold a proceed word
    but a longer one of `rivals`, the opposite control's words.
    """
    best: tuple[tuple[int, float], Mention] | None = None
    for element in elements:
        if exclude is not None and element.box == exclude.box:
            continue
        text = normalise(element.text)
        n_words = len(text.split())
        if _looks_like_url(text):
            continue  # an address bar's '/connect/tiktok' is nothing to press
        if not text or n_words > MAX_CONTROL_WORDS + (2 if element.kind in ("button", "link") else 0):
            continue
        if element.kind == "heading" and (
            n_words > 2
            or (element.box[1] + element.box[3] <= title_bottom and not _whole_control_label(text))
        ):
            continue  # 'Link TikTok' as the screen's title is no button; a header's 'Maybe later' is one
        if text.strip(".!?:") in vocab.CONNECTING_CUES:
            continue  # 'Before we connect' names the screen, whatever its colour made it
        for phrase in _longest_first(words):
            if phrase in vocab.WHOLE_LABEL_ONLY and text.strip(".!?") != phrase:
                continue
            span = find_span(text, phrase)
            if span is None and not _slipped_label(element, text, phrase):
                continue
            if deniable and span is not None and _negated(text, span[0]):
                break  # "Don't connect TikTok"
            if any(len(r) > len(phrase) and _affirmed(text, r) for r in rivals):
                break
            if element.kind not in ("button", "link") and not _label_text(text, phrase, words):
                continue
            # Headings rank last: on flat mockups the layout stage may call a lone big label one.
            # Among equals, the label that is most nearly just the control word wins.
            rank = ({"button": 3, "link": 2, "heading": 0}.get(element.kind, 1), len(phrase) / len(text))
            mention = Mention(phrase, element.text, element.box, element.kind)
            if best is None or rank > best[0]:
                best = (rank, mention)
            break
    return best[1] if best else None


def _affirmed(text: str, phrase: str) -> bool:
    # "Don't connect TikTok" holds the proceed words 'connect tiktok', denied: no rival to its 'don't connect'.
    span = find_span(text, phrase)
    return span is not None and not _negated(text, span[0])


@lru_cache(maxsize=8)
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    # 'Connect later' must be read as the whole phrase before its 'later' or its 'connect'.
    return tuple(sorted(words, key=len, reverse=True))


# 'Build my playlist', 'Show me my stats', 'Find concerts for me': a call to action in the
# user's own voice names what the app will do next, the step that proceeds.
_OWN_VOICE_CALL = re.compile(r"^[a-z][a-z'-]{1,14} (?:[a-z'-]+ ){0,2}(?:my|me)\b")
_NOT_A_CALL = re.compile(
    r"^(?:edit|change|manage|review|customi[sz]e|update|delete|remove|keep|take|remind|remember|let|tell|"
    r"what|where|why|how|who|when|is|are|can|will|does|do)\b"
)


def _own_voice_call(elements: Iterable[Element]) -> Mention | None:
    for element in elements:
        text = normalise(element.text).strip(" .!")
        if (
            element.kind in ("button", "link")
            and len(text.split()) <= MAX_CONTROL_WORDS + 1
            and not element.text.rstrip().endswith("?")
            and _OWN_VOICE_CALL.match(text)
            and not _NOT_A_CALL.match(text)
            and not any(contains(text, w) for w in vocab.GO_BACK_WORDS + vocab.INFORMATION_LABELS)
        ):
            return Mention(text.split()[0], element.text, element.box, element.kind)
    return None


_LABEL_JOINS = re.compile(r"\s+(?:and|&|\+|then)\s+")


def _label_text(text: str, phrase: str, words: tuple[str, ...]) -> bool:
    """Whether an unframed line is a control's label rather than a sentence holding its word:
    mostly that word ('Not now.'), a way back that says where to ('Back to settings'), or
    control words joined ('Agree and continue'). 'Link TikTok to Rewind' is a dialog's title."""
    # TikTok's name is no part of a sentence: 'Take me to TikTok' is a label.
    core = " ".join(w for w in text.split() if not mentions_tiktok(w))
    if len(phrase) >= CONTROL_TEXT_SHARE * len(core or text):
        return True
    if (
        text.startswith(f"{phrase} to ")
        and len(phrase) >= SHORT_LABEL_CHARS
        and phrase in vocab.GO_BACK_WORDS
    ):
        return True
    parts = _LABEL_JOINS.split(text.strip(".!"))
    if len(parts) > 1 and all(part in words for part in parts):
        return True
    # OCR often drops the '&' of 'Agree & continue': control words side by side are a label too.
    return _joined_labels(tuple(text.strip(".!").split()), frozenset(words)) > 1


def _joined_labels(tokens: tuple[str, ...], words: frozenset[str]) -> int:
    """How many of `words` the tokens split into, one after another; 0 if they do not."""
    if not tokens:
        return 0
    for end in range(len(tokens), 0, -1):
        if " ".join(tokens[:end]) in words and (
            end == len(tokens) or (rest := _joined_labels(tokens[end:], words))
        ):
            return 1 + (0 if end == len(tokens) else rest)
    return 0


def _without_icon(text: str) -> str:
    """'x glose' → 'glose', '< back' → 'back': an icon read as a letter before a label."""
    words = text.split()
    return " ".join(words[1:]) if len(words) > 1 and len(words[0]) == 1 else text


def _slipped_label(element: Element, text: str, phrase: str) -> bool:
    """A button or link whose whole label is a control's label but for an OCR slip or two and
    its spacing ('Cance', 'Take mebaek').

    Words in sentences are matched exactly (one slip makes another word); a whole label of
    five letters or more has no other word to be. Two slips are allowed from ten letters on.
    """
    # A line of its own of one or two words is no sentence either: an underlined link that
    # OCR read through its underline ('Go.back').
    if element.kind not in ("button", "link") and len(text.split()) > SLIPPED_TEXT_WORDS:
        return False
    label, target = _without_icon(text).replace(" ", "").replace(".", ""), phrase.replace(" ", "")
    if min(len(label), len(target)) < SLIPPED_LABEL_CHARS:
        return False
    allowed = 2 if len(target) >= 2 * SLIPPED_LABEL_CHARS else 1
    return OSA.distance(label, target, score_cutoff=allowed) <= allowed


def _title_bottom(content: tuple[Element, ...], height: int) -> int:
    """Where the screen's title ends: its first heading, if that heading opens the content.

    A flat mockup's unframed button may be read as a heading, so headings can be controls; the
    one heading that titles the screen cannot.
    """
    # A header's 'Maybe later' in the brand colour may be read as a heading: a control's whole
    # label is no title, and the title is the next line.
    rest = [e for e in content if not _whole_control_label(normalise(e.text))]
    if not rest:
        return 0
    first = min(rest, key=lambda e: e.box[1])
    if first.kind != "heading" or first.box[1] > height * TITLE_ZONE:
        return 0
    return first.box[1] + first.box[3]


# Labels that open information or change the request rather than go on: 'See what's included',
# 'Edit selection', 'How long do you keep it?'. Beside Go back they leave the screen without a
# way on, which the report must say.
_POINTS_ELSEWHERE = re.compile(
    r"^(?:see|view|show|hide|read|watch|learn|preview|explain|tell|more|edit|change|manage|"
    r"customi[sz]e|choose|pick|select|deselect|clear|contact|email|report|send|get help|need|"
    r"download|copy|delete|remove|log out|sign out|switch|invite|upgrade|go premium|what|where|"
    r"why|how|who|when|is|are|can|will|does|do|about)\b"
)


def _may_proceed(text: str, raw: str = "") -> bool:
    """Whether normalised `text` can be the label of a way on whose words are unknown: short, a
    word of some letters ('K' is an app icon's), no address, no question, nothing about
    information or going back."""
    words = text.split()
    return (
        0 < len(words) <= MAX_CONTROL_WORDS
        and not _looks_like_url(text)
        and any(len(w) >= LABEL_WORD_CHARS for w in words)
        and not raw.rstrip().endswith("?")
        and not _POINTS_ELSEWHERE.match(text)
        and not any(
            contains(text, w) for w in vocab.INFORMATION_LABELS + vocab.GO_BACK_WORDS + vocab.NOT_PROCEED
        )
    )


def _button_beside(
    elements: tuple[Element, ...], go_back: Mention, neighbours: tuple[Element, ...] = ()
) -> Mention | None:
    """The app's own label for going on, when the words are unknown: 'Make my reel' beside 'Go back'.

    A connecting screen's two controls sit together, side by side or stacked; a button there
    that is not about information ('Learn more') can only be the one that proceeds. A boxed
    cell in a row of `neighbours` (every element, data chips too) is a table's, not a control.
    """
    gy, gh = go_back.box[1], go_back.box[3]
    for element in elements:
        # A small filled button on a 1x JPEG may lose its shape to the layout stage and its
        # label to OCR ('Authorize' read as 'paithiorine'): a word at Go back's side, in its
        # row, is still the other control.
        beside = element.kind in ("text", "link") and _side_by_side(element.box, go_back.box)
        if (element.kind != "button" and not beside) or element.box == go_back.box:
            continue
        text = normalise(element.text)
        if not _may_proceed(text, element.text) or (beside and len(text.split()) > SIDE_LABEL_WORDS):
            continue
        if any(
            o.kind in ("button", "link")
            and o.box not in (element.box, go_back.box)
            and _same_row(o, element)
            and not any(contains(normalise(o.text), w) for w in vocab.INFORMATION_LABELS)
            for o in (*elements, *neighbours)
        ):
            continue  # one of a row of tabs or chips ('Data' | 'How we use it'), not the way on
        y, h = element.box[1], element.box[3]
        gap = max(y - (gy + gh), gy - (y + h), 0)
        if gap <= CONTROL_PAIR_GAP * max(h, gh):
            return Mention("button beside go back", element.text, element.box, element.kind)
    return None


_BACK_ARROW = re.compile(r"^\s*[‹<←⟵◀❮]\s*([A-Za-z][\w' -]*)$")


def _arrow_back(elements: Iterable[Element]) -> Mention | None:
    """A chevron before the page it returns to: '‹ Settings', '← Sources'. The place is no word of
    going back, the arrow is; a label naming a way on ('‹ Continue') is none."""
    for element in elements:
        match = _BACK_ARROW.match(element.text)
        if (
            match is not None
            and element.kind in ("button", "link", "text")
            and len(match.group(1).split()) <= ARROW_BACK_WORDS
            and not any(contains(normalise(match.group(1)), w) for w in vocab.PROCEED_WORDS)
        ):
            return Mention("back", element.text, element.box, element.kind)
    return None


def _second_label(proceed: Mention) -> Mention | None:
    """Two side-by-side buttons OCR read as one line ('Continue to TikTok Cancel'): the way
    back is the go-back word after the proceed's own, in the same element."""
    text = normalise(proceed.text).strip(" .!")
    if len(text.split()) > MAX_CONTROL_WORDS + 2:
        return None
    for phrase in vocab.GO_BACK_WORDS:
        head = text[: -len(phrase)].strip()
        if text.endswith(f" {phrase}") and contains(head, proceed.phrase):
            return Mention(phrase, proceed.text, proceed.box, proceed.kind)
    return None


def _lone_bottom_button(
    elements: Iterable[Element], go_back: Mention, width: int, height: int
) -> Mention | None:
    """The one wide button at the foot of the screen, when Go back sits elsewhere (a header's
    'Maybe later'): its label may be one OCR could not read ('Sounds good' as 'Siena goed'),
    but a screen's only primary button is its way on. Not a label about information."""
    found = [
        e
        for e in elements
        if e.kind == "button"
        and e.box != go_back.box
        and e.box[1] >= height * (1 - BOTTOM_BUTTON_SHARE)
        and e.box[2] >= width * WIDE_BUTTON_SHARE
        and _may_proceed(normalise(e.text))  # no URL: a phone browser's address bar sits at the foot
    ]
    if len(found) != 1 or go_back.box[1] >= found[0].box[1]:
        return None
    return Mention("lone bottom button", found[0].text, found[0].box, found[0].kind)


def _title_above_text(content: tuple[Element, ...], proceed: Mention, go_back: Mention | None) -> bool:
    """An unframed 'Connect with TikTok' over the dialog's sentences is its title, not its Proceed:
    the two controls sit together, and sentences stand between this one and Go back below it.

    Not when Go back is elsewhere (a header's Close): an unframed Proceed with fine print under
    it looks the same."""
    if proceed.kind == "button" or go_back is None or proceed.box[1] >= go_back.box[1]:
        return False
    top, bottom = proceed.box[1] + proceed.box[3], go_back.box[1]
    between = [e for e in content if top <= e.box[1] < bottom and len(e.text.split()) >= DATA_SENTENCE_WORDS]
    return len(between) >= TITLE_SENTENCES


def _side_by_side(a: Box, b: Box) -> bool:
    """Two controls in one row, close: their vertical middles within half the taller's height,
    and at most CONTROL_PAIR_GAP heights apart."""
    height = max(a[3], b[3])
    middle = abs((a[1] + a[3] / 2) - (b[1] + b[3] / 2))
    gap = max(a[0] - (b[0] + b[2]), b[0] - (a[0] + a[2]), 0)
    return middle <= height / 2 and gap <= CONTROL_PAIR_GAP * height


def _short_tiktok_title(element: Element) -> bool:
    """A service row's title over its subtitle, read as one paragraph: 'TikTok' / 'Import posts and stories'."""
    first = normalise(element.lines[0].text) if element.lines else ""
    return len(element.lines) > 1 and len(first.split()) <= TIKTOK_LABEL_WORDS and mentions_tiktok(first)


def _asks_to_connect(text: str) -> bool:
    return any(contains(text, verb) for verb in vocab.CONNECT_VERBS)


def _selects_tiktok(element: Element, text: str) -> bool:
    return element.kind in ("button", "link") or mentions_tiktok(text.split()[0]) or _asks_to_connect(text)


def _tiktok_option(
    elements: tuple[Element, ...], status_boxes: set[Box], data_boxes: set[Box]
) -> Mention | None:
    """A control or list entry that selects TikTok: 'Connect TikTok', a TikTok tile or row.

    On a page of services, TikTok's entry is a short label ('TikTok') whose control ('Connect',
    a toggle, an arrow) may sit beside it, below it, or be an icon OCR cannot read: a short
    label of its own is taken as the option. TikTok named only inside a paragraph is not one,
    nor an entry of a list of data ('All your TikTok data'); a button, a service row led by
    TikTok's name, or a line asking to connect may name data ('Import TikTok videos', 'TikTok
    Import posts and stories') and still be the option.
    """
    best: tuple[int, Mention] | None = None
    for element in elements:
        text = normalise(element.text)
        if not mentions_tiktok(text) or _looks_like_url(text) or element.box in status_boxes:
            continue
        if element.box in data_boxes and not _selects_tiktok(element, text):
            continue
        n_words = len(text.split())
        if element.kind in ("button", "link", "list_item") and n_words <= 8:
            rank = 3
        elif n_words <= 8 and _asks_to_connect(text) and not _reports_completion(element):
            rank = 2
        elif (element.kind != "heading" or _beside_unlinked_status(element, elements)) and (
            n_words <= TIKTOK_LABEL_WORDS or _short_tiktok_title(element)
        ):
            rank = 1
        else:
            continue
        if best is None or rank > best[0]:
            best = (rank, Mention("tiktok", element.text, element.box, element.kind))
    return best[1] if best else None


def _beside_unlinked_status(element: Element, elements: tuple[Element, ...]) -> bool:
    """A row label read as a heading, its icon making it tall ('od TikTok'), with a status of
    not linked in its row ('Not connected', 'Tap to link'): a settings row, not a page's title."""
    return any(
        other.box != element.box
        and normalise(other.text).strip(" .›>") in vocab.UNLINKED_STATUS
        and _same_row(element, other)
        for other in elements
    )


def _control_under_tiktok(
    content: tuple[Element, ...], controls: tuple[Mention, ...], logos: tuple[Box, ...] = ()
) -> Mention | None:
    """An empty state's call to action: 'Once TikTok is connected, your reports show here' over a
    'Link account' button, or TikTok's logo over 'Add source'. The button names no service; the
    lines or the logo just above it name TikTok."""
    for control in controls:
        cx, cy, cw, ch = control.box
        for lx, ly, lw, lh in logos:
            above = ly + lh <= cy and cy - (ly + lh) <= EMPTY_STATE_REACH * max(ch, lh)
            in_row = abs((ly + lh / 2) - (cy + ch / 2)) <= ch / 2 and lx + lw <= cx
            if (above and min(cx + cw, lx + lw) > max(cx, lx)) or in_row:
                return Mention("tiktok", control.text, control.box, control.kind)
        # The lines just above, a paragraph OCR may have cut in two ('... appears here' /
        # 'within a few minutes.').
        above = [
            normalise(e.text)
            for e in content
            if e.box != control.box
            and e.box[1] + e.box[3] <= cy
            and min(cx + cw, e.box[0] + e.box[2]) > max(cx, e.box[0])
            and cy - (e.box[1] + e.box[3]) <= EMPTY_STATE_REACH * ch
        ]
        if any(mentions_tiktok(t) for t in above) and not any(
            contains(t, p) for t in above for p in vocab.OTHER_SERVICES
        ):
            return Mention("tiktok", control.text, control.box, control.kind)
    return None


def _banner_call_to_action(content: tuple[Element, ...]) -> Mention | None:
    """A banner asking to connect TikTok, with its button in its row: 'New: bring your TikTok
    history into Fanbase' ... 'Try it'. The banner is the option, whatever its button says."""
    for banner in content:
        text = normalise(banner.text)
        if not mentions_tiktok(text) or not _asks_to_connect(text) or _reports_completion(banner):
            continue
        for button in content:
            if button.kind != "button" or button.box == banner.box:
                continue
            label = normalise(button.text)
            if (
                len(label.split()) <= SIDE_LABEL_WORDS
                and len(label.replace(" ", "")) >= LABEL_WORD_CHARS
                and not any(contains(label, w) for w in vocab.GO_BACK_WORDS)  # a dialog title's '✕ Close'
                and _inside_row(button.box, banner.box)
            ):
                return Mention("tiktok", banner.text, banner.box, banner.kind)
    return None


def _inside_row(inner: Box, outer: Box) -> bool:
    """`inner` sits within `outer`'s height, to its right or inside it: a banner's own button."""
    ix, iy, _, ih = inner
    ox, oy, ow, oh = outer
    middle = iy + ih / 2
    return oy <= middle <= oy + oh and ix >= ox + ow / 2


def _controls(
    controls: tuple[Element, ...],
    content: tuple[Element, ...],
    title_bottom: int,
    width: int,
    height: int,
    *,
    asking_model: bool,
) -> tuple[Mention | None, Mention | None]:
    """The screen's Proceed and Go back: by their words, then by their place beside each other,
    and, when `asking_model`, by what the control models are sure a label says."""
    proceed = _control(
        controls,
        vocab.PROCEED_WORDS,
        rivals=vocab.GO_BACK_WORDS + vocab.NOT_PROCEED,
        title_bottom=title_bottom,
        deniable=True,
    ) or _own_voice_call(controls)
    go_back = _control(
        controls, vocab.GO_BACK_WORDS, rivals=vocab.PROCEED_WORDS, exclude=proceed, title_bottom=title_bottom
    )
    if go_back is None and proceed is not None:
        go_back = _second_label(proceed)
    if go_back is None:
        go_back = _arrow_back(controls)
    if go_back is None and asking_model:
        go_back = _model_control(controls, Reader.BACK, exclude=proceed)
    if proceed is not None and _title_above_text(content, proceed, go_back):
        proceed = None
    if proceed is None and go_back is not None:
        proceed = _button_beside(controls, go_back, content)
    if proceed is None and go_back is not None:
        proceed = _lone_bottom_button(controls, go_back, width, height)
    if proceed is None and asking_model:
        proceed = _model_control(controls, Reader.PROCEED, exclude=go_back)
        if proceed is not None and _title_above_text(content, proceed, go_back):
            proceed = None
    return proceed, go_back


def _model_control(elements: Iterable[Element], reader: Reader, exclude: Mention | None) -> Mention | None:
    """The button or link the control models are surest is `reader`'s, when no rule knew its
    words ('Yep, send me over', 'I need more time')."""
    best: tuple[float, Mention] | None = None
    for element in elements:
        if element.kind not in ("button", "link") or (exclude is not None and element.box == exclude.box):
            continue
        if not model_may_name(element.text):
            continue
        read, p = control_verdict(*control_probabilities(element.text))
        if read is reader and (best is None or p > best[0]):
            best = (p, Mention(f"model {reader.value}", element.text, element.box, element.kind))
    return best[1] if best else None


def control_probabilities(label: str) -> tuple[float, float]:
    return wording_model.probability(label, Reader.PROCEED), wording_model.probability(label, Reader.BACK)


def model_may_name(label: str) -> bool:
    """Whether the control models are asked about a label: one of a control's few words, with
    a word of some letters, no address, no question."""
    text = normalise(label)
    words = text.split()
    return (
        0 < len(words) <= MAX_CONTROL_WORDS + 2
        and any(len(w) >= LABEL_WORD_CHARS for w in words)
        and not _looks_like_url(text)
        and not label.rstrip().endswith("?")
    )


def control_verdict(proceed: float, back: float) -> tuple[Reader | None, float]:
    """Which control a label is by the models alone, and how sure: the likelier of the two if
    at least CONTROL_SURE, else neither."""
    reader, p = (Reader.PROCEED, proceed) if proceed > back else (Reader.BACK, back)
    return (reader, p) if p >= CONTROL_SURE else (None, p)


def extract(reading: ScreenReading) -> ScreenFacts:
    layout: Layout = reading.layout
    # The app dimmed under a sheet or dialog is not what the screen shows: its TikTok row, its
    # services and its pitch belong to the page before. Only the word counts below read it.
    elements = tuple(e for e in layout.elements if e.kind != "backdrop")
    heading_elements = [e for e in elements if e.kind == "heading"]
    # Tab bars and browser chrome carry words ('Insights', 'Home') that are no part of the content.
    chrome_bottom = _browser_chrome_bottom(elements, layout.height)
    bars = _bar_rows(elements, layout.height, chrome_bottom)
    # A row at the edge holding a control is an action bar, not a tab bar: its other buttons
    # are controls too ('Not now' beside an unknown 'Let's go').
    edge_controls = [
        e for e in elements if (e.kind == "nav" or e.box in bars) and _edge_control(e, layout.height)
    ]
    kept = {id(e) for e in edge_controls}
    content = tuple(
        e
        for e in elements
        if (
            (e.kind != "nav" and e.box not in bars)
            or id(e) in kept
            or (e.kind == "button" and any(_same_row(e, c) for c in edge_controls))
        )
        and e.box[1] + e.box[3] > chrome_bottom
        and not _is_navigation(normalise(e.text))
    )
    data = _data_mentions(content)
    # A button that only says 'Done' closes something (an in-app browser's sheet, a dialog); it
    # reports nothing. 'All done!' as a title, or 'Done, you're connected', still does.
    # Nor does an address bar: an in-app browser's 'Done' beside 'tiktok.com/v2/auth/authorize'
    # made TikTok's own authorization page a confirmation that TikTok was connected.
    reporting = tuple(e for e in elements if not _address_bar(e))
    success = tuple(
        m
        for m in _mentions(reporting, vocab.SUCCESS_CUES, unless_within=vocab.CONNECT_VERBS)
        if not (m.kind in ("button", "link") and normalise(m.text).strip(".!") in _CONTROL_LABELS)
        and not _reports_other_outcome(normalise(m.text), m.phrase)
    )
    title_bottom = _title_bottom(content, layout.height)
    purpose, purpose_by_rules = _purpose_mentions(content)
    # A chip naming data ('Shares', read as 'Share' with a slip) is what is taken, not a way
    # on or back; 'Import my videos' holds a control's own word and stays one.
    data_boxes = {m.box for ms in data.values() for m in ms}
    controls = tuple(
        e for e in content if e.box not in data_boxes or set(normalise(e.text).split()) & _CONTROL_WORDS
    )
    found = partial(_controls, controls, content, title_bottom, layout.width, layout.height)
    proceed_by_rules, go_back_by_rules = proceed, go_back = found(asking_model=False)
    if proceed is None or go_back is None:
        proceed, go_back = found(asking_model=True)
    words = [w.text for line in layout.lines for w in line.words]
    # 'Continue with Google', 'Sign in with Apple': ways to log in, on TikTok's page or the app's,
    # not services offered for connecting.
    sign_in_cues = _mentions(elements, vocab.APP_SIGN_IN_CUES)
    login_cues = _mentions(elements, vocab.AUTHORIZE_LOGIN_CUES)
    login_page = bool(sign_in_cues or login_cues)
    login_options = {e.box for e in elements if _offers_login(e, login_page)}
    others = tuple(
        sorted(
            {
                p
                for e in elements
                if e.box not in login_options
                for p in vocab.OTHER_SERVICES
                if contains(normalise(e.text), p)
            }
        )
    )
    placeholders = tuple(
        Mention(p, e.text, e.box, e.kind)
        for e in elements
        for p in vocab.PLACEHOLDER_CUES
        if normalise(e.text) == p or (len(p) > 6 and contains(normalise(e.text), p))
    )
    if len({m.phrase for m in placeholders}) == 1 and placeholders[0].phrase in vocab.WEAK_PLACEHOLDERS:
        placeholders = ()  # a lone 'Title' or 'Image' is a finished screen's own label
    connect_controls = tuple(
        Mention("connect", e.text, e.box, e.kind)
        for e in content
        if e.kind in ("button", "link")
        and len(e.text.split()) <= CONNECT_CONTROL_WORDS
        and (
            any(contains(normalise(e.text), v) for v in vocab.CONNECT_VERBS)
            or normalise(e.text) in vocab.ROW_CONNECT_LABELS  # 'Enable' under an empty state
        )
    )
    handover = _mentions(content, vocab.HANDOVER_CUES)
    option = _tiktok_option(elements, {m.box for m in success}, data_boxes)
    # A data list, not a word of data in the empty state's pitch ('see your content calendar').
    listed = [m for ms in data.values() for m in ms if m.kind != "button"]
    if option is None and len(listed) < DATA_LIST_MENTIONS and not handover:
        # Only where nothing is disclosed or handed over: on a connecting screen the button
        # under 'TikTok will ask you to approve' is its Proceed, not a choice of service.
        option = _control_under_tiktok(content, connect_controls, layout.logos)
    if option is None and not handover:
        # A banner may sit in the top rows that read like a menu: everything under the chrome.
        option = _banner_call_to_action(tuple(e for e in elements if e.box[1] + e.box[3] > chrome_bottom))
    return ScreenFacts(
        tiktok=tuple(
            Mention("tiktok", e.text, e.box, e.kind) for e in elements if mentions_tiktok(normalise(e.text))
        ),
        tiktok_option=option,
        connect_cues=_mentions(
            [e for e in elements if not _reports_completion(e) and e.box not in login_options],
            vocab.CONNECT_VERBS,
            unless_within=vocab.ANNOUNCED_CONNECT,
        ),
        other_services=others,
        connecting_cues=_mentions(elements, vocab.CONNECTING_CUES),
        handover=handover,
        # The same label repeated, row after row: 'Sync' once in a toolbar is no list.
        service_rows=max(
            Counter(t for e in content if (t := normalise(e.text)) in vocab.ROW_CONNECT_LABELS).values(),
            default=0,
        ),
        connect_controls=connect_controls,
        purpose=purpose,
        purpose_by_rules=purpose_by_rules,
        data=data,
        neutral_data=_neutral_data(elements),
        proceed=proceed,
        go_back=go_back,
        proceed_by_rules=proceed_by_rules,
        go_back_by_rules=go_back_by_rules,
        login_cues=login_cues,
        consent_cues=_mentions(elements, vocab.AUTHORIZE_CONSENT_CUES),
        provider_consent=_mentions(content, vocab.PROVIDER_CONSENT_CUES) + _foreign_access(content),
        scope_wording=_mentions(elements, vocab.TIKTOK_SCOPE_WORDING),
        success=success,
        tiktok_connected=_tiktok_connected(reporting),
        linked_account=_linked_account(content),
        sign_in_cues=sign_in_cues,
        pricing_cues=_every_mention(elements, vocab.PRICING_CUES),
        developer_cues=_every_mention(elements, vocab.DEVELOPER_PORTAL_CUES),
        dashboard_cues=_mentions(content, vocab.DASHBOARD_CUES),
        recurrence=_mentions(elements, vocab.RECURRENCE_CUES),
        heading=heading_elements[0].text if heading_elements else "",
        buttons=tuple(e.text for e in elements if e.kind == "button"),
        word_count=len(words),
        english_ratio=english_ratio(words),
        placeholders=placeholders,
        tiktok_logos=layout.logos,
        fingerprint=dhash(reading.screen.image),
    )
