"""Every phrase and app of the independent corpus, in two disjoint pools: dev and holdout.

Each entry is `key: (dev phrases, holdout phrases)`. The two halves never share a phrase or
an app, so a checker tuned on dev still meets unseen wording on holdout. Phrases that name
TikTok data live only in DATA (keyed by data set); every other phrase shown on a connecting
screen is written so that it names no data and gives no reason, which keeps the labels of the
"no data list" and "no purpose" breaks true.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

Split = Literal["dev", "holdout"]
DataSet = Literal["activity", "postsandprofile", "directmessages", "all"]


def pick(rng: random.Random, split: Split, key: str) -> str:
    dev, holdout = PHRASES[key]
    return rng.choice(dev if split == "dev" else holdout)


@dataclass(frozen=True)
class App:
    name: str
    kind: str  # one of KINDS: drives the purpose sentence, the feed and the result's data
    color: str  # brand colour
    accent: str  # a second colour for gradients and chips


KINDS = ("fitness", "music", "shopping", "analytics", "dating", "education", "news", "photo")

APPS: dict[Split, tuple[App, ...]] = {
    "dev": (
        App("Pulsefit", "fitness", "#ff5a36", "#ffb199"),
        App("StrideLab", "fitness", "#0f9d58", "#9be3b8"),
        App("Hummingtone", "music", "#7c3aed", "#c4b5fd"),
        App("Loopdeck", "music", "#e11d48", "#fda4af"),
        App("Cartwheel", "shopping", "#f59e0b", "#fde68a"),
        App("Thriftly", "shopping", "#0e7490", "#67e8f9"),
        App("ReachMetric", "analytics", "#2563eb", "#93c5fd"),
        App("Creatorscope", "analytics", "#111827", "#a5b4fc"),
        App("Kindred", "dating", "#db2777", "#f9a8d4"),
        App("Spark & Pine", "dating", "#b45309", "#fcd34d"),
        App("Quizzy", "education", "#16a34a", "#bbf7d0"),
        App("Lumen Academy", "education", "#4f46e5", "#c7d2fe"),
        App("Dailybrief", "news", "#b91c1c", "#fecaca"),
        App("Snapfolio", "photo", "#0891b2", "#a5f3fc"),
    ),
    "holdout": (
        App("Gymbuddy", "fitness", "#84cc16", "#d9f99d"),
        App("Zenrun", "fitness", "#0284c7", "#bae6fd"),
        App("Beatnest", "music", "#9333ea", "#e9d5ff"),
        App("Chorusly", "music", "#ea580c", "#fed7aa"),
        App("Shopwave", "shopping", "#be123c", "#fecdd3"),
        App("Dealhound", "shopping", "#15803d", "#bbf7d0"),
        App("Statsy", "analytics", "#0d9488", "#99f6e4"),
        App("ClipInsights", "analytics", "#6d28d9", "#ddd6fe"),
        App("Matchbloom", "dating", "#e11d48", "#ffe4e6"),
        App("Hinterly", "dating", "#334155", "#cbd5e1"),
        App("Studyhall", "education", "#ca8a04", "#fef08a"),
        App("Brainbite", "education", "#2563eb", "#dbeafe"),
        App("Morning Ledger", "news", "#1e3a8a", "#bfdbfe"),
        App("Framewell", "photo", "#c026d3", "#f5d0fe"),
    ),
}

# Why the app asks: a benefit per kind, to be dropped into a PURPOSE template. None of them
# names a TikTok data set.
BENEFITS: dict[str, tuple[list[str], list[str]]] = {
    "fitness": (
        ["suggest workouts you'll enjoy", "build a training plan around your routine"],
        ["match you with coaches whose style you enjoy", "tailor your weekly challenges"],
    ),
    "music": (
        ["build playlists that match your taste", "recommend artists you'll actually like"],
        ["tune your daily mix", "surface tracks trending with people like you"],
    ),
    "shopping": (
        ["show you products you're more likely to love", "personalise your deals feed"],
        ["curate a wishlist that fits your style", "recommend shops that match your vibe"],
    ),
    "analytics": (
        ["calculate your engagement rate and growth", "build your creator performance report"],
        ["chart how your audience grows week by week", "benchmark your growth against similar creators"],
    ),
    "dating": (
        ["show shared interests on your profile", "suggest better conversation starters"],
        ["find matches with a similar sense of humour", "add personality to your profile"],
    ),
    "education": (
        ["recommend lessons at the right level", "turn your interests into study goals"],
        ["pick courses that fit your curiosity", "personalise your daily quiz"],
    ),
    "news": (
        ["tailor your morning briefing", "rank stories by the topics you care about"],
        ["pick the headlines most relevant to you", "balance your news diet"],
    ),
    "photo": (
        ["design a portfolio page in your style", "suggest edits and layouts you'll like"],
        ["recommend filters that suit you", "lay out a printable photo book"],
    ),
}

# How each data set is named on a connecting screen: (title, detail) pairs. The detail only
# ever names data of the same set.
DATA: dict[DataSet, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    "activity": (
        [
            ("Watch history", "Videos you've watched recently"),
            ("Liked videos", "The videos you've tapped the heart on"),
            ("Search history", "What you've searched for on TikTok"),
            ("Your likes and favourites", "Liked videos plus saved sounds and effects"),
            ("Viewing activity", "Watch history and the videos you've liked"),
        ],
        [
            ("Browsing history", "The videos you've viewed"),
            ("Favorites", "Saved videos, sounds and hashtags"),
            ("Likes", "Every video you've liked"),
            ("Searches", "Your TikTok search history"),
            ("Activity", "Watch history, likes and shares"),
        ],
    ),
    "postsandprofile": (
        [
            ("Profile info", "Username, display name, bio and profile photo"),
            ("Your videos", "Videos you've posted, with captions"),
            ("Posts", "Your uploaded videos and their descriptions"),
            ("Followers & following", "The accounts you follow and who follows you"),
            ("Public profile", "Your avatar, username and bio"),
        ],
        [
            ("Your profile", "Display name, avatar and bio"),
            ("Uploaded videos", "Everything you've posted to your profile"),
            ("Following list", "Accounts you follow and your followers"),
            ("Posts and profile", "Your videos and profile details"),
            ("Creator profile", "Username, bio and the videos you've published"),
        ],
    ),
    "directmessages": (
        [
            ("Direct messages", "Your chat history with other people"),
            ("DMs", "Conversations in your TikTok inbox"),
            ("Chat history", "Messages you've sent and received"),
        ],
        [
            ("Messages", "Your direct message conversations"),
            ("Inbox", "Private chats you've had on TikTok"),
            ("Conversations", "Direct messages sent and received"),
        ],
    ),
    "all": (
        [
            ("All your TikTok data", "A full copy of your account archive"),
            ("Your complete TikTok archive", "Everything TikTok stores for your account"),
        ],
        [
            ("Full data archive", "All available data from your TikTok account"),
            ("Everything on your account", "All your TikTok data, in one export"),
        ],
    ),
}

PHRASES: dict[str, tuple[list[str], list[str]]] = {
    # ------------------------------------------------------------ connect page
    "connect_title": (
        ["Connect your accounts", "Integrations", "Link a platform", "Where do you post?", "Add a source"],
        ["Connected services", "Bring your content", "Your platforms", "Sync a social account", "Sources"],
    ),
    "connect_sub": (
        [
            "Pick the platforms you want to bring into {app}.",
            "Choose a service to get started. You can add more later.",
            "Link at least one account to unlock your dashboard.",
        ],
        [
            "Select where {app} should get your content from.",
            "Hook up a platform and we'll handle the rest.",
            "Add the apps you use most. Disconnect any time.",
        ],
    ),
    "connect_tiktok_btn": (
        ["Connect TikTok", "Continue with TikTok", "Link TikTok", "Import from TikTok", "Sync with TikTok"],
        ["Connect your TikTok", "Add TikTok", "Use TikTok", "Link with TikTok", "Sign in with TikTok"],
    ),
    "connect_row_btn": (["Connect", "Link", "Add"], ["Add", "Link", "Connect"]),
    "connect_hero": (
        ["Bring your TikTok to {app}", "Your TikTok, supercharged", "Start with TikTok"],
        ["Make {app} yours with TikTok", "Got a TikTok account?", "Plug in TikTok"],
    ),
    "skip": (["Skip for now", "Maybe later", "I'll do it later"], ["Skip", "Not yet", "Do this later"]),
    # ------------------------------------------------------------ connecting screen
    "connecting_title": (
        ["Connecting to TikTok", "Link your TikTok account", "Connect {app} to TikTok", "Before we connect"],
        ["You're connecting TikTok", "Almost there", "TikTok + {app}", "Let's link TikTok", "One more step"],
    ),
    # Says what is happening; names no data and gives no reason.
    "connecting_lead": (
        [
            "{app} is about to connect to your TikTok account.",
            "You'll be sent to TikTok to confirm the connection.",
            "We're setting up a secure connection between {app} and TikTok.",
        ],
        [
            "Next, TikTok will ask you to approve access for {app}.",
            "{app} will connect to TikTok on your behalf.",
            "We'll open TikTok so you can sign in and approve.",
        ],
    ),
    "data_intro": (
        ["What we'll receive", "{app} will get", "Here's what we'll import:", "Data shared with {app}"],
        ["What {app} can see", "From TikTok we'll receive:", "Shared data", "You're sharing", "Included"],
    ),
    # `{benefit}` comes from BENEFITS.
    "purpose": (
        [
            "We use this to {benefit}.",
            "Why? So we can {benefit}.",
            "{app} needs this to {benefit}.",
            "This lets us {benefit}.",
            "We ask for it so that we can {benefit}.",
            "It's how {app} is able to {benefit}.",
        ],
        [
            "Purpose: to {benefit}.",
            "We'll only use it to {benefit} — nothing else.",
            "Here's why we ask: it helps us {benefit}.",
            "The information is used solely to {benefit}.",
            "With it, {app} can {benefit}.",
            "Sharing this helps {app} {benefit}.",
        ],
    ),
    "purpose_heading": (["Why we ask", "Why we need this"], ["What it's for", "The reason"]),
    "sync_note": (
        ["We'll refresh this every day while you're connected.", "Syncs automatically every 24 hours."],
        ["Updates daily in the background.", "We check for new data once a day until you disconnect."],
    ),
    "privacy_note": (
        [
            "We never post on your behalf. Disconnect any time in Settings.",
            "Your data is encrypted and never sold.",
        ],
        [
            "You can revoke access whenever you like.",
            "Read our Privacy Policy to learn how we keep things safe.",
        ],
    ),
    "proceed": (
        ["Continue", "Allow & continue", "Connect TikTok", "Yes, connect", "Proceed", "Let's go", "I agree"],
        [
            "Next",
            "Agree and connect",
            "Continue to TikTok",
            "Sounds good",
            "Link account",
            "Start import",
            "Okay",
        ],
    ),
    "go_back": (
        ["Go back", "Not now", "Back", "Cancel", "Take me back", "Don't connect"],
        ["Never mind", "Return", "No thanks", "Cancel", "Not right now", "Back to settings", "Decline"],
    ),
    # ------------------------------------------------------------ result
    "result_title": (
        ["TikTok connected!", "You're all set", "Connection complete", "Success!", "Nice, that worked"],
        ["All done — TikTok is linked", "Your TikTok is now connected", "Great, you're synced", "Linked!"],
    ),
    "result_sub": (
        [
            "Your TikTok account is now linked to {app}.",
            "{app} successfully connected to TikTok.",
            "We've connected your TikTok account.",
        ],
        [
            "TikTok was connected successfully.",
            "{app} and TikTok are now connected.",
            "Connected to TikTok as @{handle}.",
        ],
    ),
    "result_btn": (
        ["Go to dashboard", "Done", "See my insights", "Start exploring"],
        ["Open {app}", "Finish", "View results", "Take a look"],
    ),
    # ------------------------------------------------------------ TikTok's own pages
    "tt_consent_title": (
        ["{app} would like to access your TikTok account", "{app} wants to access your TikTok account"],
        ["{app} is requesting access to your TikTok account", "{app} would like to access your account"],
    ),
    "tt_allow_intro": (
        ["This will allow {app} to:", "{app} will be able to:"],
        ["Allow {app} to:", "{app} is asking to:"],
    ),
    "tt_login_title": (["Log in to TikTok", "Log in to TikTok"], ["Log in to TikTok", "Log in to TikTok"]),
    # ------------------------------------------------------------ extras
    "signin_title": (
        ["Welcome back", "Sign in to {app}", "Good to see you"],
        ["Log in", "Hey again!", "Sign in"],
    ),
    "paywall_title": (
        ["Go Premium", "Unlock everything", "Try {app} Plus free"],
        ["Upgrade to Pro", "Get the full experience", "{app} Gold"],
    ),
    "feed_title": (["For you", "Home", "Today"], ["Discover", "Your feed", "Latest"]),
}

# Other platforms shown beside TikTok on a connect page (none is TikTok).
OTHER_SERVICES: tuple[tuple[str, str], ...] = (
    ("Instagram", "#e1306c"),
    ("YouTube", "#ff0000"),
    ("Spotify", "#1db954"),
    ("Pinterest", "#e60023"),
    ("Twitch", "#9146ff"),
    ("Facebook", "#1877f2"),
    ("Strava", "#fc4c02"),
    ("Snapchat", "#f7c900"),
    ("SoundCloud", "#ff5500"),
    ("Reddit", "#ff4500"),
)

HANDLES: dict[Split, tuple[str, ...]] = {
    "dev": ("maya.moves", "jordan_lifts", "nightowl.beats", "lena.cooks", "theo_draws"),
    "holdout": ("sam.runs", "kai_reviews", "priya.dances", "oli.makes", "zoe_travels"),
}
PEOPLE: dict[Split, tuple[str, ...]] = {
    "dev": ("Maya", "Jordan", "Lena", "Theo", "Aisha"),
    "holdout": ("Sam", "Kai", "Priya", "Oli", "Zoe"),
}
