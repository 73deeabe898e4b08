"""TikTok's logo found by its colours, on drawn screens."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PIL import Image, ImageDraw

from mockcheck.facts import extract
from mockcheck.logo import find_tiktok_logos

from builders import reading

CYAN, RED = (37, 244, 238), (254, 44, 85)


def _logo(draw: ImageDraw.ImageDraw, x: int, y: int, size: int = 48) -> None:
    """A TikTok-style mark: a note drawn in cyan, then red, then white, each a few pixels apart."""
    draw.rounded_rectangle((x, y, x + size, y + size), size // 5, fill="black")
    for colour, dx in ((CYAN, -2), (RED, 2), ((255, 255, 255), 0)):
        ox = x + size // 2 + dx
        draw.line((ox, y + 10, ox, y + size - 16), fill=colour, width=5)
        draw.ellipse((ox - 12, y + size - 24, ox + 2, y + size - 10), outline=colour, width=5)


def test_a_tiktok_logo_is_found_where_it_is() -> None:
    image = Image.new("RGB", (390, 844), "white")
    _logo(ImageDraw.Draw(image), 170, 300)
    [(x, y, w, h)] = find_tiktok_logos(np.asarray(image))
    assert 150 <= x <= 190 and 280 <= y <= 320 and w <= 80 and h <= 80


def test_sky_blue_beside_orange_is_no_tiktok_logo() -> None:
    # Google's and others' marks put light blue and orange together; TikTok's red is pinker.
    image = Image.new("RGB", (390, 844), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((100, 100, 130, 130), fill=(133, 210, 255))
    draw.rectangle((131, 100, 160, 130), fill=(211, 134, 64))
    assert find_tiktok_logos(np.asarray(image)) == ()


def test_a_screen_without_the_two_colours_has_no_logo() -> None:
    image = Image.new("RGB", (390, 844), (37, 244, 238))
    assert find_tiktok_logos(np.asarray(image)) == ()


def test_a_connect_button_under_tiktoks_logo_is_the_tiktok_option() -> None:
    base = reading(
        "c.png",
        ("heading", "Waiting for your first import"),
        ("text", "Northstar needs a source before it can show anything here."),
        ("button", "Add source"),
    )
    layout = replace(base.layout, logos=((170, 0, 48, 30),))
    facts = extract(replace(base, layout=layout))
    assert facts.tiktok_option is not None and facts.tiktok_option.text == "Add source"
    assert facts.tiktok_logos


def test_a_connect_button_far_from_the_logo_is_no_tiktok_option() -> None:
    base = reading("c.png", ("heading", "Sources"), ("button", "Add source"))
    layout = replace(base.layout, logos=((170, 700, 48, 48),))
    assert extract(replace(base, layout=layout)).tiktok_option is None
