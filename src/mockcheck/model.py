"""Plain data passed between the pipeline stages (load → OCR → layout → classify → rules → report)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from PIL import Image

# [x, y, width, height] in pixels of the image the box was measured on.
Box = tuple[int, int, int, int]


def boxes_overlap(a: Box, b: Box) -> bool:
    """Whether two (x, y, width, height) boxes share any pixel."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


class Step(StrEnum):
    """The four screens TikTok asks for, in journey order, plus everything else."""

    CONNECT = "connect"
    CONNECTING = "connecting"
    AUTHORIZE = "authorize"
    RESULT = "result"
    OTHER = "other"


JOURNEY: tuple[Step, ...] = (Step.CONNECT, Step.CONNECTING, Step.AUTHORIZE, Step.RESULT)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Word:
    """One OCR word. `conf` is Tesseract's 0..100 confidence."""

    text: str
    box: Box
    conf: float


@dataclass(frozen=True)
class Line:
    """One text line in reading order; its words are left to right."""

    words: tuple[Word, ...]
    box: Box

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def conf(self) -> float:
        return sum(w.conf for w in self.words) / len(self.words) if self.words else 0.0

    @property
    def height(self) -> int:
        return self.box[3]


# "nav": device and browser chrome, tab bars and top menus (status bar clock, address bar,
# 'Home  Discover  Inbox'): read, but no control or content of the page.
# "backdrop": the app dimmed behind a bottom sheet or dialog, read but neither content nor chrome
# (its 'Connect' buttons are the page underneath, not a tab bar's controls).
ElementKind = Literal["button", "link", "heading", "list_item", "input", "text", "nav", "backdrop"]


@dataclass(frozen=True)
class Element:
    """A piece of UI built from one or more lines: a button, a heading, a list item, a paragraph.

    `box` is the element's visual extent (for a button, its filled or outlined shape, not
    just its text), so reports can draw it and rules can tell a control from a sentence.
    """

    kind: ElementKind
    lines: tuple[Line, ...]
    box: Box

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


@dataclass(frozen=True)
class ScreenImage:
    """One screen to check: a file, a PDF page, or one region of a flow board."""

    source: str  # path relative to the scanned PATH, or the file name
    page: int | None  # 1-based PDF page, else None
    box: Box | None  # region inside the source image, else None
    image: Image.Image  # RGB
    region: int | None = None  # 1-based number of the region on a flow board, in reading order


@dataclass(frozen=True)
class LoadProblem:
    """A file that claims to be a mockup but could not be read; becomes an `unreadable-input` finding."""

    source: str
    page: int | None
    reason: str


@dataclass(frozen=True)
class Loaded:
    """Everything `load` found under PATH, in journey (natural) order."""

    screens: tuple[ScreenImage, ...]
    problems: tuple[LoadProblem, ...]
    skipped: tuple[str, ...]


@dataclass(frozen=True)
class Layout:
    """What one screen shows: its text lines and the UI elements built from them."""

    width: int
    height: int
    lines: tuple[Line, ...]
    elements: tuple[Element, ...]
    dark: bool = False  # dark theme: light text on a dark background
    logos: tuple[Box, ...] = ()  # TikTok's logo, wherever it shows (logo.py)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def of_kind(self, *kinds: ElementKind) -> tuple[Element, ...]:
        return tuple(e for e in self.elements if e.kind in kinds)


@dataclass(frozen=True)
class ScreenReading:
    """A screen after OCR and layout, before classification."""

    screen: ScreenImage
    layout: Layout


@dataclass(frozen=True)
class Mention:
    """A phrase found on a screen: what matched, and the line or element it was found in."""

    phrase: str
    text: str
    box: Box
    kind: str = "text"  # the element kind it sits in: button, link, heading, list_item, text


@dataclass(frozen=True)
class ScreenFacts:
    """Everything the classifier and the rules look for on one screen, each with where it was seen."""

    tiktok: tuple[Mention, ...] = ()
    tiktok_option: Mention | None = None  # a control or list entry that picks TikTok
    tiktok_connected: Mention | None = None  # TikTok shown as already connected ('TikTok · Linked')
    linked_account: tuple[Mention, ...] = ()  # a handle or synced counts: an account already linked
    connect_cues: tuple[Mention, ...] = ()
    other_services: tuple[str, ...] = ()
    connecting_cues: tuple[Mention, ...] = ()
    handover: tuple[Mention, ...] = ()  # the app sending the user to the provider
    connect_controls: tuple[Mention, ...] = ()  # buttons and links labelled to connect a service
    service_rows: int = 0  # bare 'Connect' / 'Link' / 'Add' labels, one per service of a list
    purpose: tuple[Mention, ...] = ()  # lines that say why, read by the rules and the model together
    # The rules' reads alone. The model learnt reasons from connecting screens only; on a connect
    # page a pitch ('see all your clips in one place') reads as one, so the classifier weighs these.
    purpose_by_rules: tuple[Mention, ...] = ()
    data: dict[str, tuple[Mention, ...]] = field(default_factory=dict)  # DataSet value → mentions
    neutral_data: tuple[Mention, ...] = ()
    proceed: Mention | None = None  # read by the rules, then by the control models
    go_back: Mention | None = None
    # The rules' reads alone, which the classifier weighs for the same reason as purpose_by_rules:
    # the control models learnt the labels of connecting screens, and a provider's own consent
    # page ('No, do not approve') has a way back too.
    proceed_by_rules: Mention | None = None
    go_back_by_rules: Mention | None = None
    login_cues: tuple[Mention, ...] = ()
    consent_cues: tuple[Mention, ...] = ()
    provider_consent: tuple[Mention, ...] = ()  # a provider's consent page speaking to the user
    scope_wording: tuple[Mention, ...] = ()
    success: tuple[Mention, ...] = ()
    sign_in_cues: tuple[Mention, ...] = ()
    pricing_cues: tuple[Mention, ...] = ()
    developer_cues: tuple[Mention, ...] = ()
    dashboard_cues: tuple[Mention, ...] = ()
    recurrence: tuple[Mention, ...] = ()
    heading: str = ""
    buttons: tuple[str, ...] = ()
    word_count: int = 0
    english_ratio: float = 1.0  # share of words that are common English, for the language warning
    placeholders: tuple[Mention, ...] = ()
    tiktok_logos: tuple[Box, ...] = ()  # TikTok named by its logo, which OCR does not read
    fingerprint: int = 0  # perceptual hash of the image, for duplicate screens


@dataclass(frozen=True)
class ClassifiedScreen:
    source: str
    page: int | None
    box: Box | None
    step: Step
    confidence: float
    evidence: tuple[str, ...]
    layout: Layout
    # What the screen shows, found once by feature extraction and read by both classify and rules.
    facts: ScreenFacts = field(default_factory=lambda: ScreenFacts(), compare=False)
    region: int | None = None  # 1-based number of the region on a flow board, in reading order
    # The pixels the layout was measured on, kept only when asked (check(keep_images=True)) so the
    # HTML report and --annotate can draw on them; never part of the JSON document.
    image: Image.Image | None = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        return self.layout.text

    @property
    def label(self) -> str:
        """How a person names this screen: the file, with its page or region when it has one."""
        label = self.source
        if self.page is not None:
            label += f" page {self.page}"
        if self.region is not None:
            label += f" #{self.region}"
        if self.box is not None:
            x, y, w, h = self.box
            label += f" ({x},{y} {w}×{h})"
        return label


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    step: Step | None
    source: str | None
    page: int | None
    message: str


@dataclass(frozen=True)
class Report:
    target: str
    screens: tuple[ClassifiedScreen, ...]
    findings: tuple[Finding, ...]
    skipped: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # notes for the person, not findings (e.g. a low-confidence step)

    @property
    def passed(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in self.findings)
