"""Phrase pools of the corpus, each split into a dev part and a holdout part.

Holdout submissions draw only from the holdout parts, so a checker tuned on dev never
saw the holdout wording: different app names, headings, data words, purposes, buttons
and brand colours. Purpose sentences deliberately name no data category, so that a
connecting screen without a data list really discloses nothing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Generic, TypeVar

from benchmarks.corpusgen.common import FONTS, Split

T = TypeVar("T")


@dataclass(frozen=True)
class Pool(Generic[T]):
    dev: tuple[T, ...]
    holdout: tuple[T, ...]

    def of(self, split: Split) -> tuple[T, ...]:
        return self.dev if split == "dev" else self.holdout

    def pick(self, rng: random.Random, split: Split) -> T:
        return rng.choice(self.of(split))

    def sample(self, rng: random.Random, split: Split, k: int) -> list[T]:
        items = self.of(split)
        return rng.sample(items, min(k, len(items)))


def pool(dev: list[T] | tuple[T, ...], holdout: list[T] | tuple[T, ...]) -> Pool[T]:
    return Pool(tuple(dev), tuple(holdout))


# ---------------------------------------------------------------- apps and looks

APP_NAMES = pool(
    [
        "Clipvault", "Reelsy", "Memora", "Trendly", "Vidstash", "Loopback", "Fanbase Pro",
        "Creator Desk", "Moodboard", "Snapfolio", "Archivo", "Pulse Analytics", "Gather",
        "Rewind", "Cinder", "Highlight Reel", "Scrapbook+", "Mixtape", "Lumen", "Tally",
    ],
    [
        "Kinetica", "Backlight", "Hearth", "Nimbus Studio", "Quokka", "Tessellate", "Orbit Social",
        "Fable", "Driftwood", "Marigold", "Copperleaf", "Sonder", "Parallax", "Juniper Box",
    ],
)  # fmt: skip

# Brand colours: saturated, dark, and a few pastel ones that give low-contrast buttons.
BRAND_COLORS = pool(
    [
        "#5b5bd6", "#0ea5e9", "#e11d48", "#16a34a", "#f97316", "#7c3aed", "#0f766e", "#db2777",
        "#2563eb", "#ca8a04", "#111827", "#9333ea", "#a7c7e7", "#f4b6c2", "#b5e4ca",
    ],
    [
        "#ff5a5f", "#00a699", "#3b82f6", "#8b5cf6", "#d97706", "#065f46", "#be123c", "#4338ca",
        "#0891b2", "#c2410c", "#fcd5b5", "#c8b6ff", "#1f2937",
    ],
)  # fmt: skip

# Fonts alternate between the splits inside each family, so both splits see every family.
FONT_FAMILIES: dict[str, Pool[str]] = {
    family: pool(names[0::2], names[1::2] or names[:1]) for family, names in FONTS.items()
}
FAMILY_WEIGHTS = {"sans": 8, "serif": 2, "condensed": 2, "display": 3, "mono": 1}

FIRST_NAMES = pool(
    ["Maya", "Jordan", "Priya", "Leo", "Sofia", "Ethan", "Amara", "Noah"],
    ["Ines", "Kwame", "Hana", "Mateo", "Zoe", "Arjun", "Freya"],
)
LAST_NAMES = pool(["Chen", "Patel", "Okafor", "Rivera", "Kim"], ["Novak", "Haddad", "Silva", "Larsen"])

# Other services shown next to TikTok on a connect page.
OTHER_SERVICES = pool(
    ["Instagram", "YouTube", "Spotify", "Facebook", "X (Twitter)", "Pinterest", "Snapchat", "Google Photos"],
    ["Twitch", "Reddit", "LinkedIn", "SoundCloud", "Tumblr", "Vimeo", "Dropbox", "Threads"],
)
SERVICE_COLORS = {
    "Instagram": "#d6249f", "YouTube": "#ff0000", "Spotify": "#1db954", "Facebook": "#1877f2",
    "X (Twitter)": "#111111", "Pinterest": "#e60023", "Snapchat": "#fffc00", "Google Photos": "#4285f4",
    "Twitch": "#9146ff", "Reddit": "#ff4500", "LinkedIn": "#0a66c2", "SoundCloud": "#ff5500",
    "Tumblr": "#36465d", "Vimeo": "#1ab7ea", "Dropbox": "#0061ff", "Threads": "#000000",
}  # fmt: skip
SERVICE_BLURBS = pool(
    [
        "Import posts and stories",
        "Sync your playlists",
        "Bring your uploads",
        "Add your photos",
        "Import boards",
    ],
    ["Pull in your clips", "Keep your library in sync", "Add your highlights", "Mirror your uploads"],
)

# ---------------------------------------------------------------- connect step

CONNECT_TITLES = pool(
    [
        "Connect your accounts",
        "Add a source",
        "Where are your videos?",
        "Link your socials",
        "Import content",
    ],
    ["Choose a service", "Bring in your content", "Sources", "Pick a platform to link", "Your platforms"],
)
CONNECT_SUBTITLES = pool(
    [
        "Choose the services you want {app} to import from.",
        "Link an account to get started. You can add more later.",
        "Pick a platform and we'll walk you through it.",
    ],
    [
        "Select where {app} should pull your content from.",
        "Add one platform now; you can link others any time.",
        "Start with the service you use the most.",
    ],
)
# The TikTok call to action in its many forms.
CONNECT_TIKTOK_CTA = pool(
    ["Connect to TikTok", "Link your TikTok", "Import from TikTok", "Continue with TikTok", "Connect TikTok"],
    ["Add TikTok", "Link TikTok account", "Sync with TikTok", "Bring in TikTok", "Use TikTok"],
)
CONNECT_ROW_BUTTON = pool(["Connect", "Link", "Add"], ["Link", "Set up", "Add"])
CONNECT_HERO_TITLES = pool(
    [
        "Bring your TikTok videos to {app}",
        "Import your TikTok in one tap",
        "Make {app} yours with TikTok",
        "Your TikTok, organised",
    ],
    [
        "Turn your TikTok into a living archive",
        "Start with your TikTok account",
        "Get more from your TikTok history",
        "{app} works best with TikTok",
    ],
)
CONNECT_HERO_BODY = pool(
    [
        "Connect your account and {app} will take care of the rest.",
        "It takes less than a minute and you stay in control.",
    ],
    [
        "Link once and {app} keeps everything in one place.",
        "You can disconnect at any time from Settings.",
    ],
)
# A connect hero that offers some other platform (the missing-connect-option break).
CONNECT_HERO_OTHER = pool(["Connect to {svc}", "Import from {svc}"], ["Link {svc}", "Continue with {svc}"])
SETTINGS_CONNECTED_TITLES = pool(
    ["Connected accounts", "Linked accounts", "Integrations"],
    ["Connections", "Apps & services", "Linked apps"],
)
CONNECTED_BADGES = pool(["Connected", "Linked"], ["Active", "Synced", "On"])
LATER_LINKS = pool(
    ["Maybe later", "Skip for now", "I'll do this later"], ["Not right now", "Skip", "Remind me later"]
)

# ---------------------------------------------------------------- connecting step

CONNECTING_TITLES = pool(
    [
        "Connecting to TikTok",
        "You're about to share your TikTok data",
        "Before you continue",
        "Connect {app} with TikTok",
        "Link TikTok to {app}",
    ],
    [
        "Almost there: connecting TikTok",
        "Review what you'll share",
        "Setting up your TikTok connection",
        "{app} would like to connect to TikTok",
        "One more step",
    ],
)
CONNECTING_INTROS = pool(
    [
        "{app} is connecting to your TikTok account.",
        "Next, you'll sign in on TikTok and approve access.",
        "We're about to connect to TikTok on your behalf.",
    ],
    [
        "Next, TikTok will ask you to log in and confirm.",
        "{app} will now open TikTok, where you approve this connection.",
        "Here's what happens when you link TikTok.",
    ],
)
DATA_LIST_HEADINGS = pool(
    ["{app} will receive:", "What we'll import", "Data that will be shared", "We'll access:"],
    [
        "Shared with {app}",
        "Here's what we'll receive from TikTok:",
        "What {app} gets",
        "Included in the transfer",
    ],
)
PURPOSE_HEADINGS = pool(
    ["Why we need this", "How we use it", "Why?"], ["What it's for", "Our reason", "Why it matters"]
)
# Purpose sentences; {p} is a purpose clause from PURPOSES.
PURPOSE_SENTENCES = pool(
    [
        "We use this to {p}.",
        "We ask for this so we can {p}.",
        "This lets us {p}.",
        "{app} uses it only to {p}.",
    ],
    ["It's used to {p}.", "We need it to {p}.", "That way we can {p}.", "Your data helps us {p}."],
)
PURPOSES = pool(
    [
        "build your personalised recap",
        "recommend creators you'll love",
        "create your yearly highlights reel",
        "back up your account safely",
        "show you insights about your audience",
        "personalise your home screen",
        "let you search your memories in one place",
    ],
    [
        "curate a weekly digest for you",
        "generate growth reports for your brand",
        "keep a private archive you control",
        "match you with collaborators",
        "suggest playlists that fit your taste",
        "surface trends from your own account",
    ],
)
# Inline phrasing of the data, for screens that use a sentence instead of a list.
INLINE_DATA_SENTENCES = pool(
    [
        "{app} will import your {data}",
        "We'll receive your {data} from TikTok",
        "TikTok will share your {data}",
    ],
    ["{app} gets a copy of your {data}", "You're sharing your {data} with {app}", "We'll read your {data}"],
)
ONGOING_SENTENCES = pool(
    ["We'll sync again every day.", "This sync repeats automatically every 24 hours."],
    ["Updates are fetched once a week.", "We check TikTok for new data daily."],
)
PROCEED_WORDS = pool(
    ["Continue", "Proceed", "Allow", "Next", "Continue to TikTok", "Connect"],
    ["Agree and continue", "Let's go", "Open TikTok", "I agree", "Authorize"],
)
GO_BACK_WORDS = pool(
    ["Go back", "Cancel", "Not now", "Back"], ["Return", "No thanks", "Cancel", "Take me back"]
)
PRIVACY_NOTES = pool(
    ["You can disconnect at any time in Settings.", "We never post on your behalf."],
    ["Revoke access whenever you like.", "Nothing is shared with advertisers."],
)

# ---------------------------------------------------------------- data categories

# Words naming each data set; every phrase is a (title, detail) pair.
DATA_WORDS: dict[str, Pool[tuple[str, str]]] = {
    "activity": pool(
        [
            ("Watch history", "Videos you watched recently"),
            ("Liked videos", "Everything you've liked"),
            ("Search history", "What you searched for"),
            ("Favourite sounds", "Sounds you saved"),
        ],
        [
            ("Videos you've watched", "Your browsing history on TikTok"),
            ("Your like list", "Posts you tapped the heart on"),
            ("Saved hashtags and effects", "Your favourites"),
            ("Share history", "Videos you shared with others"),
        ],
    ),
    "postsandprofile": pool(
        [
            ("Profile info", "Username, display name, bio and avatar"),
            ("Your videos", "Posts you've published"),
            ("Followers list", "People who follow you"),
            ("Following list", "Accounts you follow"),
        ],
        [
            ("Display name and profile photo", "Your public profile"),
            ("Posts you've published", "Your uploaded videos and captions"),
            ("People who follow you", "Your follower list"),
            ("Accounts you follow", "Your following list"),
        ],
    ),
    "directmessages": pool(
        [("Direct messages", "Your chats with other people"), ("Chat history", "Your message threads")],
        [("Your conversations", "Messages you sent and received"), ("DM threads", "Private messages")],
    ),
    "all": pool(
        [
            ("All your TikTok data", "Everything in your account"),
            ("Your full data archive", "A complete copy"),
        ],
        [
            ("A complete copy of your TikTok account", "Every data category"),
            ("Everything in your account", ""),
        ],
    ),
}
INLINE_DATA_WORDS: dict[str, Pool[str]] = {
    "activity": pool(["watch history", "liked videos"], ["viewing history", "like list"]),
    "postsandprofile": pool(["profile and videos", "followers list"], ["public posts", "profile info"]),
    "directmessages": pool(["direct messages"], ["private conversations"]),
    "all": pool(["full TikTok data archive"], ["entire TikTok account data"]),
}

# ---------------------------------------------------------------- result step

RESULT_TITLES = pool(
    ["You're all set!", "TikTok connected", "Import complete", "Success!", "Your TikTok is linked"],
    [
        "Connected!",
        "Done! TikTok is now linked",
        "All done",
        "TikTok account linked",
        "Great, you're connected",
    ],
)
RESULT_BODIES = pool(
    [
        "{app} is now connected to your TikTok account.",
        "We imported {n} videos from TikTok.",
        "Your TikTok account was linked successfully.",
    ],
    [
        "The connection to TikTok was successful.",
        "{n} items arrived from TikTok and are ready to explore.",
        "{app} and TikTok are linked.",
    ],
)
RESULT_BUTTONS = pool(
    ["Go to dashboard", "Start exploring", "Done", "View my recap"], ["Open library", "Finish", "Let's go"]
)
RESULT_TOASTS = pool(
    ["TikTok connected successfully", "Import complete"], ["TikTok linked", "Connection successful"]
)

# ---------------------------------------------------------------- other screens

SIGNIN_TITLES = pool(
    ["Welcome back", "Sign in to {app}", "Log in"], ["Good to see you", "Sign in", "Access your account"]
)
ONBOARDING_TITLES = pool(
    ["Welcome to {app}", "Your memories, beautifully kept", "Create something great"],
    ["Hello there", "Meet {app}", "Everything in one calm place"],
)
DASHBOARD_TITLES = pool(["Dashboard", "Overview", "Home"], ["Today", "Your space", "Insights"])
FEED_CAPTIONS = pool(
    ["Sunset run along the river", "Trying the new ramen spot", "Studio day", "Morning coffee ritual"],
    ["Weekend hike recap", "Behind the scenes", "New recipe test", "Late night drawing session"],
)
PLAN_NAMES = pool(["Free", "Plus", "Pro"], ["Starter", "Creator", "Studio"])
