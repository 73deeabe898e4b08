"""Every word the studio corpus shows, in two disjoint pools: DEV and HOLDOUT.

The holdout pool exists to measure generalisation, so nothing in it is repeated in the dev
pool (app names, people, headings, button labels, sentences). Only TikTok's own fixed
permission texts and the names of other services are shared, because real TikTok pages and
real service lists do not change with the submission.

Rules the wording obeys, because the truth depends on them:
- purpose clauses (`goals`, `bullets`) and intro / ongoing / footer sentences never name a
  data category, so a screen without a data list really discloses nothing;
- ongoing sentences only say the transfer repeats; they are not a purpose;
- connect, result and extra screens never show a second TikTok connection step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Split = Literal["dev", "holdout"]
DataSet = Literal["activity", "postsandprofile", "directmessages", "all"]


@dataclass(frozen=True)
class App:
    name: str
    kind: str
    color: str
    accent: str
    glyph: str  # one or two letters drawn in the app icon
    tagline: str
    goals: tuple[str, ...]  # "to ..." purpose clauses (no data words)
    bullets: tuple[str, ...]  # purpose bullet points (no data words)


@dataclass(frozen=True)
class Pool:
    apps: tuple[App, ...]
    people: tuple[str, ...]
    handles: tuple[str, ...]
    # connect page
    connect_titles: tuple[str, ...]
    connect_subs: tuple[str, ...]
    connect_ctas: tuple[str, ...]  # big button naming TikTok
    row_chips: tuple[str, ...]  # chip beside the TikTok row in a service list
    tile_captions: tuple[str, ...]
    other_services: tuple[str, ...]
    # connecting screen
    connecting_titles: tuple[str, ...]
    connecting_intros: tuple[str, ...]
    list_heads: tuple[str, ...]
    data: dict[str, tuple[tuple[str, str], ...]]  # data set -> (label, detail)
    comments: tuple[str, str]
    purpose_heads: tuple[str, ...]
    purpose_sentences: tuple[str, ...]  # with {app} and {goal}
    ongoing: tuple[str, ...]
    single: tuple[str, ...]
    footers: tuple[str, ...]
    proceed: tuple[str, ...]
    go_back: tuple[str, ...]
    close_labels: tuple[str, ...]  # label beside an X icon
    back_labels: tuple[str, ...]  # label beside a back chevron
    steps_label: tuple[str, ...]  # "Step {n} of {m}"
    # result
    result_titles: tuple[str, ...]
    result_bodies: tuple[str, ...]
    result_buttons: tuple[str, ...]
    imported_heads: tuple[str, ...]
    # extras
    signin_titles: tuple[str, ...]
    signin_buttons: tuple[str, ...]
    feed_titles: tuple[str, ...]
    feed_cards: tuple[tuple[str, str], ...]
    plan_names: tuple[str, ...]
    plan_perks: tuple[str, ...]
    pricing_titles: tuple[str, ...]
    settings_rows: tuple[str, ...]
    profile_stats: tuple[str, ...]
    dashboard_titles: tuple[str, ...]
    dashboard_widgets: tuple[tuple[str, str], ...]
    nav: tuple[str, ...]  # tab bar / sidebar entries
    # TikTok's own pages (the versions differ slightly between pools, like real TikTok versions)
    tt_login_title: tuple[str, ...]
    tt_login_options: tuple[tuple[str, ...], ...]
    tt_login_footer: tuple[str, ...]
    tt_consent_lead: tuple[str, ...]  # with {app}
    tt_consent_buttons: tuple[tuple[str, str], ...]
    tt_consent_note: tuple[str, ...]
    # near misses: other identity providers and an app's own lookalike login
    google_lead: tuple[str, ...]
    google_perms: tuple[str, ...]
    apple_lead: tuple[str, ...]
    lookalike_options: tuple[str, ...]
    lookalike_title: str  # with {app}
    lookalike_footer: tuple[str, str]
    # small UI labels
    skip_labels: tuple[str, ...]
    empty_titles: tuple[str, ...]
    segments: tuple[str, str, str]
    connected_badges: tuple[str, ...]
    or_label: str
    per_month: str
    preview_counts: str  # with {a} and {b}


# TikTok's consent wording per scope (from the spec); shared by both pools on purpose.
TIKTOK_SCOPE_TEXT: dict[str, str] = {
    "activity.single": "Export a copy of your activity data",
    "activity.ongoing": "Export copies of your activity data",
    "postsandprofile.single": "Export a copy of your posts and profile data",
    "postsandprofile.ongoing": "Export copies of your posts and profile data",
    "directmessages.single": "Export a copy of your direct message data",
    "directmessages.ongoing": "Export copies of your direct message data",
    "all.single": "Export a copy of your full user data archive",
    "all.ongoing": "Export copies of your full user data archive",
}

# Texts of third-party pages (TikTok's, Google's, Apple's, the browser's): the same for every app.
TIKTOK_LOGIN_SUB = "Manage your account, check notifications, comment on videos, and more."
TIKTOK_TERMS = "By continuing, you agree to TikTok's Terms of Service and confirm that you have read TikTok's Privacy Policy."
TIKTOK_PERMS_HEAD = "This app will be able to:"
TIKTOK_SWITCH = "Switch account"
TIKTOK_TAB = "TikTok - Make Your Day"
WEBVIEW_DONE = ("Done", "Close")
GOOGLE_TRUST = "Make sure you trust {app}."
GOOGLE_BUTTONS = ("Cancel", "Allow")
GOOGLE_TAB = "Sign in - Google Accounts"
APPLE_ROWS = ("Hide My Email", "Continue with Password")
APP_SIGNIN_ALT = "Continue with Apple"

DEV = Pool(
    apps=(
        App(
            "Loopwise",
            "analytics",
            "#5b5bd6",
            "#f5a524",
            "Lw",
            "Creator analytics that make sense",
            (
                "show which posting times work best for you",
                "build your weekly performance report",
                "compare this month with last month",
            ),
            ("Spot your best posting times", "See trends week over week", "Get a monthly report by email"),
        ),
        App(
            "Crumb & Co",
            "recipes",
            "#e5484d",
            "#ffb224",
            "C",
            "Cook what you save",
            ("turn the recipes you loved into a shopping list", "suggest dinners you'll actually cook"),
            ("Personal dinner ideas", "One-tap shopping lists", "Fewer recipes lost in the scroll"),
        ),
        App(
            "Stridely",
            "fitness",
            "#12a594",
            "#3e63dd",
            "S",
            "Training plans that adapt",
            ("tailor your workout plan", "recommend routines at your level"),
            ("A plan that fits your level", "Routines you'll enjoy", "Progress you can see"),
        ),
        App(
            "Vaultbox",
            "backup",
            "#1f2937",
            "#0ea5e9",
            "V",
            "Your memories, kept safe",
            ("keep an encrypted backup you control", "let you restore or download it later"),
            ("Encrypted, private backup", "Restore any time", "Export to your own drive"),
        ),
        App(
            "Tunepath",
            "music",
            "#8e4ec6",
            "#f76b15",
            "T",
            "Find the songs behind the clips",
            ("build playlists from the sounds you keep coming back to", "match tracks to your taste"),
            ("Auto-made playlists", "Better song matches", "Weekly discovery mix"),
        ),
        App(
            "Wanderlog Mini",
            "travel",
            "#0091ff",
            "#30a46c",
            "W",
            "Trips from your saved spots",
            ("pin the places you saved on a trip map", "plan a route around your favourite spots"),
            ("A map of places you saved", "Routes planned for you", "Share trips with friends"),
        ),
        App(
            "Notebloom",
            "study",
            "#29a383",
            "#e54666",
            "N",
            "Study smarter",
            ("make flashcards from the lessons you watched", "build a revision plan"),
            ("Flashcards made for you", "A revision calendar", "Reminders before exams"),
        ),
        App(
            "Keepsake",
            "journal",
            "#d6409f",
            "#7c66dc",
            "K",
            "A scrapbook of your year",
            ("assemble a yearly scrapbook", "send you a memory on this day"),
            ("Your year in one book", "Daily memories", "Print-ready layouts"),
        ),
    ),
    people=("Maya Chen", "Jordan Ellis", "Priya Nair", "Tom Becker", "Aisha Bello", "Lucas Ferreira"),
    handles=("@mayacooks", "@jordan.e", "@priyamoves", "@tombeats", "@aisha.b", "@lucasf"),
    connect_titles=(
        "Connect your accounts",
        "Integrations",
        "Link a platform",
        "Where do you post?",
        "Add a source",
    ),
    connect_subs=(
        "Bring your content in so everything lives in one place.",
        "Choose the platforms you want to use with {app}.",
        "Pick one to get started. You can add more later.",
    ),
    connect_ctas=("Connect TikTok", "Link TikTok", "Add TikTok", "Connect with TikTok"),
    row_chips=("Connect", "Add", "Set up"),
    tile_captions=("Tap to connect", "Not connected", "Available"),
    other_services=(
        "Instagram",
        "YouTube",
        "Spotify",
        "Google Drive",
        "Dropbox",
        "Pinterest",
        "Strava",
        "Facebook",
        "Snapchat",
        "X",
    ),
    connecting_titles=(
        "Connecting to TikTok",
        "Connect {app} to TikTok",
        "You're connecting TikTok",
        "Link {app} with TikTok",
    ),
    connecting_intros=(
        "{app} is connecting to your TikTok account. Next, TikTok will ask you to log in and approve.",
        "We're about to send you to TikTok to confirm the connection.",
        "You'll sign in on TikTok, then come straight back here.",
    ),
    list_heads=("What we'll receive", "Data we'll import", "From TikTok we'll get:", "What's shared"),
    data={
        "activity": (
            ("Watch history", "Videos you've watched"),
            ("Liked videos", "Everything you've liked"),
            ("Search history", "What you searched for"),
            ("Favourites", "Saved sounds and effects"),
        ),
        "postsandprofile": (
            ("Your videos", "Posts you've published"),
            ("Profile info", "Username, display name, bio and avatar"),
            ("Followers & following", "Who you follow and who follows you"),
        ),
        "directmessages": (
            ("Direct messages", "Your chat history"),
            ("Message threads", "Conversations with other users"),
        ),
        "all": (("All your TikTok data", "Your full data archive"),),
    },
    comments=("Comments", "Comments you've written"),
    purpose_heads=("Why we need it", "Why?", "What it's for"),
    purpose_sentences=(
        "{app} uses this to {goal}.",
        "We ask for this so we can {goal}.",
        "Why? So {app} can {goal}.",
    ),
    ongoing=(
        "We'll refresh this automatically once a day until you disconnect.",
        "This sync repeats every 24 hours.",
    ),
    single=("This is a one-time import.", "We copy it once; nothing updates afterwards."),
    footers=(
        "You can disconnect at any time in Settings.",
        "We never post on your behalf.",
        "See our Privacy Policy for details.",
    ),
    proceed=("Continue", "Continue to TikTok", "Allow and continue", "Next", "Proceed"),
    go_back=("Not now", "Cancel", "Go back", "Back"),
    close_labels=("Close",),
    back_labels=("Back",),
    steps_label=("Step {n} of {m}",),
    result_titles=("You're all set", "TikTok connected", "Success!", "Connected"),
    result_bodies=(
        "Your TikTok account is now linked to {app}.",
        "{app} is connected to TikTok. Your first import is on its way.",
        "TikTok was connected successfully.",
    ),
    result_buttons=("Done", "Go to dashboard", "Start exploring"),
    imported_heads=("Imported so far",),
    signin_titles=("Welcome back", "Sign in to {app}"),
    signin_buttons=("Sign in", "Log in"),
    feed_titles=("Home", "For you"),
    feed_cards=(
        ("New this week", "Three ideas picked for you"),
        ("Keep going", "You're on a 4-day streak"),
        ("Trending", "What people like you enjoy"),
        ("Tip", "Pin your favourites to the top"),
    ),
    plan_names=("Free", "Plus", "Pro"),
    plan_perks=("Unlimited projects", "Priority support", "Export to PDF", "Team sharing", "Dark mode"),
    pricing_titles=("Choose your plan", "Upgrade to Plus"),
    settings_rows=("Account", "Notifications", "Privacy", "Appearance", "Help & feedback", "Language"),
    profile_stats=("Projects", "Streak", "Badges"),
    dashboard_titles=("Overview", "Dashboard"),
    dashboard_widgets=(
        ("Sessions", "128"),
        ("Saved items", "42"),
        ("This week", "+12%"),
        ("Goals", "3 of 5"),
    ),
    nav=("Home", "Explore", "Library", "Settings"),
    tt_login_title=("Log in to TikTok",),
    tt_login_options=(
        ("Use QR code", "Use phone / email / username", "Continue with Facebook", "Continue with Google"),
        ("Use phone / email / username", "Continue with Apple", "Continue with Google"),
    ),
    tt_login_footer=("Don't have an account? Sign up",),
    tt_consent_lead=("{app} is requesting access to your TikTok account", "{app} would like to:"),
    tt_consent_buttons=(("Authorize", "Cancel"),),
    tt_consent_note=("You can manage app permissions in TikTok settings.",),
    google_lead=("Sign in with Google", "{app} wants to access your Google Account"),
    google_perms=("See your primary Google Account email address", "See your personal info"),
    apple_lead=("Use your Apple ID to sign in to {app}",),
    lookalike_options=("Use phone or email", "Continue with Google", "Continue with Apple"),
    lookalike_title="Log in to {app}",
    lookalike_footer=("New here?", "Create account"),
    skip_labels=("Skip", "Later"),
    empty_titles=("Nothing here yet", "Your library is empty"),
    segments=("All", "Social", "Storage"),
    connected_badges=("Connected", "Active"),
    or_label="or",
    per_month="/mo",
    preview_counts="{a} items · {b} collections",
)

HOLDOUT = Pool(
    apps=(
        App(
            "Glimmerly",
            "journal",
            "#c2410c",
            "#0f766e",
            "G",
            "Little moments, kept",
            ("put together a monthly memory reel", "resurface a moment from a year ago"),
            ("A reel of your month", "Throwback moments", "Albums you can print"),
        ),
        App(
            "Pantryhop",
            "recipes",
            "#15803d",
            "#eab308",
            "P",
            "Meals from what you crave",
            ("plan a week of meals around what you enjoy", "skip the recipes you'd never make"),
            ("Weekly meal plans", "Grocery lists that fill themselves", "Less scrolling, more cooking"),
        ),
        App(
            "Metricade",
            "analytics",
            "#0f172a",
            "#22d3ee",
            "M",
            "Numbers for creators",
            ("chart how your audience grows", "flag your top-performing formats"),
            ("Audience growth charts", "Format scorecards", "Benchmarks against similar creators"),
        ),
        App(
            "Hikeo",
            "travel",
            "#b45309",
            "#2563eb",
            "H",
            "Adventures, mapped",
            ("draw your saved places onto an itinerary", "suggest day trips near you"),
            ("Itineraries in seconds", "Day trips nearby", "Offline maps"),
        ),
        App(
            "Archivo",
            "backup",
            "#334155",
            "#f43f5e",
            "A",
            "Own your archive",
            ("store a private copy in a vault only you can open", "let you search your archive offline"),
            ("Private vault", "Offline search", "Download any time"),
        ),
        App(
            "Beatnest",
            "music",
            "#be185d",
            "#84cc16",
            "B",
            "Sounds you'll love",
            ("mix a radio station around your taste", "tell you when an artist you like drops something"),
            ("Your own radio", "Release alerts", "Smarter shuffles"),
        ),
        App(
            "Quizzly",
            "study",
            "#4338ca",
            "#f97316",
            "Q",
            "Revise in minutes",
            ("quiz you on the topics you follow", "schedule spaced revision"),
            ("Bite-size quizzes", "Spaced repetition", "Exam countdowns"),
        ),
        App(
            "Pulsebay",
            "fitness",
            "#dc2626",
            "#0891b2",
            "Pb",
            "Move every day",
            ("match classes to your energy", "set goals that grow with you"),
            ("Classes that match you", "Goals that adapt", "Streak rewards"),
        ),
    ),
    people=("Noor Haddad", "Felix Wagner", "Camila Ortiz", "Kenji Sato", "Zoe Adams", "Ravi Menon"),
    handles=("@noor.h", "@felixw", "@camiortiz", "@kenjisato", "@zoe_a", "@ravim"),
    connect_titles=("Sources", "Connected apps", "Bring your stuff", "Hook up your socials", "Import"),
    connect_subs=(
        "{app} works best with your favourite platforms.",
        "Choose where your content comes from.",
        "Link an app to fill your library automatically.",
    ),
    connect_ctas=("Import from TikTok", "Sync TikTok", "Bring in TikTok", "Use my TikTok"),
    row_chips=("Link", "Enable", "Turn on"),
    tile_captions=("Link now", "Off", "Ready to link"),
    other_services=(
        "Instagram",
        "YouTube",
        "Spotify",
        "Google Drive",
        "Dropbox",
        "Pinterest",
        "Strava",
        "Facebook",
        "Snapchat",
        "X",
    ),
    connecting_titles=(
        "Heading over to TikTok",
        "{app} + TikTok",
        "Almost there: TikTok",
        "Hooking up TikTok",
    ),
    connecting_intros=(
        "We'll open TikTok so you can confirm it's you.",
        "In a moment you'll be on TikTok's site to give the go-ahead.",
        "{app} needs your OK on TikTok before anything moves.",
    ),
    list_heads=("What comes across", "Here's what we'll copy", "Included in the transfer", "Coming over:"),
    data={
        "activity": (
            ("Viewing history", "Clips you've watched"),
            ("Your like list", "Clips you gave a heart"),
            ("Search terms", "Things you looked up"),
            ("Shares", "What you sent to friends"),
        ),
        "postsandprofile": (
            ("Posts", "Every clip you've uploaded"),
            ("Bio and profile photo", "Plus your display name"),
            ("Follow lists", "Accounts you follow and your followers"),
        ),
        "directmessages": (("DMs", "Private conversations"), ("Chats", "Messages you've sent and received")),
        "all": (("Your entire TikTok archive", "Everything TikTok holds about your account"),),
    },
    comments=("Your comments", "What you wrote under clips"),
    purpose_heads=("How we'll use it", "The reason", "What you get"),
    purpose_sentences=(
        "We need this to {goal}.",
        "It's used only to {goal}.",
        "This information is processed solely to {goal}, as set out in our Privacy Notice.",
    ),
    ongoing=(
        "Updates come in on a daily schedule while you stay linked.",
        "We'll check for new items every night.",
    ),
    single=("Just once - no ongoing updates.", "A single copy, taken today."),
    footers=(
        "Unlink whenever you like from your profile.",
        "Nothing is ever posted for you.",
        "Questions? Read our Privacy Notice.",
    ),
    proceed=("Take me to TikTok", "Agree & continue", "Open TikTok", "Let's go", "Sounds good"),
    go_back=("Maybe later", "No thanks", "Take me back", "Decline"),
    close_labels=("Dismiss",),
    back_labels=("Return",),
    steps_label=("{n}/{m}",),
    result_titles=("Import started", "Your TikTok is linked", "All done", "TikTok is in"),
    result_bodies=(
        "Linked! {app} is pulling in your TikTok now.",
        "Your TikTok account was linked successfully. We'll ping you when it's ready.",
        "Nice work - TikTok and {app} are now linked.",
    ),
    result_buttons=("Finish", "Open my library", "Got it"),
    imported_heads=("Arriving now",),
    signin_titles=("Hey again", "Log in to {app}"),
    signin_buttons=("Continue", "Enter"),
    feed_titles=("Today", "Discover"),
    feed_cards=(
        ("Fresh picks", "Hand-chosen for your evening"),
        ("Nice streak", "Seven days running"),
        ("Popular now", "Loved by the community"),
        ("Did you know?", "Swipe left to archive"),
    ),
    plan_names=("Basic", "Premium", "Studio"),
    plan_perks=("Unlimited storage", "Early access", "Offline mode", "Family sharing", "No ads"),
    pricing_titles=("Go Premium", "Plans & pricing"),
    settings_rows=("Profile", "Alerts", "Security", "Theme", "Support", "Units"),
    profile_stats=("Saved", "Days active", "Friends"),
    dashboard_titles=("Your space", "Summary"),
    dashboard_widgets=(("Visits", "311"), ("Collections", "9"), ("Last 7 days", "-3%"), ("Tasks", "2 open")),
    nav=("Today", "Search", "Saved", "Me"),
    tt_login_title=("Log in to TikTok", "Log in"),
    tt_login_options=(
        ("Use phone / email / username", "Use QR code", "Continue with Google", "Continue with X"),
        ("Use QR code", "Use phone / email / username", "Continue with Apple"),
    ),
    tt_login_footer=("Don't have an account? Sign up",),
    tt_consent_lead=("{app} wants to access your TikTok account", "Authorize {app} to:"),
    tt_consent_buttons=(("Continue", "Cancel"), ("Authorize", "Cancel")),
    tt_consent_note=(
        "By continuing, you allow this app to use your information in accordance with its "
        "terms of service and privacy policy.",
    ),
    google_lead=("Choose an account to continue to {app}", "{app} wants additional access"),
    google_perms=("View your email address", "Associate you with your personal info on Google"),
    apple_lead=("Sign in to {app} with your Apple Account",),
    lookalike_options=("Use email / username", "Continue with Facebook", "Continue with X"),
    lookalike_title="Sign in to {app}",
    lookalike_footer=("No account?", "Join free"),
    skip_labels=("Not yet", "Do this later"),
    empty_titles=("Empty for now", "No clips yet"),
    segments=("Everything", "Video", "Files"),
    connected_badges=("Linked", "On"),
    or_label="or use",
    per_month=" per month",
    preview_counts="{a} clips and {b} albums",
)

POOLS: dict[str, Pool] = {"dev": DEV, "holdout": HOLDOUT}
