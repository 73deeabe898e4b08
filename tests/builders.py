"""Screens described as (kind, text) elements, for testing classify and the rules without OCR."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from mockcheck.classify import classify_flow
from mockcheck.model import ClassifiedScreen, Element, Layout, Line, ScreenImage, ScreenReading, Word

WIDTH, HEIGHT = 390, 844
ROW = 48


def reading(source: str, *elements: tuple[str, str], seed: int = 0) -> ScreenReading:
    """A screen whose layout holds `elements` top to bottom; its image is unique per screen text."""
    built: list[Element] = []
    lines: list[Line] = []
    for row, (kind, text) in enumerate(elements):
        y = 40 + row * ROW
        words, x = [], 24
        for token in text.split():
            w = 9 * len(token)
            words.append(Word(token, (x, y, w, 20), 95.0))
            x += w + 6
        line = Line(tuple(words), (24, y, max(x - 30, 1), 20))
        lines.append(line)
        box = (16, y - 10, WIDTH - 32, 40) if kind == "button" else line.box
        built.append(Element(kind, (line,), box))  # type: ignore[arg-type]
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    # A pattern of columns per seed gives different screens fingerprints far apart, as real
    # screenshots have; blank images with a few text blocks would all look alike.
    pattern = random.Random(seed).getrandbits(16)
    for k in range(16):
        if pattern >> k & 1:
            x = k * WIDTH // 16
            draw.rectangle((x, HEIGHT // 2, x + WIDTH // 16 - 1, HEIGHT - 1), fill=(200, 200, 220))
    # Draw the text as blocks so the same seed with other text is still a slightly other picture.
    for line in lines:
        x, y, w, h = line.box
        draw.rectangle((x, y, x + w, y + h), fill=(30 + (seed * 40) % 200, 30, 30))
    layout = Layout(WIDTH, HEIGHT, tuple(lines), tuple(built))
    return ScreenReading(ScreenImage(source, None, None, image), layout)


# The connecting screen around one line under test: a title, a data list, then CONTROLS.
DATA_LIST = (
    ("heading", "Connecting to TikTok"),
    ("text", "Pixeldrop will receive:"),
    ("list_item", "Your profile info"),
    ("list_item", "Videos you've posted"),
)
CONTROLS = (("button", "Continue"), ("link", "Go back"))

CONNECT = (
    ("heading", "Connect your accounts"),
    ("text", "Choose a service to bring your videos in"),
    ("button", "Connect TikTok"),
    ("button", "Connect Instagram"),
    ("button", "Connect YouTube"),
)
CONNECTING = (
    ("heading", "Connecting to TikTok"),
    ("text", "Reelpad will receive:"),
    ("list_item", "Your profile info"),
    ("list_item", "Your watch history"),
    ("text", "We use this to build your highlight reel."),
    ("button", "Continue"),
    ("link", "Go back"),
)
AUTHORIZE = (
    ("heading", "TikTok"),
    ("text", "Reelpad would like to access your TikTok account"),
    ("list_item", "Export a copy of your activity data"),
    ("list_item", "Export a copy of your posts and profile data"),
    ("button", "Authorize"),
    ("button", "Cancel"),
    ("text", "www.tiktok.com"),
)
RESULT = (
    ("heading", "You're all set!"),
    ("text", "Your TikTok account is connected."),
    ("button", "Open Reelpad"),
)


def flow(*screens: tuple[tuple[str, str], ...]) -> list[ClassifiedScreen]:
    return classify_flow([reading(f"Screen {i + 1}.png", *s, seed=i) for i, s in enumerate(screens)])


def without(screen: tuple[tuple[str, str], ...], *texts: str) -> tuple[tuple[str, str], ...]:
    return tuple(e for e in screen if e[1] not in texts)
