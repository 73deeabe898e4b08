"""All wording of the webflows corpus, in two disjoint pools: DEV and HOLDOUT.

Written from the guidelines, the spec's data-set descriptions and the look of real shipped
products, without reading the checker or any other generator's phrases. The holdout pool has
its own app names, sentences and, where plausible, button labels; it lives only here.

Placeholders: {app} the product's name, {first} the user's first name, {handle} a TikTok
handle, {n} / {m} numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Split = Literal["dev", "holdout"]
DataSet = Literal["activity", "postsandprofile", "directmessages", "all"]


@dataclass(frozen=True)
class App:
    name: str
    domain: str
    color: str
    kind: str  # what the product does, for tags and for the dashboards' widgets


@dataclass(frozen=True)
class Service:
    name: str
    letter: str
    color: str
    blurb: str


@dataclass
class Pool:
    apps: list[App]
    people: list[str]
    handles: list[str]
    services: list[Service]
    tiktok_blurb: list[str]
    categories: list[str]
    nav: list[str]  # sidebar items; never a data word, since nav shows on connecting screens too
    search: list[str]
    bookmarks: list[str]
    tabs: list[str]
    # connect page
    connect_titles: list[str]
    connect_subs: list[str]
    connect_cta: list[str]
    other_cta: list[str]
    connected_chip: list[str]
    onboarding_titles: list[str]
    onboarding_subs: list[str]
    onboarding_cta: list[str]
    skip: list[str]
    step_of: list[str]
    settings_titles: list[str]
    settings_subs: list[str]
    not_connected: list[str]
    empty_titles: list[str]
    empty_subs: list[str]
    # connecting screen
    connecting_titles: list[str]
    connecting_intros: list[str]
    data_heads: list[str]
    items: dict[str, list[tuple[str, str]]]
    purpose_heads: list[str]
    purposes: dict[str, list[str]]  # per data set; "generic" names no data at all
    ongoing: list[str]
    single: list[str]
    redirect: list[str]
    fine_print: list[str]
    table_heads: list[tuple[str, str]]
    proceed: list[str]
    go_back: list[str]
    # result
    result_titles: list[str]
    result_subs: list[str]
    result_cta: list[str]
    toasts: list[str]
    badges: list[str]
    counts: dict[str, list[str]]
    syncing: list[str]
    # dashboards and extras
    greet: list[str]
    widgets: list[str]
    dash_subs: list[str]
    login_titles: list[str]
    login_subs: list[str]
    login_labels: list[str]  # email label, password label, submit, forgot, social button, footer
    pricing: list[str]  # title, sub, plan names x3, cta, per-month
    plan_features: list[str]
    feed_title: list[str]
    feed_posts: list[str]
    account_labels: list[str]
    analytics: list[str]  # title, tabs..., metric names
    cookie: list[str]
    chat: list[str]
    misc_toasts: list[str]
    # look-alikes of TikTok's page
    google: list[str]
    facebook: list[str]
    lookalike: list[str]
    # TikTok's own pages (its wording differs across versions; each pool gets some versions)
    tt_login_titles: list[str]
    tt_login_options: list[str]
    tt_login_footer: list[str]
    tt_consent_lines: list[str]
    tt_consent_allow: list[str]
    tt_consent_deny: list[str]
    tt_consent_notes: list[str]
    extra: dict[str, list[str]] = field(default_factory=dict)


# TikTok's consent wording for each data set (from the spec's scope table); same for both pools
# because it is TikTok's text, not the app's.
TIKTOK_PERMS: dict[str, str] = {
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
    apps=[
        App("Clipmetric", "app.clipmetric.io", "#4f46e5", "analytics"),
        App("Reelvault", "reelvault.com", "#0f766e", "archive"),
        App("Hatchboard", "hatchboard.co", "#ea580c", "creator-crm"),
        App("Lumen Studio", "lumen.studio", "#7c3aed", "analytics"),
        App("Quietly", "quietly.app", "#0891b2", "wellbeing"),
        App("Bramble Research", "panel.bramble.org", "#15803d", "research"),
        App("Stackfeed", "stackfeed.dev", "#db2777", "archive"),
        App("Orbitly", "my.orbitly.com", "#2563eb", "creator-crm"),
        App("Pinecast", "pinecast.fm", "#b45309", "analytics"),
        App("Kindred Shop", "kindred.shop", "#9333ea", "commerce"),
    ],
    people=["Maya Thompson", "Daniel Okafor", "Priya Raman", "Lucas Moreau", "Hana Sato", "Ben Carter"],
    handles=["@mayamakes", "@dan.okafor", "@priyacooks", "@lucas_films", "@hanadraws", "@bencarterfit"],
    services=[
        Service("Instagram", "IG", "#d62976", "Reels, posts and stories insights"),
        Service("YouTube", "YT", "#ff0000", "Channel analytics and video stats"),
        Service("Shopify", "S", "#5e8e3e", "Orders and product catalog"),
        Service("Google Analytics", "GA", "#f9ab00", "Website traffic and conversions"),
        Service("Slack", "#", "#4a154b", "Send alerts to a channel"),
        Service("Mailchimp", "M", "#ffe01b", "Audience and campaign sync"),
        Service("X (Twitter)", "X", "#111111", "Posts and mentions"),
        Service("Pinterest", "P", "#e60023", "Pins and boards performance"),
        Service("Twitch", "Tw", "#9146ff", "Streams and clips"),
        Service("HubSpot", "H", "#ff7a59", "Contacts and deals"),
        Service("Dropbox", "D", "#0061ff", "Back up exports to a folder"),
    ],
    tiktok_blurb=["Short-form video account", "Import your TikTok account", "Creator account insights"],
    categories=["All", "Social", "Commerce", "Analytics", "Messaging"],
    nav=["Overview", "Reports", "Audience", "Campaigns", "Integrations", "Team", "Billing", "Settings"],
    search=["Search…", "Search or jump to…", "Find anything"],
    bookmarks=["Work", "Design refs", "Staging", "Payroll", "News"],
    tabs=["Inbox (3)", "Q3 planning - Docs", "Calendar", "Figma", "Standup notes"],
    connect_titles=["Integrations", "Apps & integrations", "Connect your accounts", "Data sources"],
    connect_subs=[
        "Bring your channels into {app} to see everything in one place.",
        "Connect the tools you already use. You can disconnect at any time.",
        "Pick a platform to start pulling numbers into your workspace.",
    ],
    connect_cta=["Connect", "Connect TikTok", "Link account", "+ Add TikTok", "Connect to TikTok"],
    other_cta=["Connect", "Set up", "Add"],
    connected_chip=["Connected", "Active"],
    onboarding_titles=["Connect your socials", "Where do you post?", "Link your first channel"],
    onboarding_subs=[
        "{app} works best with at least one channel. It takes about a minute.",
        "Choose the platforms you create on. You can add more later from Settings.",
    ],
    onboarding_cta=["Continue with TikTok", "Connect TikTok", "Link TikTok account"],
    skip=["Skip for now", "I'll do this later"],
    step_of=["Step 2 of 3", "Step 2 of 4", "2 / 3"],
    settings_titles=["Connected accounts", "Linked accounts", "Connections"],
    settings_subs=["Manage the services that can share data with {app}.", "Accounts linked to your profile."],
    not_connected=["Not connected", "Not linked"],
    empty_titles=["No data yet", "Nothing to show yet", "Let's get your numbers in"],
    empty_subs=[
        "Connect your TikTok account and your first report appears here within a few minutes.",
        "Once TikTok is connected, {app} fills this page for you.",
    ],
    connecting_titles=[
        "Connecting to TikTok",
        "Connect {app} to TikTok",
        "You're connecting TikTok",
        "Link your TikTok account",
    ],
    connecting_intros=[
        "{app} is connecting to your TikTok account. Next, TikTok will ask you to log in and approve the request.",
        "You're about to link TikTok with {app}. You'll be taken to TikTok to sign in and confirm.",
        "We're setting up a connection between {app} and TikTok. Here is exactly what happens.",
        "{app} needs your permission before it connects to TikTok.",
    ],
    data_heads=[
        "What we'll receive from TikTok",
        "Data shared with {app}",
        "{app} will get",
        "What's included",
    ],
    items={
        "activity": [
            ("Watch history", "Videos you've watched and when"),
            ("Liked videos", "Everything you've hearted"),
            ("Search history", "Things you searched for on TikTok"),
            ("Comments", "Comments you've left on videos"),
            ("Favorites", "Saved videos, sounds and hashtags"),
        ],
        "postsandprofile": [
            ("Profile information", "Username, display name, bio and profile photo"),
            ("Your videos", "Videos you've posted, with captions and dates"),
            ("Followers and following", "The accounts that follow you and that you follow"),
        ],
        "directmessages": [
            ("Direct messages", "Your chat history with other TikTok users"),
            ("Message threads", "Conversations in your TikTok inbox"),
        ],
        "all": [
            ("All your TikTok data", "Your full data archive: activity, posts, profile and messages"),
            ("Your full data archive", "Everything TikTok holds for your account"),
        ],
    },
    purpose_heads=["Why we ask", "How we use it", "Why {app} needs this"],
    purposes={
        "activity": [
            "We use your watch history and likes to show which topics you spend the most time on.",
            "Your activity lets us chart how your viewing habits change week to week.",
        ],
        "postsandprofile": [
            "Your videos and profile are used to build your performance report and media kit.",
            "We read your posts so we can back them up and keep captions searchable.",
        ],
        "directmessages": [
            "Messages are used only to make your inbox searchable inside {app}.",
            "We import your direct messages so you can archive conversations with brands.",
        ],
        "all": [
            "We keep a private, encrypted copy of your archive so you never lose it.",
            "Your archive powers the timeline view and the yearly recap.",
        ],
        "generic": [
            "{app} uses this to build your dashboard. We never post on your behalf or sell your data.",
            "This is what lets {app} prepare your weekly report.",
            "We only use it to run the features you turn on in {app}.",
        ],
    },
    ongoing=[
        "We'll sync new data every day while you stay connected.",
        "After the first import, {app} refreshes your data daily. Disconnect any time in Settings.",
        "This connection keeps updating: we request a fresh copy every 24 hours.",
    ],
    single=["This is a one-time copy; nothing is updated later.", "We import it once."],
    redirect=["You'll be redirected to tiktok.com.", "A TikTok window opens next."],
    fine_print=[
        "By continuing you agree to {app}'s Terms of Service and Privacy Policy.",
        "You can revoke access at any time from your TikTok settings or from {app}.",
        "{app} is not affiliated with TikTok.",
    ],
    table_heads=[("Data", "How we use it"), ("What", "Why")],
    proceed=["Continue to TikTok", "Continue", "Authorize", "Connect account", "Next", "Proceed"],
    go_back=["Cancel", "Go back", "Not now", "Back to settings", "Back"],
    result_titles=[
        "TikTok connected",
        "Your TikTok is linked",
        "You're all set!",
        "Connection successful",
    ],
    result_subs=[
        "{handle} is now connected to {app}. We're importing your data in the background.",
        "Nice work, {first}. Your first report will be ready in a few minutes.",
        "We've connected your TikTok account. You can manage it from Settings.",
    ],
    result_cta=["Go to dashboard", "View my report", "Done", "Open {app}"],
    toasts=["TikTok account connected", "Success! TikTok is linked", "Connected to TikTok as {handle}"],
    badges=["TikTok connected", "Connected", "Synced"],
    counts={
        "activity": ["{n} watch history entries", "{n} liked videos"],
        "postsandprofile": ["{n} videos imported", "{n} followers"],
        "directmessages": ["{n} conversations", "{n} messages"],
        "all": ["{n} items in archive", "{n} files"],
    },
    syncing=["Sync in progress", "Importing…", "Syncing {m}%"],
    greet=["Welcome back, {first}", "Good morning, {first}", "Hi {first} 👋"],
    widgets=["Reach this week", "Engagement rate", "Top topics", "Publishing schedule", "Goals"],
    dash_subs=["Last 7 days", "Compared to previous period", "Updated hourly"],
    login_titles=["Sign in to {app}", "Welcome back", "Log in"],
    login_subs=["Use your work email to continue.", "New here? Create an account"],
    login_labels=[
        "Email",
        "Password",
        "Sign in",
        "Forgot password?",
        "Continue with Google",
        "Don't have an account? Sign up",
    ],
    pricing=[
        "Simple pricing",
        "Start free. Upgrade when you grow.",
        "Starter",
        "Creator",
        "Agency",
        "Choose plan",
        "/mo",
    ],
    plan_features=[
        "3 channels",
        "Weekly reports",
        "Unlimited history",
        "Team seats",
        "Priority support",
        "CSV export",
    ],
    feed_title=["Home", "For you", "Latest"],
    feed_posts=[
        "Posted a new tutorial on lighting for small rooms.",
        "Our spring collection just dropped. Which colour is your favourite?",
        "Three things I learned from posting every day for a month.",
        "Behind the scenes of today's shoot.",
    ],
    account_labels=[
        "Account settings",
        "Profile",
        "Security",
        "Notifications",
        "Display name",
        "Email address",
        "Save changes",
        "Delete account",
    ],
    analytics=[
        "TikTok Studio",
        "Overview",
        "Content",
        "Viewers",
        "Followers",
        "Video views",
        "Profile views",
        "Traffic source",
    ],
    cookie=["We use cookies to improve your experience.", "Accept all", "Preferences"],
    chat=["Chat with us", "Need help?"],
    misc_toasts=["Changes saved", "Report exported"],
    google=[
        "Sign in with Google",
        "Choose an account",
        "to continue to {app}",
        "{app} wants to access your Google Account",
        "This will allow {app} to:",
        "See your primary Google Account email address",
        "See your personal info, including any personal info you've made publicly available",
        "Allow",
        "Cancel",
    ],
    facebook=[
        "Log in with Facebook",
        "{app} is requesting access to:",
        "Your name and profile picture and email address.",
        "Continue as {first}",
        "Cancel",
        "This doesn't let the app post to Facebook.",
    ],
    lookalike=[
        "Log in to {app}",
        "Use phone / email / username",
        "Continue with Apple",
        "Log in",
        "Don't have an account? Sign up",
    ],
    tt_login_titles=["Log in to TikTok", "Log in to TikTok"],
    tt_login_options=[
        "Use QR code",
        "Use phone / email / username",
        "Continue with Facebook",
        "Continue with Google",
        "Continue with Apple",
    ],
    tt_login_footer=[
        "Don't have an account? Sign up",
        "By continuing, you agree to TikTok's Terms of Service",
    ],
    tt_consent_lines=[
        "{app} is requesting access to your TikTok account",
        "{app} would like to access your TikTok account",
    ],
    tt_consent_allow=["Authorize", "Continue"],
    tt_consent_deny=["Cancel"],
    tt_consent_notes=[
        "You can manage app permissions in Settings and privacy.",
        "By authorizing, you allow this app to use your information in accordance with its terms of service and privacy policy.",
    ],
)


HOLDOUT = Pool(
    apps=[
        App("Tallyreel", "tallyreel.com", "#be123c", "analytics"),
        App("Keepsake Cloud", "keepsake.cloud", "#0369a1", "archive"),
        App("Crewline", "app.crewline.so", "#c2410c", "creator-crm"),
        App("Mindful Minutes", "mindfulminutes.health", "#047857", "wellbeing"),
        App("Civic Lens Lab", "study.civiclens.edu", "#4338ca", "research"),
        App("Sproutlist", "sproutlist.io", "#65a30d", "commerce"),
        App("Northstar Metrics", "northstarmetrics.com", "#1d4ed8", "analytics"),
        App("Paperboat", "paperboat.me", "#0d9488", "archive"),
        App("Fanwell", "fanwell.co", "#a21caf", "creator-crm"),
    ],
    people=["Sofia Lindqvist", "Marcus Bell", "Aisha Noor", "Tomás Ruiz", "Elena Petrova", "Kwame Mensah"],
    handles=[
        "@sofiabakes",
        "@marcusbell.music",
        "@aisha.travels",
        "@tomasruiz",
        "@elena_paints",
        "@kwamecodes",
    ],
    services=[
        Service("Snapchat", "Sn", "#fffc00", "Spotlight and story views"),
        Service("LinkedIn", "in", "#0a66c2", "Company page analytics"),
        Service("Etsy", "E", "#f1641e", "Shop listings and sales"),
        Service("Zapier", "Z", "#ff4f00", "Automate with 5,000+ apps"),
        Service("Discord", "D", "#5865f2", "Community server stats"),
        Service("Google Drive", "GD", "#1fa463", "Save exports to Drive"),
        Service("Facebook Pages", "f", "#1877f2", "Page insights and posts"),
        Service("Threads", "@", "#000000", "Thread replies and reach"),
        Service("Klaviyo", "K", "#232426", "Email flows and lists"),
        Service("Notion", "N", "#37352f", "Write summaries to a database"),
        Service("Vimeo", "V", "#1ab7ea", "Hosted video performance"),
    ],
    tiktok_blurb=["Bring in your TikTok profile", "Creator and business accounts", "Sync your TikTok"],
    categories=["Everything", "Social media", "Storage", "Marketing", "Shops"],
    nav=["Home", "Insights", "Planner", "Library", "Sources", "Members", "Plan & billing", "Preferences"],
    search=["Search workspace", "Type / to search", "Quick find"],
    bookmarks=["Reading list", "Invoices", "Dev env", "Recipes", "Travel"],
    tabs=["Mail - Outlook", "Sprint board", "Roadmap 2026", "Spotify", "Weather"],
    connect_titles=["Sources", "Connected apps", "Add a source", "Marketplace"],
    connect_subs=[
        "Add the platforms you publish on and {app} keeps everything in sync.",
        "Choose where your content lives. Disconnect whenever you like.",
        "{app} reads from the sources you add here.",
    ],
    connect_cta=["Add source", "Link TikTok", "Connect with TikTok", "Install", "Enable"],
    other_cta=["Install", "Enable", "Add source"],
    connected_chip=["Installed", "On"],
    onboarding_titles=["Bring in your content", "Pick your platforms", "Almost there: link a profile"],
    onboarding_subs=[
        "Start with one platform. {app} handles the rest.",
        "Linking a profile lets {app} build your first summary tonight.",
    ],
    onboarding_cta=["Sign in with TikTok", "Link TikTok", "Add TikTok profile"],
    skip=["Maybe later", "Skip this step"],
    step_of=["Step 3 of 5", "3 of 4", "Setup · 2/3"],
    settings_titles=["Apps and services", "Your connections", "Linked platforms"],
    settings_subs=["Services you've given {app} access to.", "Review and manage what's linked."],
    not_connected=["Off", "Not set up"],
    empty_titles=["Your planner is empty", "No sources yet", "Waiting for your first import"],
    empty_subs=[
        "Link TikTok to see your content calendar fill itself in.",
        "{app} needs a source before it can show anything here.",
    ],
    connecting_titles=[
        "Connect with TikTok",
        "{app} is connecting to TikTok",
        "Before we connect to TikTok",
        "Set up your TikTok connection",
    ],
    connecting_intros=[
        "To finish, {app} will open TikTok, where you log in and review the request.",
        "{app} uses TikTok's official data portability API. You stay in control the whole time.",
        "Here's a quick look at what happens when you link TikTok to {app}.",
        "Connecting only takes a moment. TikTok will confirm the request with you.",
    ],
    data_heads=[
        "What {app} can access",
        "Data we request",
        "Information that will be transferred",
        "You'll share",
    ],
    items={
        "activity": [
            ("Viewing history", "Which videos you watched"),
            ("Likes", "Videos you liked"),
            ("Searches", "Your TikTok search history"),
            ("Your comments", "What you've commented on videos"),
            ("Shares", "Videos you've shared with others"),
        ],
        "postsandprofile": [
            ("Profile", "Your name, username, bio and avatar"),
            ("Posts", "The videos you published and their captions"),
            ("Following list", "Accounts you follow and your followers"),
        ],
        "directmessages": [
            ("Chats", "Your direct message conversations"),
            ("DMs", "Messages you've sent and received"),
        ],
        "all": [
            ("Everything in your TikTok account", "Your complete data archive"),
            ("A full copy of your TikTok data", "Activity, videos, profile, messages and more"),
        ],
    },
    purpose_heads=["What it's for", "Why this is needed", "Purpose"],
    purposes={
        "activity": [
            "Your viewing history helps us estimate how much time you spend scrolling each day.",
            "Likes and searches are used to suggest calmer topics to explore.",
        ],
        "postsandprofile": [
            "We use your posts and profile to plan your content calendar and spot your best times.",
            "Your published videos are copied so they're saved if you ever leave TikTok.",
        ],
        "directmessages": [
            "Chats are imported so you can keep a record of brand deals in one place.",
            "We analyse your messages for the research study you signed up for, with names removed.",
        ],
        "all": [
            "Your complete archive is stored so you can browse and download it later.",
            "We use the archive to build a searchable backup of your account.",
        ],
        "generic": [
            "It's needed to run {app} for you, and nothing else. We don't sell data.",
            "{app} turns it into the summaries you see on your home screen.",
            "Only you and the people you invite can see the results.",
        ],
    },
    ongoing=[
        "{app} will check for new data automatically every day until you disconnect.",
        "Updates run nightly until you disconnect.",
        "This isn't one-off: we keep requesting updates on a daily schedule.",
    ],
    single=["We only do this once.", "One-time import."],
    redirect=["Next, you'll see TikTok's own page.", "You'll continue on tiktok.com."],
    fine_print=[
        "Read our Privacy Notice to learn how {app} stores your information.",
        "Remove access whenever you want in Preferences.",
        "TikTok is a trademark of its owner; {app} is an independent service.",
    ],
    table_heads=[("Information", "Purpose"), ("Category", "Used for")],
    proceed=["Let's go", "Open TikTok", "Agree and continue", "Connect", "Allow", "Yes, continue"],
    go_back=["Not now", "Back", "Never mind", "Return to sources", "Close"],
    result_titles=[
        "Done! We're importing your videos",
        "TikTok linked successfully",
        "Connection complete",
        "You're connected",
    ],
    result_subs=[
        "We'll let you know when {handle}'s import finishes.",
        "Great, {first}! {app} is now linked to TikTok.",
        "Your TikTok account has been added as a source.",
    ],
    result_cta=["Take me home", "See my content", "Continue", "Finish"],
    toasts=["TikTok was linked", "Connected: TikTok ({handle})", "All done, TikTok is connected"],
    badges=["Linked", "TikTok · connected", "Live"],
    counts={
        "activity": ["{n} videos watched", "{n} likes"],
        "postsandprofile": ["{n} posts", "{n} following"],
        "directmessages": ["{n} chats", "{n} DMs"],
        "all": ["{n} records", "{n} archive items"],
    },
    syncing=["Import running", "Fetching data…", "{m}% imported"],
    greet=["Hello, {first}", "Evening, {first}", "Hey {first}!"],
    widgets=["Views over time", "Audience growth", "Best time to post", "Upcoming", "Streak"],
    dash_subs=["Past 30 days", "vs last month", "Live"],
    login_titles=["Log in to {app}", "Good to see you", "Sign in"],
    login_subs=["Enter your details below.", "No account yet? Get started free"],
    login_labels=[
        "Work email",
        "Password",
        "Log in",
        "Reset password",
        "Continue with Microsoft",
        "New to {app}? Create account",
    ],
    pricing=[
        "Plans for every creator",
        "Cancel anytime.",
        "Free",
        "Pro",
        "Studio",
        "Get started",
        "per month",
    ],
    plan_features=[
        "1 source",
        "Daily digests",
        "Full archive",
        "Shared workspaces",
        "API access",
        "PDF reports",
    ],
    feed_title=["Discover", "Following", "Trending"],
    feed_posts=[
        "Sourdough attempt number seven. Getting closer!",
        "Sunset from the ferry this evening.",
        "New track out Friday, here's a preview.",
        "My desk setup, finally finished.",
    ],
    account_labels=[
        "Preferences",
        "Personal details",
        "Password & login",
        "Alerts",
        "Full name",
        "Contact email",
        "Update",
        "Close account",
    ],
    analytics=[
        "Creator Center",
        "Summary",
        "Posts",
        "Audience",
        "Growth",
        "Views",
        "New followers",
        "Where viewers came from",
    ],
    cookie=["This site uses cookies.", "OK", "Manage"],
    chat=["Questions? Ask us", "Support"],
    misc_toasts=["Draft saved", "Link copied"],
    google=[
        "Sign in - Google Accounts",
        "Choose an account",
        "to continue to {app}",
        "{app} wants additional access to your Google Account",
        "{app} will be able to:",
        "View your email address",
        "See, edit, create and delete your Google Drive files",
        "Continue",
        "Cancel",
    ],
    facebook=[
        "Facebook",
        "{app} will receive:",
        "Your name, profile picture and friend list.",
        "Continue as {first}",
        "Edit access",
        "{app} can't post to Facebook without your permission.",
    ],
    lookalike=[
        "Sign in to {app}",
        "Use phone or email",
        "Continue with Google",
        "Next",
        "New here? Join {app}",
    ],
    tt_login_titles=["Log in to TikTok", "Log in or sign up"],
    tt_login_options=[
        "Use QR code",
        "Use phone / email / username",
        "Continue with Google",
        "Continue with X",
        "Continue with LINE",
    ],
    tt_login_footer=["Don't have an account? Sign up", "Privacy Policy"],
    tt_consent_lines=[
        "{app} wants to access your TikTok account",
        "{app} is requesting permission to access your account",
    ],
    tt_consent_allow=["Authorize", "Allow"],
    tt_consent_deny=["Cancel", "Deny"],
    tt_consent_notes=[
        "You can remove this app's access at any time in Settings.",
        "Make sure you trust this app. Its use of your data is subject to its privacy policy.",
    ],
)

POOLS: dict[str, Pool] = {"dev": DEV, "holdout": HOLDOUT}
