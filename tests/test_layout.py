"""Layout on drawn screens with known lines: buttons by shape, links, headings, lists, inputs, dark mode."""

from __future__ import annotations

import shutil

import pytest
from PIL import Image, ImageDraw, ImageFont

from mockcheck.layout import analyse, join_word_fragments, split_at_drawn_marks
from mockcheck.model import Line, Word
from mockcheck.ocr import TesseractEngine

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
W, H = 390, 844


class Canvas:
    """Draws text and records the Line a perfect OCR would return for it."""

    def __init__(self, background: str = "#FFFFFF") -> None:
        self.image = Image.new("RGB", (W, H), background)
        self.draw = ImageDraw.Draw(self.image)
        self.lines: list[Line] = []

    def text(
        self,
        xy: tuple[int, int],
        text: str,
        size: int = 15,
        colour: str = "#161823",
        bold: bool = False,
        anchor: str = "la",
    ) -> Line:
        font = ImageFont.truetype(BOLD if bold else FONT, size)
        self.draw.text(xy, text, font=font, fill=colour, anchor=anchor)
        words = []
        x = self.draw.textbbox(xy, text, font=font, anchor=anchor)[0]
        for part in text.split(" "):
            left, top, right, bottom = self.draw.textbbox(
                (x, xy[1]), part, font=font, anchor=anchor[0] + anchor[1]
            )
            left, top, right, bottom = (round(v) for v in (left, top, right, bottom))
            words.append(Word(part, (left, top, right - left, bottom - top), 95.0))
            x = right + self.draw.textlength(" ", font=font)
        x0 = min(w.box[0] for w in words)
        y0 = min(w.box[1] for w in words)
        x1 = max(w.box[0] + w.box[2] for w in words)
        y1 = max(w.box[1] + w.box[3] for w in words)
        line = Line(tuple(words), (x0, y0, x1 - x0, y1 - y0))
        self.lines.append(line)
        return line

    def layout(self):
        lines = tuple(sorted(self.lines, key=lambda ln: (ln.box[1], ln.box[0])))
        return analyse(self.image, lines)


def _kind_of(layout, text: str) -> str:
    return next(e.kind for e in layout.elements if text in e.text)


def test_label_on_filled_pill_is_a_button_whose_box_is_the_shape() -> None:
    canvas = Canvas()
    canvas.draw.rounded_rectangle((20, 700, 370, 750), radius=25, fill="#FE2C55")
    canvas.text((195, 725), "Continue", 16, "#FFFFFF", bold=True, anchor="lm")
    button = canvas.layout().of_kind("button")[0]
    assert button.text == "Continue"
    x, y, w, h = button.box
    assert abs(x - 20) <= 3 and abs(y - 700) <= 3 and abs(w - 351) <= 4 and abs(h - 51) <= 4


def test_a_misread_word_with_a_tall_box_still_leaves_its_label_on_the_button() -> None:
    # 'Looks good, continue' on a tight pill: OCR read 'Looks' as 'tasks' at 5 % with a box
    # reaching below the pill, which made the label no longer fit inside it.
    canvas = Canvas("#161B22")
    canvas.draw.rounded_rectangle((20, 700, 250, 730), radius=15, fill="#EA580C")
    line = canvas.text((40, 715), "tasks good, continue", 14, "#FFFFFF", bold=True, anchor="lm")
    first, *rest = line.words
    x, y, w, h = first.box
    tall = Word(first.text, (x, y - 2, w, 2 * h + 6), 5.0)
    words = (tall, *rest)
    canvas.lines[-1] = Line(words, (line.box[0], y - 2, line.box[2], 2 * h + 6))
    assert _kind_of(canvas.layout(), "continue") == "button"


def test_label_in_outlined_rectangle_is_a_button() -> None:
    canvas = Canvas()
    canvas.draw.rounded_rectangle((20, 640, 370, 690), radius=8, outline="#9A9A9A", width=2)
    canvas.text((150, 665), "Learn more", 16, bold=True, anchor="lm")
    assert _kind_of(canvas.layout(), "Learn more") == "button"


def test_go_back_inside_a_sentence_is_text_not_button_or_link() -> None:
    canvas = Canvas()
    canvas.text((20, 200), "If you change your mind you can go back", 15)
    canvas.text((20, 222), "to the previous screen at any time.", 15)
    layout = canvas.layout()
    assert _kind_of(layout, "go back") == "text"
    assert not layout.of_kind("button", "link")


def test_short_coloured_line_under_the_button_is_a_link() -> None:
    canvas = Canvas()
    canvas.draw.rounded_rectangle((20, 680, 370, 730), radius=25, fill="#1877F2")
    canvas.text((160, 705), "Proceed", 16, "#FFFFFF", bold=True, anchor="lm")
    canvas.text((160, 760), "Go back", 16, "#FE2C55", bold=True)
    layout = canvas.layout()
    assert _kind_of(layout, "Go back") == "link"
    assert [e.kind for e in layout.elements] == ["button", "link"]


def test_big_text_at_the_top_is_a_heading_and_body_is_one_text_block() -> None:
    canvas = Canvas()
    canvas.text((20, 80), "Connecting to TikTok", 26, bold=True)
    canvas.text((20, 130), "We will receive your watch history and", 15)
    canvas.text((20, 152), "liked videos to recommend playlists.", 15)
    layout = canvas.layout()
    assert [e.kind for e in layout.elements] == ["heading", "text"]
    assert layout.elements[1].text.startswith("We will receive") and len(layout.elements[1].lines) == 2


def test_bulleted_lines_are_list_items() -> None:
    canvas = Canvas()
    canvas.text((20, 60), "Here is what we will receive:", 15)
    for i, item in enumerate(("Watch history", "Liked videos", "Profile information")):
        canvas.text((20, 100 + 34 * i), f"• {item}", 15)
    layout = canvas.layout()
    assert [e.text for e in layout.of_kind("list_item")] == [
        "• Watch history",
        "• Liked videos",
        "• Profile information",
    ]


def test_aligned_run_of_short_lines_without_bullets_are_list_items() -> None:
    canvas = Canvas()
    for i, item in enumerate(("Watch history", "Liked videos", "Favourite sounds", "Comments")):
        canvas.text((40, 300 + 40 * i), item, 15)
    assert len(canvas.layout().of_kind("list_item")) == 4


def test_left_aligned_placeholder_in_a_box_is_an_input() -> None:
    canvas = Canvas()
    canvas.draw.rounded_rectangle((20, 300, 370, 348), radius=6, outline="#CCCCCC", width=1)
    canvas.text((34, 324), "Email address", 15, "#9A9A9A", anchor="lm")
    assert _kind_of(canvas.layout(), "Email address") == "input"


def test_dark_background_sets_dark_and_finds_the_button() -> None:
    canvas = Canvas("#121212")
    canvas.text((20, 80), "Link your account", 26, "#F2F2F2", bold=True)
    canvas.draw.rounded_rectangle((20, 700, 370, 750), radius=12, fill="#7C3AED")
    canvas.text((160, 725), "Authorize", 16, "#FFFFFF", bold=True, anchor="lm")
    layout = canvas.layout()
    assert layout.dark
    assert _kind_of(layout, "Authorize") == "button"
    assert not Canvas().layout().dark


def test_elements_are_in_reading_order() -> None:
    canvas = Canvas()
    canvas.draw.rounded_rectangle((20, 700, 370, 750), radius=25, fill="#111111")
    canvas.text((170, 725), "Done", 16, "#FFFFFF", bold=True, anchor="lm")
    canvas.text((20, 80), "You're all set", 26, bold=True)
    canvas.text((20, 400), "Last synced 3 minutes ago.", 12, "#9A9A9A")
    assert [e.kind for e in canvas.layout().elements] == ["heading", "text", "button"]


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_ocr_then_layout_reads_white_label_on_red_pill_as_button() -> None:
    canvas = Canvas()
    canvas.text((20, 80), "Connect to TikTok", 26, bold=True)
    canvas.draw.rounded_rectangle((20, 700, 370, 750), radius=25, fill="#FE2C55")
    canvas.text((195, 725), "Continue", 16, "#FFFFFF", bold=True, anchor="mm")
    layout = analyse(canvas.image, TesseractEngine().read(canvas.image))
    assert [e.text for e in layout.of_kind("button")] == ["Continue"]
    assert [e.text for e in layout.of_kind("heading")] == ["Connect to TikTok"]


def test_status_bar_and_tab_bar_are_nav_not_buttons() -> None:
    # '9:34' and the tab labels became buttons on their bars; they are chrome, not controls.
    canvas = Canvas()
    canvas.draw.rectangle((0, 0, W, 40), fill="#F4F4F6")
    canvas.text((24, 12), "9:34", 14, bold=True)
    canvas.text((20, 90), "Connect to TikTok", 26, bold=True)
    canvas.draw.rounded_rectangle((20, 640, 370, 690), radius=25, fill="#FE2C55")
    canvas.text((160, 665), "Continue", 16, "#FFFFFF", bold=True, anchor="lm")
    canvas.draw.rectangle((0, 780, W, H), fill="#F4F4F6")
    for i, tab in enumerate(("Home", "Discover", "Inbox", "Profile")):
        canvas.text((20 + 95 * i, 800), tab, 11, "#8A8A8A")
    layout = canvas.layout()
    assert _kind_of(layout, "9:34") == "nav"
    assert [e.kind for e in layout.elements if e.text in ("Home", "Discover", "Inbox", "Profile")] == [
        "nav"
    ] * 4
    assert [e.text for e in layout.of_kind("button")] == ["Continue"]
    assert _kind_of(layout, "Connect to TikTok") == "heading"


def test_browser_tab_and_address_bar_are_nav() -> None:
    # A desktop mockup in a browser: the tab title 'Before you continue · Rewind' is not a button.
    canvas = Canvas()
    canvas.draw.rectangle((0, 0, W, 70), fill="#DEE1E6")
    canvas.draw.rounded_rectangle((60, 6, 250, 34), radius=6, fill="#FFFFFF")
    canvas.text((70, 12), "Before you continue", 12, "#3C4043")
    canvas.draw.rounded_rectangle((10, 40, 380, 66), radius=12, fill="#F1F3F4")
    canvas.text((24, 46), "rewind.co/connect/tiktok", 12, "#3C4043")
    canvas.text((20, 120), "Connecting to TikTok", 26, bold=True)
    canvas.draw.rounded_rectangle((20, 640, 370, 690), radius=8, fill="#111111")
    canvas.text((160, 665), "Proceed", 16, "#FFFFFF", bold=True, anchor="lm")
    layout = canvas.layout()
    assert _kind_of(layout, "Before you continue") == "nav"
    assert _kind_of(layout, "rewind.co") == "nav"
    assert [e.text for e in layout.of_kind("button")] == ["Proceed"]


def test_a_row_of_two_buttons_at_the_bottom_stays_buttons() -> None:
    canvas = Canvas()
    canvas.text((20, 90), "Connecting to TikTok", 26, bold=True)
    canvas.draw.rounded_rectangle((20, 770, 190, 820), radius=8, outline="#9A9A9A", width=2)
    canvas.text((70, 795), "Not now", 16, bold=True, anchor="lm")
    canvas.draw.rounded_rectangle((200, 770, 370, 820), radius=8, fill="#FE2C55")
    canvas.text((255, 795), "Allow", 16, "#FFFFFF", bold=True, anchor="lm")
    layout = canvas.layout()
    assert sorted(e.text for e in layout.of_kind("button")) == ["Allow", "Not now"]


def test_a_label_whose_ampersand_ocr_lost_is_one_button_beside_back() -> None:
    # 'Back' | 'Allow & continue' at the bottom, read as 'Back', 'Allow', 'continue': not a tab bar of three.
    canvas = Canvas()
    canvas.text((20, 90), "Before we connect", 26, bold=True)
    canvas.draw.rounded_rectangle((20, 770, 185, 820), radius=25, fill="#F1F1F3")
    canvas.text((80, 795), "Back", 16, bold=True, anchor="lm")
    canvas.draw.rounded_rectangle((195, 770, 370, 820), radius=25, fill="#D6246E")
    canvas.text((218, 795), "Allow", 16, "#FFFFFF", bold=True, anchor="lm")
    canvas.text((290, 795), "continue", 16, "#FFFFFF", bold=True, anchor="lm")
    layout = canvas.layout()
    assert sorted(e.text for e in layout.of_kind("button")) == ["Allow continue", "Back"]


def test_a_segmented_control_still_has_one_button_per_label() -> None:
    canvas = Canvas()
    canvas.draw.rounded_rectangle((20, 300, 370, 340), radius=8, fill="#EEEEF2")
    for i, label in enumerate(("Day", "Week", "Month")):
        canvas.text((50 + 115 * i, 320), label, 15, anchor="lm")
    layout = canvas.layout()
    assert sorted(e.text for e in layout.of_kind("button")) == ["Day", "Month", "Week"]


def test_specks_read_from_a_buttons_corners_do_not_make_it_a_card() -> None:
    canvas = Canvas()
    canvas.text((20, 90), "Link your TikTok account", 22, bold=True)
    canvas.draw.rounded_rectangle((20, 640, 370, 690), radius=10, fill="#C7D2FE")
    canvas.text((140, 665), "Allow continue", 16, bold=True, anchor="lm")
    # What Tesseract made of the rounded corners, with little confidence.
    canvas.lines += [
        Line((Word("va", (21, 641, 14, 12), 34.0),), (21, 641, 14, 12)),
        Line((Word("XN", (21, 676, 12, 13), 16.0),), (21, 676, 12, 13)),
    ]
    layout = canvas.layout()
    assert [e.text for e in layout.of_kind("button")] == ["Allow continue"]


def test_lines_of_one_paragraph_stay_together_when_ocr_boxes_one_taller() -> None:
    # 'What we'll receive: all' / 'your TikTok data.': the second box took in a speck.
    canvas = Canvas()
    canvas.text((20, 100), "You'll be sent to TikTok. What we'll receive: all", 13)
    second = canvas.text((20, 118), "your TikTok data. We ask for it so that we can help.", 13)
    x, y, w, h = second.box
    canvas.lines[-1] = Line(second.words, (x, y - 3, w, h + 8))
    texts = [e.text for e in canvas.layout().elements]
    assert any("receive: all your TikTok data" in t for t in texts), texts


def _word_line(text: str, x: int, y: int, h: int = 12) -> Line:
    word = Word(text, (x, y, 8 * len(text), h), 90.0)
    return Line((word,), word.box)


def test_words_of_one_label_returned_as_separate_lines_are_joined() -> None:
    # Sparse OCR gave 'Never' and 'mind' of a small 'Never mind' link a line each.
    lines = (_word_line("Never", 163, 836), _word_line("mind", 208, 836))
    joined = join_word_fragments(lines)
    assert [ln.text for ln in joined] == ["Never mind"]
    assert joined[0].box == (163, 836, 77, 12)


def test_labels_a_chip_gap_apart_stay_separate_lines() -> None:
    lines = (_word_line("Likes", 40, 300), _word_line("Comments", 104, 300))
    assert [ln.text for ln in join_word_fragments(lines)] == ["Likes", "Comments"]


def test_a_word_on_another_baseline_is_not_joined() -> None:
    lines = (_word_line("Likes", 40, 300), _word_line("Shares", 84, 309))
    assert len(join_word_fragments(lines)) == 2


def _sheet_over_app(dim: bool) -> object:
    # The app's feed, then a white bottom sheet holding the connecting screen's text.
    # Undimmed: an iOS grouped page (#F2F2F7) whose lines are all grey captions.
    c = Canvas("#8C8C8C" if dim else "#F2F2F7")
    text = "#0A0A0A" if dim else "#6B6B6B"
    c.text((24, 120), "Tip", 15, text, bold=True)
    c.text((24, 146), "Pin your favourites to the top", 15, "#3A3A3A" if dim else "#6B6B6B")
    c.text((24, 200), "Trending", 15, text, bold=True)
    c.draw.rounded_rectangle((0, 430, W, H + 20), 24, fill="#FFFFFF")
    c.text((24, 470), "Connect Loop to TikTok", 22, "#161823", bold=True)
    c.text((24, 520), "Loop is connecting to your TikTok account.", 14, "#161823")
    c.text((24, 560), "Direct messages", 15, "#161823")
    c.text((24, 590), "Your chat history", 15, "#161823")
    c.text((24, 630), "We copy it once.", 14, "#161823")
    return c.layout()


def test_the_app_dimmed_behind_a_bottom_sheet_is_not_content() -> None:
    layout = _sheet_over_app(dim=True)
    assert _kind_of(layout, "Pin your favourites") == "backdrop"
    assert _kind_of(layout, "Direct messages") not in ("nav", "backdrop")


def test_a_translucent_card_inside_a_dark_dialog_on_a_presentation_canvas_is_content() -> None:
    # A caption in strong dark text on the light canvas, then the dark screen: its own lines
    # frame the lighter inner card, which no overlay dims.
    c = Canvas("#E8ECF2")
    c.text((24, 30), "Step 3 - Consent", 20, "#101010", bold=True)
    c.text((24, 60), "Cadence client review round 2", 13, "#303030")
    c.text((24, 84), "Presented by the studio team", 13, "#303030")
    c.text((24, 104), "Version four", 13, "#303030")
    c.draw.rounded_rectangle((10, 140, W - 10, H - 10), 30, fill="#2A1420")
    c.text((30, 200), "You are connecting to TikTok", 20, "#FFFFFF", bold=True)
    c.text((30, 240), "Please review the following before you proceed", 12, "#E0D0D8")
    c.draw.rounded_rectangle((30, 280, W - 30, 400), 16, fill="#8A4A62")
    c.text((44, 300), "Cadence will receive:", 13, "#D0B0BC", bold=True)
    c.text((44, 340), "Direct messages", 13, "#D0B0BC")
    c.text((44, 370), "Chat history", 13, "#D0B0BC")
    c.text((30, 430), "This refreshes automatically every day.", 12, "#E0D0D8")
    layout = c.layout()
    assert _kind_of(layout, "Direct messages") not in ("nav", "backdrop")
    assert _kind_of(layout, "Chat history") not in ("nav", "backdrop")


def test_the_dimmed_app_under_its_own_header_and_above_a_sheet_is_still_backdrop() -> None:
    # The app's header (its own bar colour) above the dimmed feed, the sheet below: the feed is
    # framed by two surfaces, not inside one.
    c = Canvas("#8C8C8C")
    c.draw.rectangle((0, 0, W, 100), fill="#5A5A5A")
    c.text((24, 40), "Pulsebay", 22, "#FFFFFF", bold=True)
    c.text((24, 140), "Fresh picks", 15, "#0A0A0A", bold=True)
    c.text((24, 166), "Hand-chosen for your evening", 15, "#3A3A3A")
    c.text((24, 220), "Popular now", 15, "#0A0A0A", bold=True)
    c.text((24, 246), "Loved by the community", 15, "#3A3A3A")
    c.draw.rounded_rectangle((0, 430, W, H + 20), 24, fill="#FFFFFF")
    c.text((24, 470), "Connect Loop to TikTok", 22, "#161823", bold=True)
    c.text((24, 520), "Loop is connecting to your TikTok account.", 14, "#161823")
    c.text((24, 560), "Direct messages", 15, "#161823")
    c.text((24, 590), "Your chat history", 15, "#161823")
    c.text((24, 630), "We copy it once.", 14, "#161823")
    layout = c.layout()
    assert _kind_of(layout, "Hand-chosen") == "backdrop"
    assert _kind_of(layout, "Direct messages") not in ("nav", "backdrop")


def test_grey_captions_on_a_light_grey_page_beside_a_white_card_stay_content() -> None:
    layout = _sheet_over_app(dim=False)
    assert _kind_of(layout, "Pin your favourites") not in ("nav", "backdrop")


def _text_link_beside_a_button(speck: bool) -> Canvas:
    # b009 (brandkit corpus): a bold dark-pink 'Nope, go back' beside the filled 'Yep, continue',
    # on a card of small body text; bigger than the body, it was taken for a heading.
    canvas = Canvas()
    canvas.text((20, 90), "Connecting to TikTok", 26, bold=True)
    for i, line in enumerate(
        ["We'll read your watch history", "to make your weekly recap.", "You can stop this any time."]
    ):
        canvas.text((20, 300 + 20 * i), line, 12)
    canvas.text((40, 795), "Nope, go back", 17, "#111111", bold=True, anchor="lm")
    canvas.draw.rounded_rectangle((200, 770, 370, 820), radius=25, fill="#C2255C")
    canvas.text((230, 795), "Yep, continue", 15, "#FFFFFF", bold=True, anchor="lm")
    if speck:
        # A speck in the card's corner, read as 'i}', below the link.
        canvas.lines.append(Line((Word("i}", (60, 822, 2, 7), 60.0),), (60, 822, 2, 7)))
    return canvas


@pytest.mark.parametrize("speck", [False, True])
def test_a_short_line_beside_a_button_in_its_row_is_a_link_not_a_heading(speck: bool) -> None:
    layout = _text_link_beside_a_button(speck).layout()
    assert _kind_of(layout, "Nope, go back") == "link"
    assert _kind_of(layout, "Connecting to TikTok") == "heading"
    assert _kind_of(layout, "Yep, continue") == "button"


def test_lines_of_a_heading_whose_boxes_overlap_by_a_pixel_are_one_heading() -> None:
    # b003 (brandkit seed 2): 'Glowtrack is requesting' boxed a pixel into 'access to your TikTok
    # account' below it (its 'q'); split in two, neither line was the consent sentence.
    canvas = Canvas()
    first = canvas.text((20, 90), "Glowtrack is requesting", 24, bold=True)
    second = "access to your TikTok account"
    top = canvas.draw.textbbox((0, 0), second, font=ImageFont.truetype(BOLD, 24))[1]
    canvas.text((20, first.box[1] + first.box[3] - 2 - top), second, 24, bold=True)
    canvas.text((20, 300), "This will allow Glowtrack to export a copy of your data.", 12)
    canvas.text((20, 320), "You can remove its access at any time in Settings.", 12)
    lines = sorted(canvas.lines, key=lambda ln: ln.box[1])
    assert lines[1].box[1] < lines[0].box[1] + lines[0].box[3]  # the boxes do overlap
    layout = canvas.layout()
    assert [e.text for e in layout.of_kind("heading")] == [
        "Glowtrack is requesting access to your TikTok account"
    ]


def test_a_dark_apps_dimmed_list_and_its_buttons_behind_a_dark_sheet_are_backdrop() -> None:
    # Black dims a dark app (#1C1C1E cards) to near black; the sheet is #1C1B20. Each colour
    # lies within a fill difference of a dimmed 'Connect' button's, so grouping by the first
    # colour close enough chained the card, the buttons and the sheet into one surface.
    c = Canvas("#010101")
    c.text((24, 90), "Import from", 26, "#707070", bold=True)
    c.draw.rounded_rectangle((16, 170, W - 16, 300), 12, fill="#0D0D0D")
    c.text((70, 190), "Spotify", 15, "#6A6A6A")
    c.text((70, 250), "TikTok", 15, "#6A6A6A")
    for y in (185, 245):
        c.draw.rounded_rectangle((W - 110, y, W - 30, y + 30), 15, fill="#221309")
        c.text((W - 100, y + 7), "Connect", 13, "#7A5A40")
    c.draw.rounded_rectangle((0, 330, W, H + 20), 24, fill="#1C1B20")
    c.text((24, 360), "Add TikTok to Roamly", 20, "#FFFFFF", bold=True)
    c.text((24, 400), "Roamly is about to connect to TikTok.", 14, "#E0E0E0")
    c.text((24, 440), "Followers and following", 15, "#FFFFFF")
    c.text((24, 480), "Your videos", 15, "#FFFFFF")
    c.text((24, 530), "We draw your travel clips on a trip map.", 14, "#FFFFFF")
    layout = c.layout()
    assert _kind_of(layout, "Spotify") == "backdrop"
    spotify = next(e for e in layout.elements if e.text == "Spotify")
    beside = [e for e in layout.elements if e.text == "Connect" and abs(e.box[1] - spotify.box[1]) < 20]
    assert [e.kind for e in beside] == ["backdrop"]
    assert _kind_of(layout, "Your videos") not in ("nav", "backdrop")


def _action_sheet_over_light_app(page: str, ink: str) -> Canvas:
    # An iOS action sheet: grey message text and blue button labels on #F2F2F2, so its
    # strongest line stands ~190 from its surface, not the 250 of black on white.
    c = Canvas(page)
    c.text((24, 90), "Add from another app", 24, ink, bold=True)
    c.text((70, 170), "Instagram", 15, ink)
    c.text((70, 194), "Not connected", 12, ink)
    c.text((70, 240), "TikTok", 15, ink)
    c.text((70, 264), "Not connected", 12, ink)
    c.draw.rounded_rectangle((8, 480, W - 8, 720), 14, fill="#F2F2F2")
    c.text((30, 500), "Hook up TikTok", 13, "#6E6E73", bold=True)
    c.text((30, 530), "Next, TikTok will ask you to log in and approve.", 12, "#6E6E73")
    c.text((30, 552), "We'll import your videos and profile info.", 12, "#6E6E73")
    c.text((90, 620), "Continue to TikTok", 18, "#3478F6")
    c.text((120, 680), "Learn more", 18, "#3478F6")
    return c


def test_a_light_app_under_a_scrim_keeps_black_text_but_is_backdrop_behind_an_action_sheet() -> None:
    # Black at 42 % leaves white #949494 and black text black: 0.73 of the sheet's contrast.
    layout = _action_sheet_over_light_app("#949494", "#0A0A0A").layout()
    assert _kind_of(layout, "Instagram") == "backdrop"
    assert _kind_of(layout, "Add from another app") == "backdrop"  # a dimmed title is no title
    assert _kind_of(layout, "Continue to TikTok") not in ("nav", "backdrop")


def test_a_dark_sidebar_with_light_labels_beside_a_light_page_is_content() -> None:
    # White labels on slate stand 0.74 of the page's contrast from their surface, and the slate
    # is a quarter as bright: as faint and dark as a scrimmed app, but a scrim darkens ink too.
    c = Canvas("#FFFFFF")
    c.draw.rectangle((0, 0, 120, H), fill="#334155")
    for i, label in enumerate(("Overview", "Campaigns", "Creators", "Reports")):
        c.text((16, 100 + 40 * i), label, 15, "#E6EBF2", bold=True)
    c.text((140, 100), "Account linked", 16, "#0A0A0A", bold=True)
    c.text((140, 130), "@joel is connected and syncing.", 13, "#0A0A0A")
    c.text((140, 180), "Engagement rate", 13, "#0A0A0A")
    c.text((140, 210), "Total reach", 13, "#0A0A0A")
    c.text((140, 240), "Watch time", 13, "#0A0A0A")
    layout = c.layout()
    assert _kind_of(layout, "Campaigns") not in ("nav", "backdrop")
    assert _kind_of(layout, "Account linked") not in ("nav", "backdrop")


def test_an_app_icons_letter_is_no_sheet_that_hides_a_dialog() -> None:
    # nui-032: a white 'B' on the app's blue icon stood further from its fill than any line of
    # the dialog, and as the strongest surface (one line, no sheet) it hid the dimmed page.
    c = Canvas("#0B0D0F")
    c.draw.rounded_rectangle((20, 20, 60, 60), 8, fill="#0A6CFF")
    letter = c.text((32, 30), "B", 20, "#FFFFFF", bold=True)
    x, y, w, h = letter.box  # OCR boxes the letter with a margin of the icon's blue
    c.lines[-1] = Line(letter.words, (x - 2, y - 4, w + 4, h + 8))
    c.text((24, 90), "Connections", 22, "#707478", bold=True)
    c.text((24, 140), "Spotify", 15, "#5E6266")
    c.text((24, 180), "Pinterest", 15, "#5E6266")
    c.draw.rounded_rectangle((16, 330, W - 16, 640), 16, fill="#292C33")
    c.text((36, 360), "TikTok + Beatnest", 20, "#E6E6E6", bold=True)
    c.text((36, 400), "We'll open TikTok so you can sign in.", 13, "#D0D0D0")
    c.text((36, 430), "We'll copy your favorites over.", 13, "#D0D0D0")
    c.text((36, 460), "It's how Beatnest can recommend artists.", 13, "#D0D0D0")
    c.text((36, 560), "Maybe later", 14, "#D0D0D0")
    layout = c.layout()
    assert _kind_of(layout, "Spotify") == "backdrop"
    assert _kind_of(layout, "Connections") == "backdrop"
    assert _kind_of(layout, "Maybe later") not in ("nav", "backdrop")


def test_a_faint_button_between_dimmed_lines_is_backdrop_too() -> None:
    # nui-006: the app's own 'Add TikTok' on a teal fill, between its dimmed pitch and its
    # dimmed 'Remind me later', shares a row with no dimmed line.
    c = Canvas("#000000")
    c.text((40, 60), "Hi Leo", 26, "#6A6A6A", bold=True)
    c.text((40, 110), "Link your TikTok to personalize.", 14, "#5A5A5A")
    c.draw.rounded_rectangle((30, 160, W - 30, 210), 25, fill="#0A5A50")
    c.text((130, 175), "Add TikTok", 16, "#7A8A88", bold=True)
    c.text((120, 240), "Remind me later", 14, "#3A6A64", bold=True)
    c.draw.rounded_rectangle((8, 420, W - 8, 720), 14, fill="#2C2C2E")
    c.text((30, 440), "Hook up TikTok", 14, "#D0D0D0", bold=True)
    c.text((30, 470), "Memorybox is about to connect to TikTok.", 13, "#D0D0D0")
    c.text((30, 500), "We'll import your full TikTok data archive.", 13, "#D0D0D0")
    c.text((100, 580), "Agree & continue", 18, "#7FD8CC")
    c.text((110, 650), "Privacy policy", 18, "#7FD8CC")
    layout = c.layout()
    assert _kind_of(layout, "Add TikTok") == "backdrop"
    assert _kind_of(layout, "Agree & continue") not in ("nav", "backdrop")


def test_rows_of_a_light_dialogs_list_with_grey_captions_stay_the_dialogs() -> None:
    # k011 (saasdesk): each service row is one button, its name strong and its caption grey; by
    # its faintest line every row was a faint button in a dimmed card's rows, and went behind.
    c = Canvas("#8E9094")
    c.text((20, 80), "Good morning, Maya", 22, "#101214", bold=True)
    c.text((20, 130), "Scheduled items", 13, "#303236")
    c.text((20, 230), "Open tasks", 13, "#303236")
    c.text((20, 330), "Recent campaigns", 13, "#303236")
    c.draw.rounded_rectangle((110, 100, W - 10, 560), 14, fill="#FFFFFF")
    c.text((130, 120), "Add a data source", 20, "#101214", bold=True)
    for k, (name, caption) in enumerate(
        (("Zapier", "Automate workflows."), ("TikTok", "Include your TikTok."))
    ):
        top = 180 + 100 * k
        c.draw.rounded_rectangle((125, top, W - 25, top + 60), 8, fill="#FFFFFF", outline="#D0D4DA")
        for line in (
            c.text((140, top + 10), name, 15, "#101214", bold=True),
            c.text((140, top + 32), caption, 13, "#8A8F98"),
        ):
            x, y, w, h = line.box  # OCR boxes a line with a margin of its surface
            c.lines[c.lines.index(line)] = Line(line.words, (x - 2, y - 3, w + 4, h + 5))
    c.text((300, 520), "Next", 15, "#1D4ED8", bold=True)
    layout = c.layout()
    rows = [e for e in layout.elements if e.text.startswith(("Zapier", "TikTok"))]
    assert rows and all(e.kind != "backdrop" for e in rows), [(e.kind, e.text) for e in layout.elements]
    assert _kind_of(layout, "Scheduled items") == "backdrop"


def _with_ocr_margins(c: Canvas) -> Canvas:
    # Tesseract boxes a line with a few pixels of its surface around the ink.
    c.lines[:] = [
        Line(ln.words, (ln.box[0] - 2, ln.box[1] - 3, ln.box[2] + 4, ln.box[3] + 6)) for ln in c.lines
    ]
    return c


def test_a_grouped_list_card_of_two_rows_with_a_status_column_is_no_button() -> None:
    # nui-050: iOS settings' 'Linked accounts', one rounded card of two rows; read as one
    # button, TikTok's 'Tap to link' and Instagram's 'Connected' made TikTok connected.
    c = Canvas("#F2F2F7")
    c.text((20, 120), "LINKED ACCOUNTS", 11, "#6D6D72")
    c.draw.rounded_rectangle((16, 140, W - 16, 236), 10, fill="#FFFFFF")
    c.draw.rounded_rectangle((24, 150, 52, 178), 6, fill="#000000")
    c.draw.rounded_rectangle((24, 196, 52, 224), 6, fill="#C13584")
    c.text((60, 160), "TikTok", 16, "#000000")
    c.text((260, 162), "Tap to link", 14, "#8E8E93")
    c.draw.line((60, 188, W - 16, 188), fill="#D1D1D6")
    c.text((60, 206), "Instagram", 16, "#000000")
    c.text((260, 208), "Connected", 14, "#8E8E93")
    layout = _with_ocr_margins(c).layout()
    holding = [e for e in layout.elements if "TikTok" in e.text]
    assert holding and all("Connected" not in e.text for e in holding), [
        (e.kind, e.text) for e in layout.elements
    ]


def test_a_two_line_button_stays_one_button() -> None:
    c = Canvas()
    c.draw.rounded_rectangle((40, 400, W - 40, 470), 12, fill="#FE2C55")
    c.text((130, 410), "Continue", 18, "#FFFFFF", bold=True)
    c.text((130, 438), "with TikTok", 14, "#FFFFFF")
    layout = _with_ocr_margins(c).layout()
    assert [(e.kind, e.text) for e in layout.elements] == [("button", "Continue with TikTok")]


def test_a_phone_status_bar_above_the_scrim_does_not_make_the_dimmed_page_content() -> None:
    # h009 (helpdocs): a phone on a slide; its white status bar stays bright above the scrim,
    # and its '9:41' with the white sheet below seemed to frame the dimmed cards as a surface's.
    c = Canvas("#F4F4F4")
    c.draw.rectangle((0, 70, W, 110), fill="#FFFFFF")
    c.text((24, 82), "9:41", 13, "#000000", bold=True)
    c.draw.rectangle((0, 110, W, 420), fill="#8C8C8C")
    c.text((30, 130), "Engagement rate", 12, "#3A3A3A")
    c.text((30, 150), "21.6k", 18, "#0A0A0A", bold=True)
    c.text((30, 220), "Top clips", 12, "#3A3A3A")
    c.text((30, 240), "21.8k", 18, "#0A0A0A", bold=True)
    c.draw.rounded_rectangle((0, 420, W, H + 20), 20, fill="#FFFFFF")
    c.text((24, 450), "Connecting to TikTok", 20, "#111111", bold=True)
    c.text((24, 490), "What we'll receive:", 14, "#111111", bold=True)
    c.text((24, 520), "Your chat history", 14, "#111111")
    c.text((24, 550), "Direct messages", 14, "#111111")
    c.text((24, 590), "We use it to build your weekly report.", 14, "#111111")
    layout = _with_ocr_margins(c).layout()
    assert _kind_of(layout, "Top clips") == "backdrop"
    assert _kind_of(layout, "Your chat history") not in ("nav", "backdrop")


def _word(text: str, x: int, y: int, h: int, conf: float = 96.0) -> Word:
    return Word(text, (x, y, 9 * len(text), h), conf)


def test_a_ring_drawn_round_a_button_splits_the_row_into_its_two_labels() -> None:
    # h068 (helpdocs): 'Cancel C 7 Next', the 'C' an annotation's ellipse round 'Next'.
    words = (_word("Cancel", 784, 380, 19), _word("C", 840, 372, 36, 57), _word("7", 860, 371, 3, 27))
    words += (_word("Next", 872, 382, 18),)
    split = split_at_drawn_marks((Line(words, (784, 371, 122, 37)),))
    assert [ln.text for ln in split] == ["Cancel", "Next"]


def test_a_short_word_boxed_tall_but_read_sure_stays_in_its_line() -> None:
    words = (_word("Back", 1537, 847, 19), _word("C", 1609, 825, 69, 72), _word("Go", 1673, 843, 33, 97))
    words += (_word("to", 1704, 849, 17), _word("TikTok", 1739, 847, 19))
    split = split_at_drawn_marks((Line(words, (1537, 825, 272, 69)),))
    assert [ln.text for ln in split] == ["Back", "Go to TikTok"]


def test_a_leading_icon_letter_keeps_its_line_whole() -> None:
    line = Line(
        (_word("x", 20, 20, 14, 40), _word("Not", 34, 22, 12), _word("now", 70, 22, 12)), (20, 20, 80, 14)
    )
    assert split_at_drawn_marks((line,)) == (line,)


def _card_over_scrim(page: str) -> object:
    # One card of the app's feed above a white bottom sheet: a single faint label on its own
    # fill, with no other dimmed line for the surface grouping to see.
    c = Canvas(page)
    c.draw.rounded_rectangle((24, 120, W - 24, 180), 12, fill="#8F8F8F" if page != "#FFFFFF" else "#EFEFEF")
    c.text((40, 140), "Top clips", 15, "#5A5A5A" if page != "#FFFFFF" else "#9A9A9A")
    c.draw.rounded_rectangle((0, 430, W, H + 20), 24, fill="#FFFFFF")
    c.text((24, 470), "Link your TikTok account", 22, "#161823", bold=True)
    c.text((24, 520), "Loop is connecting to TikTok.", 14, "#161823")
    c.text((24, 560), "Watch history", 15, "#161823")
    c.text((24, 600), "We use it to build your recap.", 14, "#161823")
    return c.layout()


def test_a_lone_faint_card_on_the_scrim_above_a_sheet_is_backdrop() -> None:
    layout = _card_over_scrim("#888888")
    assert _kind_of(layout, "Top clips") == "backdrop"
    assert _kind_of(layout, "Watch history") not in ("nav", "backdrop")


def test_a_faint_card_on_the_page_itself_is_content() -> None:
    # The same grey card on a white page: the page around it is as light as the sheet.
    layout = _card_over_scrim("#FFFFFF")
    assert _kind_of(layout, "Top clips") != "backdrop"


def test_a_disabled_grey_button_under_a_connecting_screen_is_content() -> None:
    c = Canvas("#FFFFFF")
    c.text((24, 60), "Link your TikTok account", 22, "#161823", bold=True)
    c.text((24, 110), "Loop is connecting to TikTok.", 14, "#161823")
    c.text((24, 150), "Watch history", 15, "#161823")
    c.text((24, 190), "We use it to build your recap.", 14, "#161823")
    c.draw.rounded_rectangle((24, 700, W - 24, 748), 12, fill="#C8C8C8")
    c.text((150, 716), "Continue", 15, "#8A8A8A")
    assert _kind_of(c.layout(), "Continue") != "backdrop"


def test_a_filled_button_with_a_thick_dark_border_is_content() -> None:
    # A brutalist look: black text on green, a black border hard against the fill.
    c = Canvas("#FFFFFF")
    c.text((24, 60), "Link your TikTok account", 22, "#111111", bold=True)
    c.text((24, 110), "Loop is connecting to TikTok.", 14, "#111111")
    c.text((24, 150), "Watch history", 15, "#111111")
    c.text((24, 190), "We use it to build your recap.", 14, "#111111")
    c.draw.rectangle((20, 690, W - 20, 760), fill="#000000")
    c.draw.rectangle((26, 696, W - 26, 754), fill="#16A34A")
    c.text((170, 716), "Next", 15, "#0B3D1E", bold=True)
    assert _kind_of(c.layout(), "Next") != "backdrop"


def test_a_tinted_button_on_a_dark_sheet_is_content() -> None:
    c = Canvas("#000000")
    c.text((24, 60), "Connecting to TikTok", 22, "#FFFFFF", bold=True)
    c.text((24, 110), "Here is what we will get:", 14, "#FFFFFF")
    c.text((24, 150), "Your chats", 15, "#FFFFFF")
    c.text((24, 190), "We keep a private backup.", 14, "#FFFFFF")
    c.draw.rounded_rectangle((24, 700, W - 24, 750), 12, fill="#338B84")
    c.text((140, 716), "Yep, continue", 15, "#0A0A0A", bold=True)
    assert _kind_of(c.layout(), "Yep, continue") != "backdrop"
