"""Every word the helpdocs corpus puts on a screen, in two disjoint pools: DEV and HOLDOUT.

Written from the guidelines, the spec's scope table and the real screenshots in
/work/shared/realworld, never from the checker or other generators. App names, sentences and
button labels differ between the pools so the holdout measures generalisation, not recall.
TikTok's own consent lines are TikTok's (the spec's table) and so are the same in both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Split = Literal["dev", "holdout"]
DataSet = Literal["activity", "postsandprofile", "directmessages", "all"]


@dataclass(frozen=True)
class App:
    name: str
    domain: str
    color: str
    accent: str
    kind: str  # picks the purpose sentences: analytics, archive, crm, research, planner, wellbeing


@dataclass(frozen=True)
class Pool:
    apps: tuple[App, ...]
    people: tuple[tuple[str, str], ...]  # (name, email)
    handles: tuple[str, ...]
    services: tuple[str, ...]  # other services on an integrations page
    connect_titles: tuple[str, ...]
    connect_subs: tuple[str, ...]
    connect_cta: tuple[str, ...]  # the TikTok card's button
    other_cta: tuple[str, ...]  # other cards' buttons
    list_titles: tuple[str, ...]  # settings "Connected accounts" section
    empty_titles: tuple[str, ...]
    empty_bodies: tuple[str, ...]
    empty_cta: tuple[str, ...]  # "{tt}" is TikTok
    empty_alt: tuple[str, ...]  # non-TikTok buttons of an empty state
    banner_texts: tuple[str, ...]
    banner_cta: tuple[str, ...]
    connecting_titles: tuple[str, ...]  # "{app}" may appear
    connecting_leads: tuple[str, ...]  # says the app is connecting / handing over to TikTok
    data_intros: tuple[str, ...]
    data: dict[str, tuple[str, ...]]  # data set -> item phrases
    comment_items: tuple[str, ...]  # activity extras (only beside other activity items)
    purpose_heads: tuple[str, ...]
    purposes: dict[str, tuple[str, ...]]  # app kind -> sentences naming no data
    reason_cells: tuple[str, ...]  # table "why" column, naming no data
    ongoing: tuple[str, ...]
    single: tuple[str, ...]
    fine_print: tuple[str, ...]
    proceed: tuple[str, ...]
    go_back: tuple[str, ...]
    steps_bar: tuple[tuple[str, str, str], ...]
    result_titles: tuple[str, ...]
    result_bodies: tuple[str, ...]
    result_cta: tuple[str, ...]
    result_pills: tuple[str, ...]
    stats: tuple[str, ...]
    nav: tuple[str, ...]
    dash_titles: tuple[str, ...]
    dash_cards: tuple[str, ...]
    signin_titles: tuple[str, ...]
    pricing_titles: tuple[str, ...]
    plans: tuple[tuple[str, str, str], ...]
    settings_titles: tuple[str, ...]
    captions: dict[str, tuple[str, ...]]  # step kind -> caption (no step-defining words)
    slide_titles: dict[str, tuple[str, ...]]
    tt_login_titles: tuple[str, ...]
    tt_login_options: tuple[str, ...]
    tt_consent_leads: tuple[str, ...]  # "{app}"
    tt_consent_heads: tuple[str, ...]
    tt_authorize: tuple[str, ...]
    tt_cancel: tuple[str, ...]
    lookalike_titles: tuple[str, ...]
    login_cta: str


# TikTok's consent line for each scope, from the spec's table (TikTok's wording, both pools).
TT_SCOPE_LINES = {
    "activity.single": "Export a copy of your activity data",
    "activity.ongoing": "Export copies of your activity data",
    "postsandprofile.single": "Export a copy of your posts and profile data",
    "postsandprofile.ongoing": "Export copies of your posts and profile data",
    "directmessages.single": "Export a copy of your direct message data",
    "directmessages.ongoing": "Export copies of your direct message data",
    "all.single": "Export a copy of your full user data archive",
    "all.ongoing": "Export copies of your full user data archive",
}

DEV = Pool(
    apps=(
        App("Clipvault", "clipvault.io", "#4f46e5", "#eef2ff", "archive"),
        App("Trendly", "trendly.app", "#0f766e", "#ccfbf1", "analytics"),
        App("Fanbase CRM", "fanbasecrm.com", "#b45309", "#fef3c7", "crm"),
        App("Mosaic Research", "mosaic-research.org", "#1d4ed8", "#dbeafe", "research"),
        App("Postwise", "postwise.co", "#be123c", "#ffe4e6", "planner"),
        App("Calmscroll", "calmscroll.app", "#15803d", "#dcfce7", "wellbeing"),
        App("Reelmetrics", "reelmetrics.io", "#7c3aed", "#ede9fe", "analytics"),
        App("Keepsake", "keepsake.photos", "#c2410c", "#ffedd5", "archive"),
    ),
    people=(
        ("Dana Whitfield", "dana.whitfield@gmail.com"),
        ("Marco Benetti", "marco@benetti.studio"),
        ("Priya Raman", "priya.r@outlook.com"),
        ("Tom Okafor", "tom.okafor@hey.com"),
    ),
    handles=("@danacooks", "@marco.films", "@priyadraws", "@tomtalkstech"),
    services=("YouTube", "Instagram", "Spotify", "Google Drive", "Dropbox", "Twitch", "Pinterest", "Notion"),
    connect_titles=("Integrations", "Data sources", "Connect your accounts", "Apps & integrations"),
    connect_subs=(
        "Pull in content from the platforms you already use.",
        "Choose a source to start importing.",
        "Connect a service to see it in your workspace.",
    ),
    connect_cta=("Connect", "Connect TikTok", "Add source", "Link"),
    other_cta=("Connect", "Add", "Set up"),
    list_titles=("Connected accounts", "Linked services"),
    empty_titles=("No sources yet", "Nothing here yet"),
    empty_bodies=(
        "Connect a platform to get your first report in a few minutes.",
        "Your library is empty. Add a source to get started.",
    ),
    empty_cta=("Connect {tt}", "Add {tt} account"),
    empty_alt=("Upload a file", "Connect Instagram", "Import CSV"),
    banner_texts=(
        "New: bring your TikTok history into {app}.",
        "Link TikTok to see all your clips in one place.",
    ),
    banner_cta=("Connect TikTok", "Try it"),
    connecting_titles=("Connecting to TikTok", "Connect {app} to TikTok", "Link your TikTok account"),
    connecting_leads=(
        "{app} is connecting to TikTok. You'll be sent to TikTok to log in and approve the transfer.",
        "Next, we'll open TikTok so you can sign in and confirm.",
        "We're about to connect to your TikTok account through TikTok's secure login.",
    ),
    data_intros=("What we'll receive:", "Data shared with {app}", "We'll import:"),
    data={
        "activity": ("Watch history", "Videos you've liked", "Search history", "Favourite sounds"),
        "postsandprofile": (
            "Your videos and captions",
            "Profile info (username, bio, avatar)",
            "Followers and following lists",
        ),
        "directmessages": ("Direct messages", "Your chat history"),
        "all": ("All your TikTok data", "Your full TikTok data archive"),
    },
    comment_items=("Comments you've posted",),
    purpose_heads=("Why we need this", "Why?", "How we use it"),
    purposes={
        "archive": (
            "We keep a private, searchable backup so nothing is lost if you delete the app.",
            "Your archive stays private and you can download it at any time.",
        ),
        "analytics": (
            "We use it to build your weekly performance report.",
            "This powers the charts on your dashboard so you can see what works.",
        ),
        "crm": (
            "We use it to help you find and thank your most engaged fans.",
            "This lets us group your audience so you can reply faster.",
        ),
        "research": (
            "It is used only for the study you agreed to, and deleted after 12 months.",
            "Researchers see anonymised results, never your name.",
        ),
        "planner": (
            "We use it to suggest the best times to post.",
            "This helps us plan your content calendar around what your audience enjoys.",
        ),
        "wellbeing": (
            "We use it to show how much time you spend and help you set limits.",
            "This lets us give you a gentle weekly summary of your habits.",
        ),
    },
    reason_cells=("Builds your report", "Shown in your library", "Used for insights", "Kept as a backup"),
    ongoing=(
        "We sync every day while your account is connected.",
        "New data is imported automatically every 24 hours.",
    ),
    single=("This is a one-time import.", "We import once; nothing runs in the background."),
    fine_print=(
        "You can disconnect at any time in Settings.",
        "By continuing you agree to our Privacy Policy.",
    ),
    proceed=("Continue", "Connect account", "Go to TikTok", "Next"),
    go_back=("Cancel", "Back", "Not now"),
    steps_bar=(("Choose", "Review", "Authorize"), ("Source", "Details", "Sign in")),
    result_titles=("TikTok connected", "You're all set!", "TikTok account linked", "Import complete"),
    result_bodies=(
        "{handle} is now connected to {app}.",
        "We're importing your data. This can take a few minutes.",
        "Your first sync has started.",
    ),
    result_cta=("Go to dashboard", "View library", "Done"),
    result_pills=("Connected", "Syncing", "Active"),
    stats=("1,284 videos", "36.2k likes", "212 posts", "8 playlists"),
    nav=("Home", "Library", "Reports", "Integrations", "Settings"),
    dash_titles=("Overview", "Your workspace", "Dashboard"),
    dash_cards=("Views this week", "Top clips", "Engagement rate", "Audience growth"),
    signin_titles=("Sign in to {app}", "Welcome back"),
    pricing_titles=("Pick a plan", "Simple pricing"),
    plans=(("Free", "$0", "1 source"), ("Creator", "$9/mo", "5 sources"), ("Studio", "$29/mo", "Unlimited")),
    settings_titles=("Account settings", "Profile"),
    captions={
        "connect": ("Open Integrations", "Find it in the list", "Start here"),
        "connecting": ("Read the details", "Review the screen", "Check what's shared"),
        "authorize": ("Log in on TikTok", "TikTok's page opens", "Approve on TikTok"),
        "result": ("Finished", "That's it"),
        "other": ("Your dashboard", "Sign in first", "Plans", "Settings page"),
    },
    slide_titles={
        "connect": ("Screen {n} - Connect", "Screen {n} - Integrations"),
        "connecting": ("Screen {n} - Permissions", "Screen {n} - Data disclosure"),
        "authorize": ("Screen {n} - TikTok", "Screen {n} - On TikTok"),
        "result": ("Screen {n} - Confirmation", "Screen {n} - Finish"),
        "other": ("Screen {n} - Home", "Screen {n} - App"),
    },
    tt_login_titles=("Log in to TikTok",),
    tt_login_options=(
        "Use QR code",
        "Use phone / email / username",
        "Continue with Facebook",
        "Continue with Google",
        "Continue with Apple",
    ),
    tt_consent_leads=("{app} would like to access your TikTok account",),
    tt_consent_heads=("This will allow {app} to:",),
    tt_authorize=("Authorize",),
    tt_cancel=("Cancel",),
    lookalike_titles=("Log in to {app}",),
    login_cta="Log in",
)

HOLDOUT = Pool(
    apps=(
        App("Loopkeeper", "loopkeeper.net", "#0e7490", "#cffafe", "archive"),
        App("Statcraft", "statcraft.io", "#9333ea", "#f3e8ff", "analytics"),
        App("Audienceloop", "audienceloop.com", "#dc2626", "#fee2e2", "crm"),
        App("OpenLens Lab", "openlens.ac.uk", "#2563eb", "#e0f2fe", "research"),
        App("Cadence Social", "cadence.social", "#ea580c", "#fff7ed", "planner"),
        App("Unwind", "unwind.health", "#16a34a", "#f0fdf4", "wellbeing"),
        App("Framehouse", "framehouse.co", "#334155", "#e2e8f0", "archive"),
        App("Hooklytics", "hooklytics.com", "#db2777", "#fce7f3", "analytics"),
    ),
    people=(
        ("Ines Carvalho", "ines.carvalho@proton.me"),
        ("Jonah Reyes", "jreyes@icloud.com"),
        ("Aiko Tanaka", "aiko.t@fastmail.com"),
        ("Lena Brandt", "lena@brandt-media.de"),
    ),
    handles=("@ines.bakes", "@jonahonfilm", "@aikoplays", "@lenabrandt"),
    services=("X", "Facebook", "LinkedIn", "Snapchat", "Vimeo", "Google Photos", "OneDrive", "Threads"),
    connect_titles=("Sources", "Add an account", "Connections", "Bring your content"),
    connect_subs=(
        "Select the account you want to import from.",
        "All your channels, side by side.",
        "Pick a platform. You can add more later.",
    ),
    connect_cta=("Connect account", "Link TikTok", "Select", "+ Add"),
    other_cta=("Link", "Select", "Enable"),
    list_titles=("Your connections", "Accounts"),
    empty_titles=("Let's add your first account", "No connections"),
    empty_bodies=(
        "Link an account and we'll put your content here.",
        "Once you add an account, your stats show up on this page.",
    ),
    empty_cta=("Link {tt}", "Add {tt}"),
    empty_alt=("Add from file", "Link Facebook", "Paste a link"),
    banner_texts=(
        "You can now import from TikTok.",
        "Add TikTok to {app} and keep everything together.",
    ),
    banner_cta=("Add TikTok", "Set it up"),
    connecting_titles=("Connect with TikTok", "You're connecting TikTok", "Before we connect to TikTok"),
    connecting_leads=(
        "We'll send you to TikTok, where you log in and choose to share your data with {app}.",
        "{app} is about to connect to TikTok. TikTok will ask you to confirm.",
        "Connecting to TikTok takes a minute. Here is what happens.",
    ),
    data_intros=("{app} will get:", "Here's what gets shared:", "Data we'll request"),
    data={
        "activity": ("Videos you watched", "Your likes", "Things you searched for", "Favourites"),
        "postsandprofile": (
            "Videos you posted",
            "Your profile (name, bio, photo)",
            "Who you follow and who follows you",
        ),
        "directmessages": ("Your DMs", "Message conversations"),
        "all": ("Everything in your TikTok account", "A full copy of your TikTok data"),
    },
    comment_items=("Your comments",),
    purpose_heads=("What it's for", "Why we ask", "Reason"),
    purposes={
        "archive": (
            "So you have a copy that doesn't depend on any one platform.",
            "We store it encrypted so you can browse it later.",
        ),
        "analytics": (
            "It lets us show which hooks keep people watching.",
            "We turn it into trends and benchmarks for your channel.",
        ),
        "crm": (
            "It helps you spot your regulars and reply to them first.",
            "We use it to score fan engagement for your team.",
        ),
        "research": (
            "It goes into an academic study; results are published in aggregate only.",
            "Only the research team can see it, and it is deleted when the study ends.",
        ),
        "planner": (
            "It lets us recommend topics that fit your audience.",
            "We use it to fill your posting schedule with ideas.",
        ),
        "wellbeing": (
            "It helps you understand your scrolling habits.",
            "We use it to suggest screen-time goals that fit you.",
        ),
    },
    reason_cells=("For your stats", "Backup copy", "Topic ideas", "Shown to you only"),
    ongoing=(
        "The transfer repeats daily until you disconnect.",
        "We'll keep fetching new data every day.",
    ),
    single=("We fetch it once.", "One-off transfer."),
    fine_print=(
        "Manage or remove this connection from your account page.",
        "See our privacy notice for details.",
    ),
    proceed=("Proceed", "Continue to TikTok", "Allow and continue", "Link TikTok account"),
    go_back=("Go back", "Return to settings", "Maybe later", "Cancel setup"),
    steps_bar=(("Pick", "Confirm", "TikTok"), ("Account", "Permissions", "Log in")),
    result_titles=("Connection successful", "TikTok is linked", "Sync started", "Success! TikTok added"),
    result_bodies=(
        "{app} can now read data from {handle}.",
        "Your content will appear here shortly.",
        "First transfer queued.",
    ),
    result_cta=("Open my stats", "Back to sources", "Close"),
    result_pills=("Linked", "Importing", "Live"),
    stats=("942 videos", "18.9k likes", "57 posts", "3 drafts"),
    nav=("Overview", "Content", "Insights", "Sources", "Account"),
    dash_titles=("Home", "Channel overview", "Insights"),
    dash_cards=("Watch time", "Best performers", "New followers", "Avg. completion"),
    signin_titles=("Log in to {app}", "Sign in"),
    pricing_titles=("Plans", "Choose your plan"),
    plans=(("Starter", "€0", "1 account"), ("Pro", "€12/mo", "10 accounts"), ("Team", "€39/mo", "Unlimited")),
    settings_titles=("Settings", "My account"),
    captions={
        "connect": ("Go to Sources", "Pick the platform", "From the menu"),
        "connecting": ("Read carefully", "Look over the details", "The info screen"),
        "authorize": ("TikTok login", "On tiktok.com", "Confirm with TikTok"),
        "result": ("Back in the app", "All finished"),
        "other": ("Home screen", "Log in", "Pricing", "Account page"),
    },
    slide_titles={
        "connect": ("Screen {n} - Sources", "Screen {n} - Start"),
        "connecting": ("Screen {n} - Review", "Screen {n} - What we share"),
        "authorize": ("Screen {n} - TikTok authorization", "Screen {n} - tiktok.com"),
        "result": ("Screen {n} - Success", "Screen {n} - Done"),
        "other": ("Screen {n} - Main", "Screen {n} - Extra"),
    },
    tt_login_titles=("Log in to TikTok",),
    tt_login_options=(
        "Use QR code",
        "Use phone / email / username",
        "Continue with Google",
        "Continue with X",
        "Continue with LINE",
    ),
    tt_consent_leads=("{app} is requesting access to your TikTok account",),
    tt_consent_heads=("{app} will be able to:",),
    tt_authorize=("Authorize", "Continue"),
    tt_cancel=("Cancel",),
    lookalike_titles=("Log in to {app}",),
    login_cta="Sign in",
)

POOLS: dict[str, Pool] = {"dev": DEV, "holdout": HOLDOUT}


def _check_disjoint() -> None:
    """Fail fast if a label meant to be split leaks into both pools."""
    for f in ("apps", "proceed", "go_back", "connecting_titles", "result_titles", "connect_cta"):
        a, b = set(getattr(DEV, f)), set(getattr(HOLDOUT, f))
        assert not a & b, (f, a & b)


_check_disjoint()
