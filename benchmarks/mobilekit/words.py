"""Every word the mobilekit corpus shows, in two disjoint pools: DEV and HOLDOUT.

Nothing here was taken from the checker or from another generator. Purpose and "we sync
again" sentences are written data-neutral on purpose (they never name watch history,
videos, messages, profile...), so that a break that drops or forgets a data set really
leaves that data set unnamed; `plan.py` asserts it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Split = Literal["dev", "holdout"]
DataSet = Literal["activity", "postsandprofile", "directmessages", "all"]


@dataclass(frozen=True)
class App:
    name: str
    kind: str  # language, game, fitness, photo, music, dating, fintech, shopping, creator
    color: str
    accent: str
    tagline: str
    purposes: tuple[str, ...]  # why the app wants TikTok data, never naming the data itself
    feed: tuple[str, ...]  # lines for home feed / dashboard cards


@dataclass(frozen=True)
class Pool:
    apps: tuple[App, ...]
    people: tuple[str, ...]
    handles: tuple[str, ...]
    # connect page
    connect_titles: tuple[str, ...]
    connect_ctas: tuple[str, ...]
    connect_blurbs: tuple[str, ...]
    other_services: tuple[str, ...]
    settings_titles: tuple[str, ...]
    onboarding_steps: tuple[str, ...]
    # connecting screen
    connecting_titles: tuple[str, ...]
    connecting_leads: tuple[str, ...]
    data_intros: tuple[str, ...]
    nolist_leads: tuple[str, ...]  # what a screen without a data list says instead
    why_heads: tuple[str, ...]
    proceed: tuple[str, ...]
    go_back: tuple[str, ...]
    ongoing: tuple[str, ...]
    single: tuple[str, ...]
    fine_print: tuple[str, ...]
    items: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # result screen
    result_titles: tuple[str, ...] = ()
    result_bodies: tuple[str, ...] = ()
    result_ctas: tuple[str, ...] = ()
    toasts: tuple[str, ...] = ()
    # extras
    signin_titles: tuple[str, ...] = ()
    paywall_titles: tuple[str, ...] = ()
    paywall_perks: tuple[str, ...] = ()
    notif_asks: tuple[str, ...] = ()
    banners: tuple[str, ...] = ()
    tabs: tuple[tuple[str, ...], ...] = ()
    onboarding: tuple[tuple[str, str], ...] = ()


DEV = Pool(
    apps=(
        App(
            "Lingolo",
            "language",
            "#58cc02",
            "#ffc800",
            "Five minutes a day. Fluent by summer.",
            (
                "We pick lessons around the topics you already enjoy, so practice never turns into homework.",
                "Your daily drills get built around creators and themes you love.",
            ),
            ("Daily streak: 12 days", "Spanish · Unit 4", "Lesson: At the market"),
        ),
        App(
            "PixelPals",
            "game",
            "#7c3aed",
            "#f472b6",
            "Raise tiny monsters with your friends.",
            (
                "Your pals get outfits and quests inspired by what you're into.",
                "We use it to unlock themed quests made just for you.",
            ),
            ("Energy 48/50", "Quest: Find the lost sock", "Pal level 7"),
        ),
        App(
            "StrideUp",
            "fitness",
            "#ff5a1f",
            "#111827",
            "Your runs, your rules.",
            (
                "So we can suggest workouts and playlists that match your vibe.",
                "It helps your coach tailor weekly plans to your style.",
            ),
            ("This week: 14.2 km", "Next: Tempo run 5 km", "Recovery score 82"),
        ),
        App(
            "Snapgrid",
            "photo",
            "#0ea5e9",
            "#f59e0b",
            "Every moment, beautifully kept.",
            (
                "We bring everything together in one private gallery and make yearly recap reels for you.",
                "So you can keep a private backup and build recaps whenever you want.",
            ),
            ("Memories from 2 years ago", "Album: Summer roadtrip", "412 items backed up"),
        ),
        App(
            "Tunebloom",
            "music",
            "#1db954",
            "#191414",
            "Music that grows with you.",
            (
                "We turn the sounds you vibe with into mixes you can take anywhere.",
                "Your mixes get smarter, picked from what you already enjoy.",
            ),
            ("Made for you: Morning Mix", "New from artists you follow", "Recently played"),
        ),
        App(
            "Kindred",
            "dating",
            "#e11d48",
            "#fda4af",
            "Meet people who get you.",
            (
                "We show interests you have in common so better matches find you.",
                "It helps us suggest matches with a similar sense of humour.",
            ),
            ("3 new likes", "Sam is 2 km away", "Daily picks refresh at 8pm"),
        ),
        App(
            "Pennywise Cash",
            "fintech",
            "#0f766e",
            "#a7f3d0",
            "Budgeting without the spreadsheet.",
            (
                "To verify creator income and include it in your monthly budget.",
                "So we can estimate your creator earnings and plan savings goals around them.",
            ),
            ("Balance $1,204.50", "Spent this week $86.20", "Savings goal 64%"),
        ),
        App(
            "Cartly",
            "shopping",
            "#f97316",
            "#1e3a8a",
            "Finds you'll actually want.",
            (
                "We match deals and looks to the styles you already love.",
                "So your wishlist fills up with picks that fit your taste.",
            ),
            ("Flash sale ends in 2h", "Back in stock: Canvas tote", "Free shipping over $35"),
        ),
        App(
            "ClipForge",
            "creator",
            "#111827",
            "#22d3ee",
            "Edit once, post everywhere.",
            (
                "So we can show your growth and the best times to publish in one dashboard.",
                "We analyse your channel to suggest what to make next.",
            ),
            ("Drafts: 4", "Best time to post: 7pm", "Templates you'll like"),
        ),
    ),
    people=("Maya", "Jonas", "Priya", "Leo", "Ama", "Tomás"),
    handles=("@maya.moves", "@jonas_bakes", "@priyacodes", "@leo.on.wheels", "@ama.sings"),
    connect_titles=("Connected apps", "Link your accounts", "Bring your world in", "Connections"),
    connect_ctas=("Connect TikTok", "Link your TikTok", "Connect with TikTok"),
    connect_blurbs=(
        "Pull in your TikTok and get a feed that already knows you.",
        "Link TikTok to personalise {app} in seconds.",
        "Already on TikTok? Link it and skip the setup.",
    ),
    other_services=("Instagram", "YouTube", "Spotify", "Strava", "Google Fit", "Pinterest"),
    settings_titles=("Settings", "Account & privacy", "Integrations"),
    onboarding_steps=("Make it yours", "Almost there", "One more thing"),
    connecting_titles=("Connecting to TikTok", "Let's connect your TikTok", "Connecting {app} to TikTok"),
    connecting_leads=(
        "{app} is connecting to your TikTok account. Here's what happens next.",
        "You'll hop over to TikTok to approve this connection.",
        "We're about to connect {app} to TikTok. Take a quick look first.",
    ),
    data_intros=("What we'll get from TikTok", "Data we'll receive", "Here's what comes over"),
    nolist_leads=(
        "Tap below and we'll take care of the rest.",
        "It only takes a moment and you can disconnect later.",
    ),
    why_heads=("Why we ask", "Why does {app} need this?", "What it's for"),
    proceed=("Continue", "Connect now", "Sounds good", "Allow access", "Next", "Let's go"),
    go_back=("Not now", "Cancel", "Go back", "Maybe later"),
    ongoing=(
        "Once connected, {app} refreshes this every day until you disconnect.",
        "We'll keep syncing new updates daily, and you can stop anytime in Settings.",
    ),
    single=("This is a one-time copy.", "We only ask once; nothing updates later."),
    fine_print=(
        "You can disconnect TikTok anytime in Settings. See our Privacy Policy.",
        "By continuing you agree to our Terms. We never publish anything without asking.",
    ),
    items={
        "activity": (
            ("Watch history", "videos you've watched"),
            ("Liked videos", "everything you've hearted"),
            ("Favourites", "saved sounds, effects and videos"),
            ("Search history", "what you looked up"),
            ("Share history", "videos you've shared"),
        ),
        "comments": (("Comments", "comments you've left"),),
        "postsandprofile": (
            ("Profile info", "name, username, bio and photo"),
            ("Your videos", "everything you've posted"),
            ("Followers & following", "your follower and following lists"),
        ),
        "directmessages": (("Direct messages", "your DM conversations"),),
        "all": (("All your TikTok data", "your full data archive: activity, posts, profile and messages"),),
    },
    result_titles=("You're connected!", "All synced", "TikTok connected", "Nice, you're linked!"),
    result_bodies=(
        "Your TikTok account is now connected to {app}.",
        "We've connected your TikTok. Your stuff will appear here shortly.",
        "TikTok is linked. Enjoy your personalised {app}.",
    ),
    result_ctas=("Done", "Go to home", "Start exploring", "Awesome"),
    toasts=("TikTok connected successfully", "Connected to TikTok"),
    signin_titles=("Welcome back", "Sign in to {app}", "Log in"),
    paywall_titles=("Go Premium", "Unlock everything", "Try Plus free"),
    paywall_perks=("No ads, ever", "Unlimited hearts", "Offline mode", "Priority support"),
    notif_asks=(
        '"{app}" Would Like to Send You Notifications',
        "Allow {app} to send you notifications?",
    ),
    banners=("Mia reacted to your post", "Your order has shipped", "Reminder: practice time!"),
    tabs=(("Home", "Explore", "Activity", "Me"), ("Today", "Plans", "Stats", "Profile")),
    onboarding=(
        ("Learn by playing", "Short bursts that fit your day."),
        ("Track your streak", "Little wins add up."),
        ("Friends make it fun", "Challenge your crew each week."),
    ),
)


HOLDOUT = Pool(
    apps=(
        App(
            "Wordwise",
            "language",
            "#2563eb",
            "#facc15",
            "Speak it like you mean it.",
            (
                "Your practice sets are shaped by the subjects you care about.",
                "So conversation drills reflect your interests, not a textbook.",
            ),
            ("Level B1 · French", "Today's goal 20 XP", "Story: A day in Lyon"),
        ),
        App(
            "Dungeon Dash",
            "game",
            "#b91c1c",
            "#fbbf24",
            "Tap. Dodge. Loot. Repeat.",
            (
                "We reward you with skins themed on what you enjoy.",
                "It lets us design seasonal events around your taste.",
            ),
            ("Gold 12,480", "Season 3 · Tier 14", "Daily chest ready"),
        ),
        App(
            "Pulse Yoga",
            "fitness",
            "#9333ea",
            "#fde68a",
            "Breathe, stretch, glow.",
            (
                "Flows and music are picked to suit your mood and rhythm.",
                "We tune your weekly flow plan to what keeps you motivated.",
            ),
            ("Day 9 of 30", "Evening unwind · 15 min", "Mindful minutes 210"),
        ),
        App(
            "Framely",
            "photo",
            "#db2777",
            "#22c55e",
            "Your camera roll, curated.",
            (
                "Keep a safe copy and let us design highlight albums for you.",
                "We build monthly highlight books you can print.",
            ),
            ("Highlights: March", "Print shop -20%", "Shared album · Family"),
        ),
        App(
            "Loopcast",
            "music",
            "#f43f5e",
            "#0f172a",
            "Every vibe, on repeat.",
            (
                "So your radio stations start with sounds you already love.",
                "We surface new artists that fit your taste.",
            ),
            ("Station: Late night", "Top of your week", "Fresh finds"),
        ),
        App(
            "Sparkmatch",
            "dating",
            "#f97316",
            "#fef3c7",
            "Chemistry starts here.",
            (
                "Passions you have in common appear on your card so conversations start easy.",
                "We suggest people with a similar vibe.",
            ),
            ("You have 5 new matches", "Alex sent a wave", "Boost ends in 12 min"),
        ),
        App(
            "Nestegg",
            "fintech",
            "#1e40af",
            "#93c5fd",
            "Money, minus the stress.",
            (
                "To confirm your creator earnings when you apply for credit.",
                "We factor creator income into your forecasts.",
            ),
            ("Net worth $8,930", "Bills due this week: 2", "Round-ups saved $41"),
        ),
        App(
            "Haulhub",
            "shopping",
            "#059669",
            "#fcd34d",
            "Hauls worth sharing.",
            (
                "We curate drops based on the looks you already love.",
                "So price alerts cover what fits your style.",
            ),
            ("Your picks are on sale", "Order #4412 arrives Fri", "Rewards: 320 pts"),
        ),
        App(
            "Reelsmith",
            "creator",
            "#4f46e5",
            "#f0abfc",
            "Studio tools in your pocket.",
            (
                "We chart your reach and suggest hooks that work for you.",
                "It powers your growth report and weekly ideas.",
            ),
            ("Scheduled: 3 posts", "Trending audio this week", "Brand deals inbox"),
        ),
    ),
    people=("Noor", "Felix", "Hana", "Diego", "Zara", "Ollie"),
    handles=("@noor.paints", "@felixfixes", "@hana_hikes", "@diego.dj", "@zara.zen"),
    connect_titles=("Sources", "Your linked accounts", "Add a platform", "Import your content"),
    connect_ctas=("Connect to TikTok", "Add TikTok", "Sync with TikTok"),
    connect_blurbs=(
        "Use your TikTok to get started faster.",
        "Connect TikTok and {app} sets itself up around you.",
        "Got TikTok? Bring it over in a few taps.",
    ),
    other_services=("Facebook", "Snapchat", "SoundCloud", "Fitbit", "Twitch", "X"),
    settings_titles=("Preferences", "Linked services", "Privacy & data"),
    onboarding_steps=("Personalise", "Final step", "Let's set you up"),
    connecting_titles=("Linking with TikTok", "You're about to connect TikTok", "Connect TikTok to {app}"),
    connecting_leads=(
        "{app} will now connect to TikTok. Next, TikTok asks you to confirm.",
        "We'll send you to TikTok to log in and approve.",
        "Before we connect to TikTok, here's the deal.",
    ),
    data_intros=("We'll receive", "What TikTok will share with {app}", "Coming over to {app}"),
    nolist_leads=(
        "Confirm to continue to TikTok.",
        "Nothing is published for you, ever.",
    ),
    why_heads=("Why we need it", "How we use this", "The reason"),
    proceed=("Proceed", "Allow", "Yes, connect", "Continue to TikTok", "Sounds great", "Go on"),
    go_back=("Back", "Skip", "No thanks", "Not right now"),
    ongoing=(
        "Updates arrive automatically each night while you stay linked.",
        "This keeps refreshing on a regular schedule until you unlink.",
    ),
    single=("We request this once.", "Just one copy, one time."),
    fine_print=(
        "Unlink whenever you want from Preferences. Read how we handle data.",
        "Continuing means you accept the {app} Terms and Privacy Notice.",
    ),
    items={
        "activity": (
            ("Videos you've watched", "your viewing history"),
            ("Your likes", "videos you liked"),
            ("Saved favourites", "sounds, effects and hashtags you saved"),
            ("Things you searched for", "your search history"),
            ("Videos you shared", "share history"),
        ),
        "comments": (("Your comments", "what you wrote under videos"),),
        "postsandprofile": (
            ("Username and profile picture", "plus display name and bio"),
            ("Videos you've posted", "your public and private posts"),
            ("Who you follow", "and who follows you"),
        ),
        "directmessages": (("Chat history", "your direct message conversations"),),
        "all": (("All data from your TikTok account", "your complete data archive, every category"),),
    },
    result_titles=("Welcome aboard", "Success! TikTok is linked", "Import in progress", "Linked up"),
    result_bodies=(
        "{app} is now connected to your TikTok account.",
        "Your TikTok connection is ready. We're bringing your things over now.",
        "TikTok linked successfully. Give us a minute to finish importing.",
    ),
    result_ctas=("Got it", "Take me in", "Continue", "Let's go"),
    toasts=("TikTok linked", "Connection to TikTok successful"),
    signin_titles=("Hey, good to see you", "Log in to {app}", "Sign in"),
    paywall_titles=("Upgrade to Pro", "Get the full experience", "7 days free"),
    paywall_perks=("Ad-free", "Unlimited saves", "Exclusive content", "Cancel anytime"),
    notif_asks=(
        "Allow {app} to send notifications?",
        '"{app}" Would Like to Send You Notifications',
    ),
    banners=("Noah sent you a message", "Your package is out for delivery", "Don't lose your streak"),
    tabs=(("Home", "Discover", "Inbox", "Account"), ("Feed", "Search", "Saved", "You")),
    onboarding=(
        ("Play your way", "Pick what you like and go."),
        ("Grow every day", "Tiny steps, big progress."),
        ("Join the crew", "Friends keep you going."),
    ),
)

POOLS: dict[Split, Pool] = {"dev": DEV, "holdout": HOLDOUT}

# Words that would name a data set; purposes, leads and sync sentences must avoid them.
DATA_WORDS = (
    "video",
    "like",
    "watch",
    "history",
    "profile",
    "follow",
    "message",
    "chat",
    "comment",
    "search",
    "share",
    "activity",
    "favourite",
    "post",
    "all your",
    "archive",
    "dm",
)
