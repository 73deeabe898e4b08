"""Every phrase the brandkit corpus shows, in two disjoint pools: DEV and HOLDOUT.

The holdout half of the corpus is drawn only from HOLDOUT, so a checker tuned on the dev half
meets app names, headings, buttons, data phrasings, purposes, captions and extras it has never
seen. `check_pools()` enforces that no phrase (and no proper name) is shared between the pools,
and that the connecting screen's framing text names no data (so that removing the data list or
the purpose really removes it).

TikTok's own pages are TikTok's wording, not the designer's: the permission lines are the ones
TikTok shows for each scope (shared/spec), and the rest of TikTok's page comes in a few
"versions" (as it differs between releases), dealt to the halves without overlap where the
strings differ.

Templates use {app}, {person}, {items}, {n}, {total}, {label}.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Literal

Split = Literal["dev", "holdout"]
DataSet = Literal["activity", "postsandprofile", "directmessages", "all"]
Tone = Literal["playful", "formal", "terse"]
TONES: tuple[Tone, ...] = ("playful", "formal", "terse")
KINDS = ("analytics", "memories", "music", "vault", "shop", "wellness", "portfolio", "travel")
SETS: tuple[DataSet, ...] = ("activity", "postsandprofile", "directmessages")


@dataclass(frozen=True)
class App:
    name: str
    kind: str
    tagline: str
    color: str
    accent: str


@dataclass(frozen=True)
class ToneWords:
    connect_heading: tuple[str, ...]
    connect_sub: tuple[str, ...]
    tiktok_cta: tuple[str, ...]  # the TikTok option's own button / row label
    tile_cta: tuple[str, ...]  # the short label on each service tile
    connecting_heading: tuple[str, ...]
    connecting_sub: tuple[str, ...]
    proceed: tuple[str, ...]
    go_back: tuple[str, ...]
    success_heading: tuple[str, ...]
    success_sub: tuple[str, ...]
    result_cta: tuple[str, ...]


@dataclass(frozen=True)
class Provider:
    """A non-TikTok consent page (near miss): Google-, Instagram-, Facebook- or Twitch-like."""

    name: str
    color: str
    title: str
    request: str
    allow_intro: str
    perms: tuple[str, ...]
    trust: str
    allow: str
    cancel: str


@dataclass(frozen=True)
class Words:
    apps: tuple[App, ...]
    people: tuple[str, ...]
    surnames: tuple[str, ...]
    handles: tuple[str, ...]
    services: tuple[str, ...]  # other platforms on a connect page
    tone: dict[Tone, ToneWords]
    connected_chip: str
    not_connected_chip: str
    connect_section: tuple[str, ...]
    connect_skip: tuple[str, ...]
    connect_footer: tuple[str, ...]
    # connecting screen
    data: dict[DataSet, tuple[str, ...]]
    data_groups: dict[DataSet, tuple[str, ...]]
    data_notes: dict[DataSet, tuple[str, ...]]
    all_items: tuple[str, ...]
    all_includes: tuple[str, ...]
    intro: tuple[str, ...]
    paragraph: tuple[str, ...]
    purpose_label: tuple[str, ...]
    purposes: dict[str, tuple[str, ...]]
    ongoing: tuple[str, ...]
    single_note: tuple[str, ...]
    privacy: tuple[str, ...]
    step_label: tuple[str, ...]
    table_head: tuple[tuple[str, str], ...]
    freq_once: str
    freq_daily: str
    toggle_hint: tuple[str, ...]
    accordion_more: str
    # presentation boards
    caption_format: tuple[str, ...]
    captions: dict[str, str]
    project: tuple[str, ...]
    slugs: dict[str, tuple[str, ...]]
    # extras
    onboarding: tuple[tuple[str, str], ...]
    onboarding_next: str
    onboarding_skip: str
    signin_heading: tuple[str, ...]
    signin_sub: tuple[str, ...]
    signin_email: str
    signin_password: str
    signin_button: str
    signin_forgot: str
    signin_create: str
    signin_social: tuple[str, ...]
    signin_or: str
    lookalike_heading: tuple[str, ...]
    lookalike_sub: tuple[str, ...]
    lookalike_options: tuple[str, ...]
    lookalike_footer: tuple[str, str]
    lookalike_terms: str
    paywall_heading: tuple[str, ...]
    paywall_sub: tuple[str, ...]
    paywall_perks: tuple[str, ...]
    paywall_plans: tuple[tuple[str, str, str], ...]
    paywall_cta: str
    paywall_restore: str
    feed_greeting: tuple[str, ...]
    feed_sections: tuple[str, ...]
    feed_cards: tuple[str, ...]
    feed_meta: tuple[str, ...]
    nav: tuple[str, str, str, str]
    dashboard_heading: tuple[str, ...]
    dashboard_stats: tuple[tuple[str, str], ...]
    dashboard_cards: tuple[str, ...]
    dashboard_chart: str
    result_stats: tuple[tuple[str, str], ...]
    result_toast_sub: tuple[str, ...]
    providers: tuple[Provider, ...]
    browser_done: str


DEV = Words(
    apps=(
        App("Loopa", "analytics", "Growth insights for creators", "#7c3aed", "#f472b6"),
        App("Glowtrack", "analytics", "See what makes your audience glow", "#f97316", "#facc15"),
        App("Kindred Reel", "memories", "A scrapbook for the moments you love", "#e11d48", "#fb923c"),
        App("Pocketverse", "memories", "Your year, pocket-sized", "#0ea5e9", "#a78bfa"),
        App("Mixtape Club", "music", "Songs that fit your mood", "#16a34a", "#84cc16"),
        App("Pixie Vault", "vault", "Keep every clip safe", "#4f46e5", "#22d3ee"),
        App("Saltwater", "vault", "Cold storage for your creative life", "#0f766e", "#5eead4"),
        App("Fizz & Co", "shop", "Turn fans into customers", "#db2777", "#fde047"),
        App("Brightloom", "wellness", "Scroll less, live more", "#65a30d", "#fbbf24"),
        App("Cadence", "portfolio", "The media kit that updates itself", "#111827", "#f43f5e"),
        App("Orbitly", "portfolio", "One link for everything you make", "#2563eb", "#f59e0b"),
        App("Nomad Nook", "travel", "Plan trips from what inspires you", "#ea580c", "#14b8a6"),
    ),
    people=("Maya", "Jonas", "Priya", "Theo", "Lucía", "Kenji", "Amara", "Felix"),
    surnames=("Okafor", "Lindqvist", "Raman", "Moreau", "Castillo", "Tanaka"),
    handles=("maya.makes", "jonas_films", "priyaeats", "theo.on.tour", "lucia.draws", "kenji_beats"),
    services=("Instagram", "YouTube", "Spotify", "Pinterest", "Snapchat", "X"),
    tone={
        "playful": ToneWords(
            connect_heading=(
                "Let's plug in TikTok ⚡",
                "Bring your TikTok to the party",
                "Your TikTok, meet {app} 😍",
                "Where do you create? ★",
            ),
            connect_sub=(
                "Hook up an account and {app} does the rest.",
                "Pick a platform to get the good stuff flowing.",
            ),
            tiktok_cta=("Connect TikTok ⚡", "Plug in TikTok"),
            tile_cta=("Connect", "Plug in"),
            connecting_heading=("Connecting to TikTok…", "Off to TikTok we go!"),
            connecting_sub=("Quick heads-up before we hop over 👍", "A tiny bit of fine print first."),
            proceed=("Let's do it", "Yep, continue", "Continue to TikTok"),
            go_back=("Nope, go back", "Not right now", "Take me back"),
            success_heading=(
                "You're connected! ★",
                "Woohoo, TikTok is linked 😎",
                "Connected & ready to roll",
            ),
            success_sub=(
                "TikTok is now connected to {app}. Fresh insights incoming.",
                "Your TikTok account is linked — {app} is warming up.",
            ),
            result_cta=("Take me in", "Show me around"),
        ),
        "formal": ToneWords(
            connect_heading=("Connect your accounts", "Link a TikTok account", "Connected services"),
            connect_sub=(
                "Choose a service to connect with {app}.",
                "Select the platform you would like to link.",
            ),
            tiktok_cta=("Connect to TikTok", "Link TikTok account"),
            tile_cta=("Connect", "Link"),
            connecting_heading=("Connecting to TikTok", "You are connecting to TikTok"),
            connecting_sub=(
                "Please review the following before you proceed.",
                "You will be redirected to TikTok to approve this request.",
            ),
            proceed=("Proceed", "Continue", "Proceed to TikTok"),
            go_back=("Go back", "Cancel", "Return"),
            success_heading=("Connection successful", "Your TikTok account has been connected"),
            success_sub=(
                "{app} has successfully connected to your TikTok account.",
                "Your TikTok account is now linked to {app}.",
            ),
            result_cta=("Go to dashboard", "Done"),
        ),
        "terse": ToneWords(
            connect_heading=("Connect", "Accounts", "Sources"),
            connect_sub=("Link TikTok to start.", "One tap to link."),
            tiktok_cta=("Connect TikTok", "TikTok →"),
            tile_cta=("Connect", "Link"),
            connecting_heading=("Connect TikTok", "Connecting TikTok"),
            connecting_sub=("Review and continue.", "Here's the deal."),
            proceed=("Continue", "Next", "OK"),
            go_back=("Back", "Cancel"),
            success_heading=("Connected.", "TikTok linked", "Done — connected"),
            success_sub=("TikTok is connected to {app}.", "{app} ↔ TikTok is live."),
            result_cta=("Done", "Open {app}"),
        ),
    },
    connected_chip="Connected",
    not_connected_chip="Not connected",
    connect_section=("Social platforms", "Available"),
    connect_skip=("Skip for now",),
    connect_footer=("You can add more later in Settings.",),
    data={
        "activity": (
            "Watch history",
            "Videos you've liked",
            "Search history",
            "Favourite sounds",
            "Favourite effects",
            "Share history",
        ),
        "postsandprofile": (
            "Profile info (username, bio, photo)",
            "Videos you've posted",
            "Following list",
            "Followers list",
            "Display name and avatar",
        ),
        "directmessages": ("Direct messages", "Chat history", "Message threads"),
        "all": (),
    },
    data_groups={
        "activity": ("Your activity", "Watching & liking"),
        "postsandprofile": ("Profile & posts", "Your profile and videos"),
        "directmessages": ("Messages", "Your chats"),
        "all": (),
    },
    data_notes={
        "activity": ("What you watched and tapped ♥ on", "Your viewing and search trail"),
        "postsandprofile": (
            "Your public profile and everything you've posted",
            "Name, bio, avatar and your videos",
        ),
        "directmessages": ("Your one-to-one and group chats", "Messages you've sent and received"),
        "all": (),
    },
    all_items=("All your TikTok data", "Your full TikTok data archive", "Everything in your TikTok account"),
    all_includes=("including {items}", "that's {items} and more"),
    intro=("{app} will receive:", "Here's what we'll get from TikTok:", "We'll ask TikTok for:"),
    paragraph=(
        "{app} will receive {items} from TikTok.",
        "Once you agree, TikTok sends us a copy of {items}.",
    ),
    purpose_label=("Why we need this", "What it's for", "Why?"),
    purposes={
        "analytics": (
            "{app} uses this to chart your growth week by week and spot when your audience is most active.",
            "So we can build your personal insights report and tell you what's resonating.",
            "It powers your growth dashboard, trend alerts and monthly creator report.",
        ),
        "memories": (
            "We turn it into a yearly scrapbook you can flip through and share.",
            "{app} arranges it into monthly memory books, just for you.",
            "It's how we make your 'on this day' throwbacks.",
        ),
        "music": (
            "{app} reads it to learn your taste and suggest new artists and playlists.",
            "We use it to build a weekly mix that matches your vibe.",
            "So your playlists can follow the moods you've been in lately.",
        ),
        "vault": (
            "We keep a private, encrypted backup so nothing gets lost if your account does.",
            "{app} stores a safe copy you can download or restore anytime.",
            "So you always own a copy of your work, even offline.",
        ),
        "shop": (
            "{app} uses it to set up your storefront and match products to your audience.",
            "We use it to fill your shop page and show which items your fans will love.",
            "It lets us personalise your shop and pre-fill your seller page.",
        ),
        "wellness": (
            "{app} uses it to show your screen-time patterns and suggest healthier limits.",
            "So we can give you a weekly balance check and gentle reminders.",
            "We use it to estimate how much time you spend scrolling and help you cut back.",
        ),
        "portfolio": (
            "{app} uses it to build a media kit you can send to brands.",
            "So your portfolio page stays current without any copy-pasting.",
            "We use it to show brands your reach and your best work.",
        ),
        "travel": (
            "{app} uses it to pin the places you've discovered on your trip map.",
            "So we can turn saved spots into day-by-day itineraries.",
            "We use it to suggest destinations that match your travel style.",
        ),
    },
    ongoing=(
        "We'll sync new data every day until you disconnect.",
        "This refreshes automatically every 24 hours.",
    ),
    single_note=("This is a one-time copy.",),
    privacy=(
        "You can disconnect TikTok anytime in Settings.",
        "We'll never share your stuff with advertisers.",
    ),
    step_label=("Step {n} of {total}",),
    table_head=(("What", "How often"), ("Data", "Frequency")),
    freq_once="Once",
    freq_daily="Daily",
    toggle_hint=("Switch off anything you'd rather keep.",),
    accordion_more="Tap to expand",
    caption_format=("Step {n} — {label}", "{n}. {label}"),
    captions={
        "onboarding": "Onboarding",
        "signin": "Sign in",
        "paywall": "Upgrade",
        "feed": "Home feed",
        "connect": "Connect TikTok",
        "connect-none": "Connect accounts",
        "connecting": "Consent",
        "tt-login": "TikTok login",
        "tt-consent": "TikTok authorization",
        "result": "Success",
        "dashboard": "Dashboard",
        "lookalike": "Log in",
        "provider": "Account access",
    },
    project=("Mobile app · v2.4", "Client review — round 2"),
    slugs={
        "onboarding": ("welcome", "intro"),
        "signin": ("login",),
        "paywall": ("premium",),
        "feed": ("home",),
        "connect": ("connect", "accounts-hub"),
        "connect-none": ("connect", "accounts-hub"),
        "connecting": ("connecting", "consent"),
        "tt-login": ("tiktok-login",),
        "tt-consent": ("tiktok-auth",),
        "result": ("success", "connected"),
        "dashboard": ("dashboard",),
        "lookalike": ("member-login",),
        "provider": ("oauth",),
    },
    onboarding=(
        (
            "Everything you make, in one place",
            "{app} gathers your creative life so you can see it all at once.",
        ),
        ("Insights that feel personal", "Charts, streaks and highlights made for you."),
        ("Private by default", "Only you decide what leaves your account."),
        ("Ready when you are", "Setup takes less than a minute."),
    ),
    onboarding_next="Next",
    onboarding_skip="Skip",
    signin_heading=("Welcome back", "Sign in to {app}"),
    signin_sub=("Good to see you again.",),
    signin_email="Email",
    signin_password="Password",
    signin_button="Sign in",
    signin_forgot="Forgot password?",
    signin_create="New here? Create an account",
    signin_social=("Continue with Apple", "Continue with Google"),
    signin_or="or",
    lookalike_heading=("Log in to {app}",),
    lookalike_sub=("Manage your boards, see your stats and more.",),
    lookalike_options=("Use phone or email", "Continue with Apple", "Continue with Google", "Scan a code"),
    lookalike_footer=("Don't have an account?", "Sign up"),
    lookalike_terms="By continuing, you agree to {app}'s Terms and Privacy Policy.",
    paywall_heading=("Go Pro ★", "Unlock everything"),
    paywall_sub=("Try 7 days free, cancel anytime.",),
    paywall_perks=("Unlimited boards", "Weekly deep-dive reports", "Priority support", "No ads, ever"),
    paywall_plans=(("Yearly", "$39.99/yr", "Best value"), ("Monthly", "$4.99/mo", "")),
    paywall_cta="Start free trial",
    paywall_restore="Restore purchases",
    feed_greeting=("Hi, {person}", "Morning, {person} ☀"),
    feed_sections=("For you", "Trending this week", "Your boards"),
    feed_cards=(
        "Golden hour reel ideas",
        "5 hooks that stop the scroll",
        "Your best month yet",
        "Weekend picks",
        "Sunset playlist",
        "Cozy café corners",
    ),
    feed_meta=("2 min read", "New", "Updated today"),
    nav=("Home", "Explore", "Saved", "Me"),
    dashboard_heading=("Dashboard", "Your week at a glance"),
    dashboard_stats=(("Boards", "12"), ("Streak", "5 days"), ("Saves", "248")),
    dashboard_cards=("Tip: pin your top board", "3 new ideas for you"),
    dashboard_chart="Last 7 days",
    result_stats=(("1,248", "items imported"), ("36", "new insights"), ("Just now", "last sync")),
    result_toast_sub=("Your first import is on its way.",),
    providers=(
        Provider(
            "Google",
            "#1a73e8",
            "Sign in with Google",
            "{app} wants to access your Google Account",
            "This will allow {app} to:",
            (
                "See your primary email address",
                "See your personal info, including any you've made publicly available",
            ),
            "Make sure you trust {app}. You may be sharing sensitive info with this site or app.",
            "Allow",
            "Cancel",
        ),
        Provider(
            "Instagram",
            "#d62976",
            "Instagram",
            "{app} would like to connect to your Instagram account",
            "It will be able to:",
            ("Read your profile info", "Access your photos"),
            "You can change this anytime in your account settings.",
            "Allow",
            "Cancel",
        ),
    ),
    browser_done="Done",
)


HOLDOUT = Words(
    apps=(
        App("Hummingly", "music", "Tunes picked for the way you move", "#9333ea", "#22c55e"),
        App("Velvet Arc", "analytics", "Numbers that read like a story", "#be123c", "#fda4af"),
        App("Trailmix", "travel", "Turn saved spots into real itineraries", "#059669", "#fcd34d"),
        App("Quokka", "memories", "Smile-sized recaps of your year", "#f59e0b", "#ec4899"),
        App("Beamly", "analytics", "Your reach, beautifully charted", "#0284c7", "#f472b6"),
        App("Tidepool", "vault", "A calm harbor for your content", "#0891b2", "#818cf8"),
        App("Soda Studio", "shop", "Your storefront, freshly poured", "#e11d48", "#38bdf8"),
        App("Marigold", "wellness", "Gentle nudges toward balance", "#ca8a04", "#f97316"),
        App("Parallax", "portfolio", "Pitch brands with proof", "#1e293b", "#a3e635"),
        App("Caravan", "travel", "Wander with a plan", "#b45309", "#0ea5e9"),
        App("Ember & Ivy", "memories", "Keepsakes, beautifully bound", "#7c2d12", "#65a30d"),
        App("Driftbox", "vault", "Back it up, sleep easy", "#4338ca", "#2dd4bf"),
    ),
    people=("Noor", "Dmitri", "Sade", "Oskar", "Ines", "Ravi", "Yuki", "Bea"),
    surnames=("Haddad", "Petrov", "Adeyemi", "Nyberg", "Ferreira", "Sato"),
    handles=("noor.sketches", "dmitri_skates", "sade.cooks", "oskar.outdoors", "ines_vlogs", "ravi.rhythm"),
    services=("Twitch", "Facebook", "SoundCloud", "Tumblr", "Vimeo", "Threads"),
    tone={
        "playful": ToneWords(
            connect_heading=(
                "Time to hook up TikTok ♫",
                "Got TikTok? Let's link it 😄",
                "Where does your magic live? ★",
                "Bring the good vibes over ⚡",
            ),
            connect_sub=(
                "Tap a platform and {app} will take it from there.",
                "Link up once, enjoy forever.",
            ),
            tiktok_cta=("Hook up TikTok", "Link my TikTok 😎"),
            tile_cta=("Hook up", "Tap to link"),
            connecting_heading=("Heading over to TikTok ✌", "Linking you to TikTok!"),
            connecting_sub=("Here's the scoop before you jump.", "Real talk before we go:"),
            proceed=("Yes please!", "Let's roll", "Onward to TikTok"),
            go_back=("Hold up, back", "Maybe later", "Wait, go back"),
            success_heading=("All hooked up! ♥", "Ta-da! TikTok's linked", "Linked and loving it 😄"),
            success_sub=(
                "{app} and TikTok are officially connected.",
                "Your TikTok is linked to {app} — enjoy!",
            ),
            result_cta=("Dive in", "Let's see it"),
        ),
        "formal": ToneWords(
            connect_heading=("Link external platforms", "Account connections", "Integrations"),
            connect_sub=(
                "Select an account to connect to {app}.",
                "Connect a platform to begin your import.",
            ),
            tiktok_cta=("Connect with TikTok", "Add TikTok account"),
            tile_cta=("Add", "Set up"),
            connecting_heading=("Establishing a connection to TikTok", "Connection to TikTok"),
            connecting_sub=(
                "Review the details below, then choose how to continue.",
                "TikTok will ask you to confirm on the next screen.",
            ),
            proceed=("Agree and continue", "Confirm", "Continue to authorization"),
            go_back=("Back to previous step", "Decline", "Return to settings"),
            success_heading=("TikTok account connected", "Connection complete"),
            success_sub=(
                "The connection between {app} and TikTok was completed successfully.",
                "{app} is now authorized to receive your TikTok export.",
            ),
            result_cta=("Continue to {app}", "Finish"),
        ),
        "terse": ToneWords(
            connect_heading=("Your apps", "Platforms", "Add source"),
            connect_sub=("Pick one.", "Start with TikTok."),
            tiktok_cta=("Link TikTok", "Add TikTok"),
            tile_cta=("Add", "Sync"),
            connecting_heading=("TikTok connection", "Linking to TikTok"),
            connecting_sub=("Check, then go.", "Quick review."),
            proceed=("Go", "Proceed →", "Approve"),
            go_back=("Not now", "← Back"),
            success_heading=("Linked ✔", "TikTok: connected", "All set"),
            success_sub=("TikTok is linked to {app}.", "Connection live."),
            result_cta=("Open", "Finish setup"),
        ),
    },
    connected_chip="Linked",
    not_connected_chip="Not linked",
    connect_section=("Your platforms", "Available sources"),
    connect_skip=("I'll do this later",),
    connect_footer=("More platforms are coming soon.",),
    data={
        "activity": (
            "Videos you've watched",
            "Your likes",
            "Past searches",
            "Saved favourites",
            "Videos you've shared",
            "Viewing history",
        ),
        "postsandprofile": (
            "Username, bio and profile picture",
            "Your uploads",
            "Accounts you follow",
            "Your followers",
            "Public profile details",
        ),
        "directmessages": ("Your DMs", "Private conversations", "Inbox messages"),
        "all": (),
    },
    data_groups={
        "activity": ("App activity", "Viewing and likes"),
        "postsandprofile": ("Account & uploads", "Public profile and uploads"),
        "directmessages": ("Private messages", "Your DM inbox"),
        "all": (),
    },
    data_notes={
        "activity": ("Everything you've viewed, liked and looked for", "Your engagement over time"),
        "postsandprofile": (
            "How you appear on TikTok plus your uploads",
            "Your public page and the clips on it",
        ),
        "directmessages": ("Private threads with other people", "What's in your inbox"),
        "all": (),
    },
    all_items=(
        "Your complete TikTok archive",
        "All of your TikTok account data",
        "A full copy of your TikTok data",
    ),
    all_includes=("covering {items}", "with {items} included"),
    intro=("TikTok will share with {app}:", "What comes over from TikTok:", "Included in this transfer:"),
    paragraph=(
        "With your OK, TikTok transfers {items} to {app}.",
        "This connection gives {app} access to {items}.",
    ),
    purpose_label=("The reason", "How it helps you", "Purpose"),
    purposes={
        "analytics": (
            "This lets {app} break down which content lands with your audience and why.",
            "{app} needs it to produce your growth forecasts and benchmark you against similar creators.",
            "With it, we can send you a Monday briefing on what worked last week.",
        ),
        "memories": (
            "This helps {app} stitch your year into a printable keepsake album.",
            "With it, we can resurface little moments on their anniversaries.",
            "{app} needs it to create your recap stories at the end of each month.",
        ),
        "music": (
            "This lets {app} tune recommendations to the beats you keep coming back to.",
            "With it, we can line up a daily playlist that fits your taste.",
            "{app} needs it to introduce you to artists you haven't heard yet.",
        ),
        "vault": (
            "This gives you an offline copy you control, stored with end-to-end encryption.",
            "{app} needs it to keep a restorable backup in your private cloud space.",
            "With it, we can protect your work from accidental deletion or account loss.",
        ),
        "shop": (
            "This lets {app} recommend products that suit your community.",
            "{app} needs it to design a storefront that reflects your style.",
            "With it, we can prefill listings and show you which drops your fans want.",
        ),
        "wellness": (
            "This lets {app} map your daily screen rhythm and flag late-night binges.",
            "{app} needs it to coach you toward the screen habits you set for yourself.",
            "With it, we can show how your time online changes from week to week.",
        ),
        "portfolio": (
            "This lets {app} assemble a pitch deck that proves your reach to sponsors.",
            "{app} needs it to keep your creator portfolio fresh automatically.",
            "With it, we can highlight your standout work for brand partners.",
        ),
        "travel": (
            "This lets {app} cluster your travel inspiration by city and season.",
            "{app} needs it to draft trips around the spots you keep returning to.",
            "With it, we can plot your wishlist of places on a shared map.",
        ),
    },
    ongoing=(
        "Updates arrive automatically once a day.",
        "The transfer repeats every day until you unlink.",
    ),
    single_note=("It happens just once.",),
    privacy=(
        "Unlink whenever you like from your account page.",
        "Nothing is ever published for you.",
    ),
    step_label=("{n} / {total}",),
    table_head=(("Item", "Schedule"), ("Category", "Transfer")),
    freq_once="One-off",
    freq_daily="Every day",
    toggle_hint=("Turn items off any time later.",),
    accordion_more="Show details",
    caption_format=("{n:02d} · {label}", "Screen {n}: {label}"),
    captions={
        "onboarding": "Welcome tour",
        "signin": "Account login",
        "paywall": "Plans",
        "feed": "Discover",
        "connect": "Choose platform",
        "connect-none": "Platform picker",
        "connecting": "Data transfer notice",
        "tt-login": "TikTok sign-in",
        "tt-consent": "TikTok permissions",
        "result": "Connected state",
        "dashboard": "Overview",
        "lookalike": "Sign-in",
        "provider": "Third-party consent",
    },
    project=("iOS concept, final", "Hand-off build 7"),
    slugs={
        "onboarding": ("tour", "hello"),
        "signin": ("account",),
        "paywall": ("plans",),
        "feed": ("discover",),
        "connect": ("link-platform", "platform-list"),
        "connect-none": ("link-platform", "platform-list"),
        "connecting": ("transfer-notice", "before-linking"),
        "tt-login": ("tt-signin",),
        "tt-consent": ("tt-permissions",),
        "result": ("linked", "all-set"),
        "dashboard": ("overview",),
        "lookalike": ("auth",),
        "provider": ("third-party",),
    },
    onboarding=(
        ("Meet your new creative HQ", "{app} keeps your best work organised and easy to find."),
        ("Stories from your numbers", "See patterns you'd never spot on your own."),
        ("You stay in control", "Every share is your choice, and you can undo it."),
        ("Let's set things up", "A few taps and you're in."),
    ),
    onboarding_next="Keep going",
    onboarding_skip="Skip tour",
    signin_heading=("Hello again", "Log into your {app} account"),
    signin_sub=("Pick up where you left off.",),
    signin_email="Email address",
    signin_password="Your password",
    signin_button="Log me in",
    signin_forgot="Reset password",
    signin_create="No account yet? Join {app}",
    signin_social=("Sign in with Apple", "Sign in with Facebook"),
    signin_or="or use",
    lookalike_heading=("Log in or sign up for {app}",),
    lookalike_sub=("Your stats, saves and settings, all in one spot.",),
    lookalike_options=(
        "Phone / email / username",
        "Log in with a QR code",
        "Continue with Facebook",
        "Continue with X",
    ),
    lookalike_footer=("New to {app}?", "Create account"),
    lookalike_terms="Continuing means you accept the {app} User Agreement.",
    paywall_heading=("Upgrade to Plus", "Level up ⚡"),
    paywall_sub=("First week on us. Stop whenever.",),
    paywall_perks=(
        "Unlimited collections",
        "Advanced trend reports",
        "Members-only themes",
        "Ad-free experience",
    ),
    paywall_plans=(("Annual", "$34.99 / year", "Save 40%"), ("Per month", "$5.49 / month", "")),
    paywall_cta="Try it free",
    paywall_restore="Already a member? Restore",
    feed_greeting=("Welcome, {person}", "Evening, {person} ★"),
    feed_sections=("Picked for you", "Hot right now", "Your collections"),
    feed_cards=(
        "Rainy day edits",
        "Three ways to open strong",
        "Record-breaking week",
        "New this Friday",
        "Late-night lo-fi",
        "Street food finds",
    ),
    feed_meta=("4 min", "Fresh", "Since yesterday"),
    nav=("Start", "Browse", "Library", "Profile"),
    dashboard_heading=("Overview", "This week so far"),
    dashboard_stats=(("Collections", "9"), ("Day streak", "11"), ("Bookmarks", "173")),
    dashboard_cards=("Suggestion: tidy your library", "Fresh picks are waiting"),
    dashboard_chart="Past week",
    result_stats=(
        ("982", "things brought over"),
        ("17", "fresh highlights"),
        ("A moment ago", "latest refresh"),
    ),
    result_toast_sub=("We're pulling in your first batch now.",),
    providers=(
        Provider(
            "Facebook",
            "#1877f2",
            "Log in with Facebook",
            "{app} is requesting your name and profile picture",
            "Continue as {person}?",
            ("Name and profile picture", "Email address"),
            "This doesn't let the app post to Facebook.",
            "Continue as {person}",
            "Not now",
        ),
        Provider(
            "Twitch",
            "#9146ff",
            "Authorize {app}",
            "Let {app} use your Twitch account?",
            "This app would be able to:",
            ("View your email address", "Read your channel subscriptions"),
            "Redirecting you to a page outside Twitch.",
            "Authorize",
            "Deny",
        ),
    ),
    browser_done="Close",
)

POOLS: dict[Split, Words] = {"dev": DEV, "holdout": HOLDOUT}


# ---------------------------------------------------------------- TikTok's own page


@dataclass(frozen=True)
class TikTokVersion:
    """One release of TikTok's login / authorize web page, as a designer would screenshot it."""

    name: str
    login_sub: str
    login_options: tuple[str, ...]
    form_tabs: tuple[str, str]  # the phone / email form variant of the login state
    form_fields: tuple[str, str]
    form_button: str
    signup: tuple[str, str]
    login_terms: str
    consent_title: str
    perms_intro: str
    authorize: str
    cancel: str
    switch_account: str
    fineprint: str


# TikTok's words for each scope (shared/spec/tiktok-data-portability.md), the same on every version.
TIKTOK_PERMISSIONS: dict[str, str] = {
    "activity.single": "Export a copy of your activity data",
    "activity.ongoing": "Export copies of your activity data",
    "postsandprofile.single": "Export a copy of your posts and profile data",
    "postsandprofile.ongoing": "Export copies of your posts and profile data",
    "directmessages.single": "Export a copy of your direct message data",
    "directmessages.ongoing": "Export copies of your direct message data",
    "all.single": "Export a copy of your full user data archive",
    "all.ongoing": "Export copies of your full user data archive",
}

TIKTOK_VERSIONS: dict[Split, tuple[TikTokVersion, ...]] = {
    "dev": (
        TikTokVersion(
            "web-2024",
            "Manage your account, check notifications, comment on videos, and more.",
            (
                "Use QR code",
                "Use phone / email / username",
                "Continue with Facebook",
                "Continue with Google",
                "Continue with Apple",
            ),
            ("Phone", "Email / Username"),
            ("Phone number", "Password"),
            "Log in",
            ("Don't have an account?", "Sign up"),
            "By continuing, you agree to TikTok's Terms of Service and confirm that you have read TikTok's Privacy Policy.",
            "{app} is requesting access to your TikTok account",
            "This will allow {app} to:",
            "Authorize",
            "Cancel",
            "Switch account",
            "You can remove this app's access at any time in Settings and privacy on TikTok.",
        ),
    ),
    "holdout": (
        TikTokVersion(
            "web-2025",
            "Log in to continue to the app you came from.",
            (
                "Use phone / email / username",
                "Continue with Google",
                "Continue with Apple",
                "Continue with Facebook",
                "Use QR code",
            ),
            ("Phone", "Email or username"),
            ("Email or username", "Password"),
            "Log in",
            ("Don't have an account?", "Sign up"),
            "If you continue, you agree to the Terms of Service of TikTok and acknowledge its Privacy Policy.",
            "{app} would like to access your TikTok account",
            "{app} will be able to:",
            "Authorize",
            "Cancel",
            "Not you? Switch",
            "Manage apps connected to your account anytime from TikTok settings.",
        ),
    ),
}


# ---------------------------------------------------------------- consistency checks

# Words that name a data set. The connecting screen's framing (headings, intros, purposes, notes,
# buttons) must avoid them, so that only the disclosure block names data.
DATA_WORDS = re.compile(
    r"\b(histor\w*|watch\w*|liked|likes|videos?|posts?|posted|profile|followers?|following\s+list|you\s+follow|messages?|chats?|dms?|"
    r"search\w*|favou?rites?|comments?|archive|uploads?|inbox|conversations?|bio|avatar|username|"
    r"sounds?|clips?|activity)\b",
    re.IGNORECASE,
)
# Anything that explains why, so that the purpose block is the only reason on the screen.
PURPOSE_WORDS = re.compile(
    r"\b(so (that|we|you|your|it)|in order to|we use|uses? (it|this)|helps?|lets? us)\b", re.I
)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, tuple | list):
        return [s for v in value for s in _strings(v)]
    if hasattr(value, "__dataclass_fields__"):
        return [s for f in fields(value) for s in _strings(getattr(value, f.name))]  # type: ignore[arg-type]
    return []


def _names(words: Words) -> set[str]:
    names = {a.name for a in words.apps} | set(words.people) | set(words.surnames) | set(words.services)
    return names | {p.name for p in words.providers}


def _is_code(value: str) -> bool:
    """Kinds and colours are labels, not wording shown on a screen."""
    return value in KINDS or re.fullmatch(r"#[0-9a-f]{6}", value) is not None


def check_pools() -> None:
    """Raise when the pools share a phrase or a name, or the connecting framing names data."""
    shared = {"TikTok", "{app}", "{person}", "X", ""}
    for split, words in POOLS.items():
        other = POOLS["holdout" if split == "dev" else "dev"]
        theirs = {s.lower() for s in _strings(other)}
        for phrase in _strings(words):
            if phrase.lower() in theirs and phrase not in shared and not _is_code(phrase):
                raise ValueError(f"phrase in both pools: {phrase!r}")
        texts = " \n ".join(_strings(words))
        for name in _names(other) - shared:
            if re.search(rf"\b{re.escape(name)}\b", texts):
                raise ValueError(f"{split} pool uses the other pool's name {name!r}")
        for tone in words.tone.values():
            framing = [
                *tone.connecting_heading,
                *tone.connecting_sub,
                *tone.proceed,
                *tone.go_back,
            ]
            for phrase in framing:
                if DATA_WORDS.search(phrase) or PURPOSE_WORDS.search(phrase):
                    raise ValueError(f"connecting framing names data or a purpose: {phrase!r}")
        neutral = [
            *words.intro,
            *words.ongoing,
            *words.single_note,
            *words.privacy,
            *words.step_label,
            *(h for pair in words.table_head for h in pair),
            *words.toggle_hint,
            words.accordion_more,
        ]
        purpose = [*words.purpose_label, *(p for ps in words.purposes.values() for p in ps)]
        for phrase in [*neutral, *purpose]:
            if DATA_WORDS.search(phrase):
                raise ValueError(f"framing names data: {phrase!r}")
        for phrase in neutral:
            if PURPOSE_WORDS.search(phrase):
                raise ValueError(f"framing gives a purpose: {phrase!r}")
        for kind in KINDS:
            if len(words.purposes[kind]) < 2:
                raise ValueError(f"{split}: too few purposes for {kind}")
        if {a.kind for a in words.apps} - set(KINDS):
            raise ValueError("unknown app kind")
