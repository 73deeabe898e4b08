"""Word pools of the webkit corpus: one for `dev`, a disjoint one for `holdout`.

Every string a page shows comes from here (apart from TikTok, service brand names
and numbers). `check_disjoint()` asserts that no phrase of one split appears in the other.
Purpose sentences name no data; data lines name exactly one data set.
"""

from __future__ import annotations

DEV: dict = {
    "apps": [
        "Clipwise",
        "Trendloom",
        "Reelbase",
        "Moodboardly",
        "Statsy",
        "Vaultnest",
        "Loopmetrics",
        "Glintly",
        "Framehaus",
        "Echoarc",
        "Pixelpond",
        "Scrollbook",
        "Tallyho Studio",
        "Brightlog",
        "Kinetica",
    ],
    "taglines": [
        "Analytics for short-form creators",
        "Your content, backed up",
        "Grow with better numbers",
        "The creator's control room",
        "Insights without the spreadsheets",
    ],
    "services": ["YouTube", "Instagram", "Spotify", "Google Drive", "Dropbox", "Twitch", "Pinterest"],
    "nav": ["Dashboard", "Library", "Reports", "Settings", "Integrations"],
    "footer": ["Privacy", "Terms", "Help center", "Status", "Careers"],
    "copyright": "All rights reserved.",
    "cookie": [
        "We use cookies to improve your experience on our site.",
        "Cookies help us keep this site running smoothly.",
    ],
    "cookie_yes": ["Accept all"],
    "cookie_no": ["Reject optional"],
    # connect page
    "connect_h": [
        "Connect your accounts",
        "Integrations",
        "Link a platform",
        "Bring in your content",
        "Add a data source",
    ],
    "connect_sub": [
        "Pick a service to import from. You can disconnect at any time.",
        "Choose the platforms you post on and we'll do the rest.",
        "Connected platforms feed your dashboard automatically.",
    ],
    "connect_btn": ["Connect", "Connect"],
    "connect_tt": ["Connect TikTok", "Connect to TikTok", "Link TikTok account", "Add TikTok"],
    "connected_badge": "Connected",
    "tt_card_desc": ["Creator platform", "Popular with creators", "Takes about a minute"],
    "other_desc": [
        "Video channel",
        "Photos and reels",
        "Listening data",
        "Files and folders",
        "Cloud storage",
        "Live streams",
        "Boards and pins",
    ],
    "hero_h": ["Let's get your first platform connected", "Start by connecting TikTok"],
    # connecting screen
    "cing_h": ["Connecting to TikTok", "We're connecting to TikTok", "Connecting your TikTok account"],
    "cing_intro": [
        "{app} is about to connect to TikTok and request a copy of some of your data.",
        "You'll be sent to TikTok to approve the connection with {app}.",
        "Here's what happens when {app} connects to your TikTok account.",
    ],
    "cing_nodata": ["{app} will request information from your TikTok account."],
    "data_h": ["What we'll receive from TikTok", "Data that will be shared", "We'll ask TikTok for:"],
    "data": {
        "activity": [
            "Your watch history",
            "Videos you've liked",
            "Your search history",
            "Your favourite sounds and hashtags",
            "Videos you've shared with others",
        ],
        "postsandprofile": [
            "Your profile: username, display name, bio and avatar",
            "The videos you've posted",
            "Your followers and following lists",
        ],
        "directmessages": ["Your direct messages", "Chat history with other users"],
    },
    "all_line": [
        "All your TikTok data, your full account archive, including:",
        "Everything in your TikTok account (the complete data archive):",
    ],
    "all_cats": [
        "watch history and likes",
        "profile and posted videos",
        "direct messages",
        "search and login history",
    ],
    "purpose_h": ["Why we need it", "Why we ask"],
    "purpose": [
        "We use this to build your personal insights dashboard so you can see how your content performs.",
        "{app} needs it to create a searchable backup that you own.",
        "This lets us recommend better posting times and topics for you.",
        "We'll turn it into monthly performance reports for your brand deals.",
    ],
    "ongoing": [
        "We sync with TikTok every day, so your dashboard stays current.",
        "After the first import, {app} refreshes this data daily.",
    ],
    "proceed": ["Continue", "Proceed", "Continue to TikTok", "Yes, connect"],
    "back": ["Go back", "Cancel", "Back"],
    "fine": [
        "You can disconnect TikTok from Settings whenever you like.",
        "We never post to TikTok on your behalf.",
    ],
    "stepper": "Step {n} of {m}",
    "steps": ["Account", "Connect", "Authorize", "Done"],
    # result
    "res_h": ["TikTok connected", "You're connected!", "Success! TikTok is linked"],
    "res_body": [
        "We're importing your data now. This can take a few minutes.",
        "Your TikTok account is now connected to {app}. The first import is under way.",
    ],
    "res_btn": ["Go to dashboard", "View my data"],
    "res_stats": ["Videos found", "Items queued", "Last sync"],
    "res_when": "just now",
    "toast": ["TikTok account connected successfully"],
    # other screens
    "dash_h": ["Overview", "Your week at a glance"],
    "dash_hi": ["Welcome back, {user}", "Hi {user}, here's the latest"],
    "dash_stats": ["Views", "Followers gained", "Engagement rate", "Posts this week"],
    "dash_chart": ["Performance, last 30 days"],
    "dash_tasks": ["Draft: spring campaign", "Review weekly report", "Invite a teammate"],
    "signin_h": ["Sign in to {app}"],
    "email": "Email",
    "password": "Password",
    "signin_btn": "Sign in",
    "forgot": "Forgot password?",
    "no_account": "New here? Create an account",
    "pricing_h": ["Plans & pricing"],
    "tiers": ["Starter", "Pro", "Team"],
    "per": "per month",
    "choose": "Choose plan",
    "features": ["Unlimited reports", "Daily backups", "Priority support", "Team seats", "Custom exports"],
    "users": ["Maya", "Jonas", "Priya", "Leo"],
    # TikTok's page, as this split imagines it
    "tt_login_h": "Log in to TikTok",
    "tt_login_opts": [
        "Use QR code",
        "Use phone / email / username",
        "Continue with Google",
        "Continue with Facebook",
    ],
    "tt_login_foot": "Don't have an account? Sign up",
    "tt_consent": "{app} would like to access your TikTok account",
    "tt_perm_h": "This will allow {app} to:",
    "tt_scope": {
        "single": {
            "activity": "Export a copy of your activity data",
            "postsandprofile": "Export a copy of your posts and profile data",
            "directmessages": "Export a copy of your direct message data",
            "all": "Export a copy of your full user data archive",
        },
        "ongoing": {
            "activity": "Export copies of your activity data",
            "postsandprofile": "Export copies of your posts and profile data",
            "directmessages": "Export copies of your direct message data",
            "all": "Export copies of your full user data archive",
        },
    },
    "tt_ok": "Authorize",
    "tt_cancel": "Cancel",
    "tt_legal": "You can manage app access in TikTok settings at any time.",
}

HOLDOUT: dict = {
    "apps": [
        "Memora",
        "Cliphive",
        "Keepsake Cloud",
        "Orbitly",
        "Sparkdeck",
        "Tidewave",
        "Quillmark",
        "Nimbus Reels",
        "Harborly",
        "Fernsync",
        "Lumen Ledger",
        "Copperfox",
        "Wavecraft",
        "Jotterbox",
        "Beacon Archive",
    ],
    "taglines": [
        "Every clip, safely kept",
        "Know what your audience loves",
        "A home for your creative history",
        "Measure it, then make more",
        "Own your archive",
    ],
    "services": ["Vimeo", "Snapchat", "SoundCloud", "OneDrive", "Box", "Reddit", "Flickr"],
    "nav": ["Home", "Archive", "Insights", "Preferences", "Sources"],
    "footer": ["Privacy policy", "Legal", "Support", "Contact us", "Blog"],
    "copyright": "Made with care.",
    "cookie": [
        "This site stores small files to remember your choices.",
        "We rely on a few cookies for analytics and sign-in.",
    ],
    "cookie_yes": ["Got it"],
    "cookie_no": ["Manage choices"],
    "connect_h": [
        "Sources",
        "Choose where to import from",
        "Hook up a service",
        "Connected apps",
        "Where does your content live?",
    ],
    "connect_sub": [
        "Link the places you publish. Unlink whenever you want.",
        "Each source you add shows up in your archive within minutes.",
        "Select a platform below to begin.",
    ],
    "connect_btn": ["Link", "Add"],
    "connect_tt": ["Link TikTok", "Import from TikTok", "Set up TikTok", "Hook up TikTok"],
    "connected_badge": "Linked",
    "tt_card_desc": ["Most requested source", "Link in two taps", "Trending with our users"],
    "other_desc": [
        "Film hosting",
        "Stories and snaps",
        "Audio uploads",
        "Documents",
        "Shared files",
        "Communities",
        "Photo albums",
    ],
    "hero_h": ["First things first: add a source", "Ready when you are: link TikTok"],
    "cing_h": ["Linking your TikTok account", "Now linking with TikTok", "Setting up your TikTok link"],
    "cing_intro": [
        "You're about to link TikTok with {app}. Here is exactly what happens next.",
        "TikTok will open and ask you to approve {app}.",
        "{app} is getting ready to link with TikTok on your behalf.",
    ],
    "cing_nodata": ["Some details from TikTok will be passed to {app}."],
    "data_h": ["What TikTok will send us", "Information included in the transfer", "Included in this link:"],
    "data": {
        "activity": [
            "Everything you've watched, with dates",
            "Your like list",
            "Searches you've made on TikTok",
            "Saved favourites (videos, effects, sounds)",
            "Your login and share history",
        ],
        "postsandprofile": [
            "Profile details (handle, name, bio, profile photo)",
            "Every video you've uploaded, with captions",
            "Who follows you and who you follow",
        ],
        "directmessages": ["Your DM conversations", "Private messages you've sent and received"],
    },
    "all_line": [
        "Your entire TikTok data archive, which covers:",
        "The whole of your TikTok account's data, for example:",
    ],
    "all_cats": [
        "viewing and search activity",
        "uploaded videos and profile info",
        "private chats",
        "favourites and purchases",
    ],
    "purpose_h": ["What it's for", "How we'll use this"],
    "purpose": [
        "It powers the weekly growth report we email you.",
        "With it, {app} keeps a private, offline copy that only you control.",
        "We turn it into a yearly recap you can share with friends.",
        "Our editors' toolkit uses it to suggest what to create next.",
    ],
    "ongoing": [
        "The transfer repeats automatically every 24 hours until you unlink TikTok.",
        "{app} checks TikTok for new items each night and copies them over.",
    ],
    "proceed": ["Next", "Go to TikTok", "Agree and link", "Start linking", "OK, let's go"],
    "back": ["Not now", "Return", "Take me back", "No thanks", "Never mind"],
    "fine": ["Unlink anytime under Account > Sources.", "Nothing is ever published to your TikTok."],
    "stepper": "Stage {n}/{m}",
    "steps": ["Profile", "Source", "Approve", "Finish"],
    "res_h": ["All set! TikTok is now linked", "Your TikTok link is complete", "Done, TikTok is hooked up"],
    "res_body": [
        "Your first transfer has started; we'll email you when it finishes.",
        "{app} and TikTok are linked. New items will appear in your archive shortly.",
    ],
    "res_btn": ["Open my library", "Explore insights"],
    "res_stats": ["Clips detected", "In the queue", "Updated"],
    "res_when": "a moment ago",
    "toast": ["TikTok linked, you're good to go"],
    "dash_h": ["Home", "Today"],
    "dash_hi": ["Good to see you, {user}", "Hey {user}, this is what changed"],
    "dash_stats": ["Reach", "New fans", "Interactions", "Uploads"],
    "dash_chart": ["Audience trend, past four weeks"],
    "dash_tasks": ["Tag last month's clips", "Export a highlight reel", "Update your bio link"],
    "signin_h": ["Welcome to {app}"],
    "email": "Email address",
    "password": "Your password",
    "signin_btn": "Enter",
    "forgot": "Reset my password",
    "no_account": "No account yet? Join free",
    "pricing_h": ["Pick your plan"],
    "tiers": ["Free", "Plus", "Studio"],
    "per": "/mo",
    "choose": "Get started",
    "features": ["Unlimited storage", "Nightly sync", "Shared folders", "Email help", "Raw file downloads"],
    "users": ["Sam", "Aiko", "Tomasz", "Ines"],
    "tt_login_h": "Log into TikTok",
    "tt_login_opts": ["Scan QR code", "Phone, email or username", "Continue with Apple", "Continue with X"],
    "tt_login_foot": "New to TikTok? Create account",
    "tt_consent": "{app} is requesting access to your TikTok account",
    "tt_perm_h": "{app} will be able to:",
    "tt_scope": {
        "single": {
            "activity": "Transfer a copy of your activity data",
            "postsandprofile": "Transfer a copy of your posts and profile data",
            "directmessages": "Transfer a copy of your direct message data",
            "all": "Transfer a copy of your complete data archive",
        },
        "ongoing": {
            "activity": "Transfer copies of your activity data over time",
            "postsandprofile": "Transfer copies of your posts and profile data over time",
            "directmessages": "Transfer copies of your direct message data over time",
            "all": "Transfer copies of your complete data archive over time",
        },
    },
    "tt_ok": "Allow",
    "tt_cancel": "Decline",
    "tt_legal": "Access can be removed from your TikTok privacy settings.",
}

POOLS = {"dev": DEV, "holdout": HOLDOUT}


def _strings(obj) -> set[str]:
    if isinstance(obj, str):
        return {obj}
    if isinstance(obj, dict):
        return set().union(*(_strings(v) for v in obj.values())) if obj else set()
    return set().union(*(_strings(v) for v in obj)) if obj else set()


def check_disjoint() -> None:
    both = _strings(DEV) & _strings(HOLDOUT)
    assert not both, f"dev and holdout share phrases: {sorted(both)}"
