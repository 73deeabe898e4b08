"""Every word an app screen shows, in two disjoint pools: DEV for the dev half, HOLDOUT for the other.

`POOLS[split]` is the only way screens reach wording. `overlap()` lists phrases found in both
pools (it must stay empty; generate checks it), and `leaks()` lists "neutral" phrases (navigation,
tile blurbs, purposes, headings) that would name a TikTok data set by accident, because a stray
"Posts" nav item on a connecting screen would make the truth's disclosure labels a lie.

TikTok's and Google's own pages are not the app's wording: the parts fixed by those companies
(TikTok's permission sentences from the spec, "Log in to TikTok", their Cancel buttons) live in
module constants shared by both halves; their variable parts are pooled like the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Literal

Split = Literal["dev", "holdout"]
DataSet = Literal["activity", "postsandprofile", "directmessages", "all"]
Kind = Literal["analytics", "scheduler", "agency", "crm", "research", "backup"]
KINDS: tuple[Kind, ...] = ("analytics", "scheduler", "agency", "crm", "research", "backup")


@dataclass(frozen=True)
class App:
    name: str
    kind: Kind
    color: str
    accent: str
    domain: str


@dataclass(frozen=True)
class Service:
    """Another integration tile beside (or instead of) TikTok."""

    name: str
    color: str
    glyph: str
    blurb: str


@dataclass(frozen=True)
class DataItem:
    label: str  # list / table / chip form
    detail: str  # one line under the label
    phrase: str  # inside a sentence: "your watch history"


@dataclass(frozen=True)
class Plan:
    name: str
    price: str
    features: tuple[str, ...]


@dataclass(frozen=True)
class Pool:
    apps: tuple[App, ...]
    people: tuple[str, ...]
    handles: tuple[str, ...]
    workspaces: tuple[str, ...]
    # shell
    nav: dict[Kind, tuple[str, ...]]
    settings_nav: tuple[str, ...]
    settings_label: str
    integrations_label: str
    help_label: str
    search_placeholders: tuple[str, ...]
    top_actions: tuple[str, ...]
    browser_tabs: tuple[str, ...]
    plan_badges: tuple[str, ...]
    # connect page
    services: tuple[Service, ...]
    connect_headings: tuple[str, ...]
    connect_subtitles: tuple[str, ...]
    tiktok_blurbs: tuple[str, ...]
    connect_buttons: tuple[str, ...]
    connected_badges: tuple[str, ...]
    manage_buttons: tuple[str, ...]
    filter_tabs: tuple[str, ...]
    integration_search: tuple[str, ...]
    request_links: tuple[str, ...]
    empty_headings: tuple[str, ...]
    empty_bodies: tuple[str, ...]
    picker_titles: tuple[str, ...]
    picker_next: tuple[str, ...]
    picker_close: tuple[str, ...]
    split_buttons: tuple[str, ...]
    onboarding_pick_headings: tuple[str, ...]
    list_headers: tuple[str, str, str]
    not_connected: tuple[str, ...]
    # connecting screen
    connecting_headings: tuple[str, ...]
    connecting_intros: tuple[str, ...]
    data_titles: tuple[str, ...]
    purpose_titles: tuple[str, ...]
    purpose_templates: tuple[str, ...]
    goals: dict[Kind, tuple[str, ...]]
    row_purposes: dict[DataSet, tuple[str, ...]]
    table_headers: tuple[str, str, str]
    inline_templates: tuple[str, ...]
    ongoing: tuple[str, ...]
    ongoing_badges: tuple[str, ...]
    once: tuple[str, ...]
    proceed: tuple[str, ...]
    go_back: tuple[str, ...]
    privacy_notes: tuple[str, ...]
    stepper: tuple[str, str, str, str]
    read_only: tuple[str, ...]
    data: dict[DataSet, tuple[DataItem, ...]]
    all_phrases: tuple[str, ...]
    all_labels: tuple[str, ...]
    all_includes: tuple[str, ...]
    # result
    success_headings: tuple[str, ...]
    success_bodies: tuple[str, ...]
    toasts: tuple[str, ...]
    result_ctas: tuple[str, ...]
    result_stats: tuple[str, str, str]
    sync_status: tuple[str, ...]
    connected_as: tuple[str, ...]
    import_headers: tuple[str, str, str]
    captions: tuple[str, ...]
    banner_links: tuple[str, ...]
    # TikTok's page: the variable parts
    tt_consent_sentences: tuple[str, ...]
    tt_will_be_able: tuple[str, ...]
    tt_allow: tuple[str, ...]
    tt_manage_notes: tuple[str, ...]
    tt_switch: tuple[str, ...]
    tt_continue_to: tuple[str, ...]
    # near misses
    lookalike_headings: tuple[str, ...]
    lookalike_options: tuple[str, ...]
    lookalike_footers: tuple[str, ...]
    google_intros: tuple[str, ...]
    google_scopes: tuple[str, ...]
    google_trust: tuple[str, ...]
    # extras
    signin_headings: tuple[str, ...]
    signin_subtitles: tuple[str, ...]
    email_labels: tuple[str, ...]
    password_labels: tuple[str, ...]
    signin_buttons: tuple[str, ...]
    forgot_links: tuple[str, ...]
    sso_buttons: tuple[str, ...]
    no_account: tuple[str, ...]
    quotes: tuple[str, ...]
    greetings: tuple[str, ...]
    kpis: tuple[str, ...]
    chart_titles: tuple[str, ...]
    table_titles: tuple[str, ...]
    dash_headers: tuple[str, str, str, str]
    row_names: tuple[str, ...]
    statuses: tuple[str, ...]
    panel_titles: tuple[str, ...]
    tasks: tuple[str, ...]
    pricing_headings: tuple[str, ...]
    pricing_subtitles: tuple[str, ...]
    plans: tuple[Plan, Plan, Plan]
    pricing_cta: tuple[str, ...]
    popular: tuple[str, ...]
    billing_toggle: tuple[str, str]
    marketing_nav: tuple[str, ...]
    onboarding_headings: tuple[str, ...]
    onboarding_subtitles: tuple[str, ...]
    onboarding_fields: tuple[str, ...]
    onboarding_options: tuple[str, ...]
    onboarding_buttons: tuple[str, ...]
    onboarding_skip: tuple[str, ...]
    select_placeholder: str
    step_of: tuple[str, ...]


# ---------------------------------------------------------------- fixed by TikTok and Google

# TikTok's consent wording for each scope, from the spec's Scopes table.
TT_SCOPE_TEXT: dict[str, str] = {
    "activity.single": "Export a copy of your activity data",
    "activity.ongoing": "Export copies of your activity data",
    "postsandprofile.single": "Export a copy of your posts and profile data",
    "postsandprofile.ongoing": "Export copies of your posts and profile data",
    "directmessages.single": "Export a copy of your direct message data",
    "directmessages.ongoing": "Export copies of your direct message data",
    "all.single": "Export a copy of your full user data archive",
    "all.ongoing": "Export copies of your full user data archive",
}
TT_LOGIN_HEADING = "Log in to TikTok"
TT_LOGIN_OPTIONS = (
    "Use QR code",
    "Use phone / email / username",
    "Continue with Facebook",
    "Continue with Google",
    "Continue with X",
    "Continue with Apple",
    "Continue with LINE",
    "Continue with KakaoTalk",
)
TT_LOGIN_TERMS = (
    "By continuing with an account located in {country}, you agree to our Terms of Service "
    "and acknowledge that you have read our Privacy Policy."
)
TT_COUNTRIES = ("United States", "United Kingdom", "Germany", "Canada", "Ireland", "Australia")
TT_SIGNUP = "Don't have an account?"
TT_SIGNUP_LINK = "Sign up"
TT_CANCEL = "Cancel"
TT_QR_HEADING = "Log in with QR code"
TT_QR_STEPS = (
    "Open the TikTok app on your mobile device",
    "On Profile, tap the menu, then Settings",
    "Tap the scan icon and scan the QR code to confirm your login",
)
TT_FORM_HEADING = "Log in"
TT_FORM_LABEL = "Email or username"
TT_FORM_PASSWORD = "Password"
TT_FORM_FORGOT = "Forgot password?"
TT_FOOTER = ("Terms of Service", "Privacy Policy", "Help", "© 2025 TikTok")
TT_LANGUAGE = "English (US)"
TT_FEEDBACK = "Feedback and help"
GOOGLE_BRAND = "Sign in with Google"
GOOGLE_CANCEL = "Cancel"
GOOGLE_CONTINUE = "Continue"
GOOGLE_FOOTER = ("English (United States)", "Help", "Privacy", "Terms")


# ---------------------------------------------------------------- DEV


DEV = Pool(
    apps=(
        App("Brightline Analytics", "analytics", "#4f46e5", "#22d3ee", "brightline.io"),
        App("Metricful", "analytics", "#db2777", "#f59e0b", "metricful.app"),
        App("Signalroom", "analytics", "#dc2626", "#0ea5e9", "signalroom.co"),
        App("Cadence Social", "scheduler", "#0284c7", "#f97316", "cadencesocial.com"),
        App("Loomboard", "scheduler", "#ea580c", "#6366f1", "loomboard.io"),
        App("Plotter", "scheduler", "#15803d", "#facc15", "plotter.so"),
        App("Northstar Agency Hub", "agency", "#1d4ed8", "#f43f5e", "northstarhub.com"),
        App("Tallyhall", "agency", "#7c2d12", "#38bdf8", "tallyhall.com"),
        App("Relay CRM", "crm", "#f97316", "#0f172a", "relaycrm.io"),
        App("Crewline", "crm", "#059669", "#a855f7", "crewline.app"),
        App("Fieldnote Research", "research", "#0f766e", "#eab308", "fieldnote.org"),
        App("Cohort Lab", "research", "#6d28d9", "#10b981", "cohortlab.edu"),
        App("Vaultly", "backup", "#7c3aed", "#22c55e", "vaultly.com"),
        App("Keepsake Cloud", "backup", "#0369a1", "#fb7185", "keepsake.cloud"),
    ),
    people=(
        "Maya Chen",
        "Jonas Weber",
        "Priya Nair",
        "Tom Okafor",
        "Sofia Rossi",
        "Liam Park",
        "Elena Petrova",
        "Ben Foster",
    ),
    handles=("@maya.makes", "@jonas.cooks", "@priyapaints", "@tomtalkstech", "@sofia.strolls", "@liam.lifts"),
    workspaces=("Acme Creative", "Juniper Media", "Bluebird Studio", "Westfield Growth"),
    nav={
        "analytics": ("Overview", "Reports", "Benchmarks", "Audiences", "Exports", "Alerts"),
        "scheduler": ("Overview", "Calendar", "Queue", "Drafts", "Approvals", "Assets"),
        "agency": ("Overview", "Clients", "Reports", "Retainers", "Team", "Invoices"),
        "crm": ("Overview", "Contacts", "Deals", "Pipelines", "Tasks", "Sequences"),
        "research": ("Overview", "Studies", "Participants", "Consent forms", "Datasets", "Exports"),
        "backup": ("Overview", "Backups", "Restores", "Storage", "Schedules", "Downloads"),
    },
    settings_nav=("General", "Members", "Billing", "Integrations", "Security", "API keys"),
    settings_label="Settings",
    integrations_label="Integrations",
    help_label="Help",
    search_placeholders=("Search…", "Search or jump to…", "Search reports, clients…"),
    top_actions=("New report", "Invite", "Create"),
    browser_tabs=("Team standup notes", "Q3 roadmap", "Brand kit – Drive", "Calendar – Week 42"),
    plan_badges=("Pro plan", "Trial · 9 days left", "Business"),
    services=(
        Service("Instagram", "#e1306c", "◎", "Schedule and report on Instagram business accounts."),
        Service("YouTube", "#ff0000", "▶", "Channel analytics and publishing for YouTube."),
        Service("Slack", "#4a154b", "#", "Send alerts and digests to a Slack channel."),
        Service("HubSpot", "#ff7a59", "H", "Sync contacts and deals both ways."),
        Service("Google Drive", "#1a73e8", "△", "Attach files and save exports to Drive."),
        Service("Shopify", "#5e8e3e", "S", "Tie campaigns to orders and revenue."),
        Service("Mailchimp", "#c59a00", "M", "Grow your audience lists from campaigns."),
        Service("Zapier", "#ff4a00", "Z", "Automate workflows with 6,000+ apps."),
        Service("Notion", "#191919", "N", "Publish reports to Notion pages."),
        Service("Google Analytics", "#e37400", "G", "Web traffic next to your social results."),
    ),
    connect_headings=("Integrations", "Connected channels", "Connect your accounts", "Channels"),
    connect_subtitles=(
        "Bring your tools together in {app}.",
        "Connect the platforms you use so {app} can do the busywork.",
        "Add a channel to start seeing results in {app}.",
    ),
    tiktok_blurbs=(
        "Bring your TikTok account into {app}.",
        "Connect TikTok to include it in {app}.",
        "Add your TikTok account to {app} in two clicks.",
    ),
    connect_buttons=("Connect",),
    connected_badges=("Connected",),
    manage_buttons=("Manage", "Configure"),
    filter_tabs=("All", "Social", "Productivity", "Storage"),
    integration_search=("Search integrations…", "Filter by name…"),
    request_links=("Don't see your tool? Request it", "Need something else? Suggest an integration"),
    empty_headings=("Connect your first channel", "No channels yet"),
    empty_bodies=(
        "{app} works best once your accounts are connected. Pick one to get started.",
        "Choose a platform below and we'll walk you through it.",
    ),
    picker_titles=("Add a data source", "Add a channel"),
    picker_next=("Next",),
    picker_close=("Close",),
    split_buttons=("Add channel", "Connect account"),
    onboarding_pick_headings=("Which platforms do you use?", "Where do you publish?"),
    list_headers=("Channel", "Status", "Action"),
    not_connected=("Not connected",),
    connecting_headings=(
        "Connect {app} to TikTok",
        "Connecting to TikTok",
        "Connect your TikTok account",
        "Let's connect TikTok",
        "You're connecting TikTok to {app}",
        "Before we connect to TikTok",
        "Connecting {app} with TikTok",
    ),
    connecting_intros=(
        "{app} is about to connect to your TikTok account. Here is what happens next.",
        "Next, TikTok will ask you to sign in and approve this connection.",
        "We'll open TikTok in a new window where you can sign in and confirm.",
        "Review the details below before you head over to TikTok.",
    ),
    data_titles=(
        "What we'll receive",
        "Data we'll import",
        "What {app} will get from TikTok",
        "Shared with {app}",
    ),
    purpose_titles=("Why we need it", "How we use it", "Why {app} asks for this"),
    purpose_templates=(
        "We use this data to {goal}.",
        "{app} uses it only to {goal}.",
        "We ask for it so we can {goal}.",
        "Your TikTok data helps us {goal}.",
    ),
    goals={
        "analytics": (
            "chart how your account performs week by week",
            "build your growth dashboard and weekly summary",
            "compare your results with similar creators",
        ),
        "scheduler": (
            "suggest the best times to publish",
            "show what worked when you plan next month",
            "line up your calendar with past performance",
        ),
        "agency": (
            "prepare the monthly report you share with your clients",
            "benchmark your account against the rest of your roster",
        ),
        "crm": (
            "match your TikTok account to the right contact record",
            "score partnership fit when brands reach out",
        ),
        "research": (
            "include your account in the study you enrolled in",
            "analyse platform use for the research team, in anonymised form",
        ),
        "backup": (
            "keep a private backup you can download any time",
            "restore your account if you ever lose access",
        ),
    },
    row_purposes={
        "activity": ("Spot the topics you engage with most", "Find trends in what you watch"),
        "postsandprofile": ("Rank your best-performing uploads", "Show audience growth over time"),
        "directmessages": ("Surface brand enquiries in your inbox", "Keep a copy of your chats"),
        "all": ("Build a complete picture of your account", "Keep a full backup"),
    },
    table_headers=("Data", "Used for", "How often"),
    inline_templates=(
        "{app} will receive {items} from TikTok.",
        "When you continue, TikTok shares {items} with {app}.",
        "We'll import {items}.",
    ),
    ongoing=(
        "We sync this every day while the connection is on.",
        "{app} refreshes it once a day until you disconnect.",
        "After the first import, we check for new data every 24 hours.",
    ),
    ongoing_badges=("Daily sync", "Syncs every day"),
    once=("This is a one-time import.", "We copy it once; nothing syncs afterwards."),
    proceed=(
        "Continue",
        "Continue to TikTok",
        "Connect TikTok",
        "Next",
        "Connect now",
        "Looks good, continue",
    ),
    go_back=("Go back", "Cancel", "Back to integrations", "Maybe later", "Back"),
    privacy_notes=(
        "You can disconnect at any time in Settings.",
        "We never publish anything on your behalf.",
        "See our privacy policy for how we store and delete data.",
    ),
    stepper=("Select", "Review", "Sign in", "Finish"),
    read_only=("Read-only access", "View only"),
    data={
        "activity": (
            DataItem("Watch history", "Videos you've watched and when", "your watch history"),
            DataItem("Liked videos", "The list of videos you liked", "your liked videos"),
            DataItem("Search history", "Terms you searched for on TikTok", "your search history"),
            DataItem("Favourites", "Saved sounds, effects and hashtags", "your favourites"),
            DataItem("Share history", "What you shared and where", "your share history"),
        ),
        "postsandprofile": (
            DataItem("Profile info", "Username, display name, bio and avatar", "your profile info"),
            DataItem("Your videos", "Everything you've posted, with captions", "the videos you've posted"),
            DataItem("Followers list", "Accounts that follow you", "your followers list"),
            DataItem("Following list", "Everyone you follow", "the accounts you follow"),
        ),
        "directmessages": (
            DataItem("Direct messages", "Your chat history with other accounts", "your direct messages"),
            DataItem("Conversations", "Message threads and when they were sent", "your conversations"),
        ),
        "all": (),
    },
    all_phrases=(
        "all of your TikTok data",
        "your full TikTok data archive",
        "everything in your TikTok account",
    ),
    all_labels=("All your TikTok data", "Your full data archive", "Everything in your account"),
    all_includes=("This includes", "That covers"),
    success_headings=(
        "TikTok is connected",
        "You're connected!",
        "Connection complete",
        "Success — TikTok is linked",
        "Your TikTok account is connected",
        "Nice work — TikTok is connected",
    ),
    success_bodies=(
        "We're importing your data now. This usually takes a few minutes.",
        "Your first import has started. We'll email you when it's ready.",
        "{app} can now read your TikTok data. Your dashboard updates shortly.",
    ),
    toasts=("TikTok connected successfully", "TikTok account connected", "TikTok is now connected"),
    result_ctas=("Go to dashboard", "View report", "Open overview"),
    result_stats=("Videos imported", "Followers", "Last synced"),
    sync_status=("Up to date", "Import running"),
    connected_as=("Connected as {handle}", "Signed in as {handle}"),
    import_headers=("Video", "Views", "Posted"),
    captions=(
        "Morning routine in 30 seconds",
        "Trying the viral pasta recipe",
        "Studio tour 2025",
        "3 tips for better lighting",
        "Behind the scenes at the shoot",
        "Answering your questions",
        "Day 12 of the challenge",
    ),
    banner_links=("See what's new",),
    tt_consent_sentences=(
        "{app} is requesting access to your TikTok account",
        "{app} wants to access your TikTok account",
    ),
    tt_will_be_able=("{app} will be able to:", "This app would like to:"),
    tt_allow=("Authorize",),
    tt_manage_notes=(
        "You can manage app access any time in Settings and privacy.",
        "You can remove this app's access in your TikTok settings.",
    ),
    tt_switch=("Switch account",),
    tt_continue_to=("to continue to {app}",),
    lookalike_headings=("Log in to {app}",),
    lookalike_options=("Use QR code", "Use email or username", "Continue with Google", "Continue with Apple"),
    lookalike_footers=("New to {app}? Create an account",),
    google_intros=("{app} wants access to your Google Account",),
    google_scopes=(
        "See your primary Google Account email address",
        "See your personal info, including any personal info you've made publicly available",
    ),
    google_trust=("Make sure you trust {app}. You may be sharing sensitive info with this site or app.",),
    signin_headings=("Welcome back", "Sign in to {app}"),
    signin_subtitles=("Enter your details to get to your workspace.", "Good to have you here."),
    email_labels=("Work email",),
    password_labels=("Password",),
    signin_buttons=("Sign in",),
    forgot_links=("Forgot password?",),
    sso_buttons=("Continue with Google", "Continue with Microsoft", "Use single sign-on"),
    no_account=("No account yet? Start a free trial",),
    quotes=(
        "“{app} saved our team ten hours a week on reporting.”",
        "“The first tool our whole team actually opens every morning.”",
    ),
    greetings=("Good morning, {first}", "Overview", "Welcome back, {first}"),
    kpis=("Total reach", "Engagement rate", "New clients", "Open tasks", "Scheduled items", "Reports sent"),
    chart_titles=("Performance, last 30 days", "Weekly trend"),
    table_titles=("Recent campaigns", "This week"),
    dash_headers=("Campaign", "Owner", "Status", "Updated"),
    row_names=(
        "Spring launch",
        "Back to school",
        "Summer drop",
        "Holiday gift guide",
        "Brand refresh",
        "Q4 always-on",
    ),
    statuses=("Running", "Draft", "Paused"),
    panel_titles=("Up next", "Tasks"),
    tasks=("Review client deck", "Send weekly digest", "Approve new assets", "Check invoice #1042"),
    pricing_headings=("Simple pricing for every team", "Pick the plan that fits"),
    pricing_subtitles=("Start free for 14 days. No card needed.",),
    plans=(
        Plan("Starter", "$19", ("3 channels", "Weekly reports", "Email support")),
        Plan("Growth", "$49", ("10 channels", "Daily reports", "Team seats", "Priority support")),
        Plan("Scale", "$129", ("Unlimited channels", "Custom dashboards", "SSO", "Dedicated manager")),
    ),
    pricing_cta=("Start free trial",),
    popular=("Most popular",),
    billing_toggle=("Monthly", "Yearly (save 20%)"),
    marketing_nav=("Product", "Pricing", "Customers", "Docs"),
    onboarding_headings=("Set up your workspace", "Tell us a little about you"),
    onboarding_subtitles=("This helps us tailor {app} to your team.",),
    onboarding_fields=("Workspace name", "Your role", "Team size"),
    onboarding_options=("Just me", "2–10", "11–50", "51+"),
    onboarding_buttons=("Next step",),
    onboarding_skip=("Skip for now",),
    select_placeholder="Select one",
    step_of=("Step {n} of {m}",),
)


# ---------------------------------------------------------------- HOLDOUT


HOLDOUT = Pool(
    apps=(
        App("Quartzmetrics", "analytics", "#2563eb", "#f472b6", "quartzmetrics.com"),
        App("Lumenly", "analytics", "#9333ea", "#14b8a6", "lumenly.io"),
        App("Prismdash", "analytics", "#0891b2", "#f97316", "prismdash.app"),
        App("Tidewater Planner", "scheduler", "#0e7490", "#fbbf24", "tidewater.app"),
        App("Ferncast", "scheduler", "#3f6212", "#ec4899", "ferncast.co"),
        App("Maplecue", "scheduler", "#b91c1c", "#0ea5e9", "maplecue.com"),
        App("Orbitwise Studio", "agency", "#4338ca", "#f59e0b", "orbitwise.studio"),
        App("Ridgeline Partners", "agency", "#334155", "#22c55e", "ridgeline.partners"),
        App("Harbor Contacts", "crm", "#0f766e", "#f43f5e", "harborcontacts.com"),
        App("Beacon Deals", "crm", "#c2410c", "#3b82f6", "beacondeals.io"),
        App("Atlas Survey Portal", "research", "#1e40af", "#84cc16", "atlas-survey.org"),
        App("Civic Data Commons", "research", "#166534", "#e11d48", "civicdata.org"),
        App("Stowaway", "backup", "#a21caf", "#06b6d4", "stowaway.app"),
        App("Attic Vault", "backup", "#57534e", "#f97316", "atticvault.com"),
    ),
    people=(
        "Amara Diallo",
        "Henrik Larsen",
        "Yuki Tanaka",
        "Carlos Mendes",
        "Noor Haddad",
        "Grace Whitfield",
        "Mateo Silva",
        "Ingrid Holm",
    ),
    handles=("@amara.runs", "@henrik.builds", "@yukisketches", "@carlos.eats", "@noor.reads", "@gracegrows"),
    workspaces=("Sundial Co", "Kestrel Group", "Pinecrest Labs", "Oakmont Social"),
    nav={
        "analytics": ("Home", "Insights", "Comparisons", "Segments", "Saved files", "Watchlists"),
        "scheduler": ("Home", "Planner", "Backlog", "Ideas", "Review board", "Media library"),
        "agency": ("Home", "Accounts", "Deliverables", "Proposals", "People", "Billing runs"),
        "crm": ("Home", "People", "Opportunities", "Stages", "Reminders", "Playbooks"),
        "research": ("Home", "Projects", "Panel", "Agreements", "Data files", "Codebooks"),
        "backup": ("Home", "Snapshots", "Recovery", "Space used", "Rules", "Export jobs"),
    },
    settings_nav=("Workspace", "People & roles", "Plan & invoices", "Connected apps", "Privacy", "Developer"),
    settings_label="Admin",
    integrations_label="Connected apps",
    help_label="Support",
    search_placeholders=("Type to find anything", "Jump to…", "Find a page or person"),
    top_actions=("New project", "Share", "Add"),
    browser_tabs=("Brand guidelines", "Weekly sync agenda", "Budget 2026 – Sheets", "Travel booking"),
    plan_badges=("Premium", "Free tier", "Enterprise"),
    services=(
        Service("Facebook Pages", "#1877f2", "f", "Publish to and measure your Facebook Pages."),
        Service("LinkedIn", "#0a66c2", "in", "Company page reporting and publishing."),
        Service("Pinterest", "#e60023", "P", "Pin performance next to everything else."),
        Service("Salesforce", "#00a1e0", "☁", "Two-way sync with accounts and opportunities."),
        Service("Dropbox", "#0061ff", "◆", "Pull media from shared Dropbox folders."),
        Service("Airtable", "#fcb400", "▦", "Send rows to any Airtable base."),
        Service("Snapchat", "#fffc00", "◌", "Track Snapchat Stories alongside your plan."),
        Service("Twitch", "#9146ff", "◣", "Stream stats in the same place as the rest."),
        Service("Microsoft Teams", "#5059c9", "T", "Share summaries in a Teams channel."),
        Service("Stripe", "#635bff", "$", "Match revenue to every campaign."),
    ),
    connect_headings=("Connected apps", "Data sources", "Link your platforms", "Sources"),
    connect_subtitles=(
        "Pick the services you want {app} to work with.",
        "Link a platform and {app} takes it from there.",
        "Everything {app} reads from comes through here.",
    ),
    tiktok_blurbs=(
        "Pull your TikTok account into {app}.",
        "Link TikTok and see it inside {app}.",
        "Hook up your TikTok account with {app}.",
    ),
    connect_buttons=("Link", "Add"),
    connected_badges=("Linked", "Active"),
    manage_buttons=("Edit", "Options"),
    filter_tabs=("Everything", "Networks", "Workflow", "Files"),
    integration_search=("Find an app…", "Look up a service"),
    request_links=("Missing something? Tell us", "Ask for a new connector"),
    empty_headings=("Nothing linked yet", "Start with one platform"),
    empty_bodies=(
        "Link a platform and {app} fills this page for you.",
        "Choose where you'd like {app} to look first.",
    ),
    picker_titles=("Choose a platform", "New source"),
    picker_next=("Choose",),
    picker_close=("Dismiss",),
    split_buttons=("New source", "Link platform"),
    onboarding_pick_headings=("Pick the platforms you're on", "Where does your audience find you?"),
    list_headers=("Platform", "State", ""),
    not_connected=("Not linked", "Off"),
    connecting_headings=(
        "Link TikTok with {app}",
        "Linking your TikTok account",
        "Set up TikTok for {app}",
        "About to connect to TikTok",
        "Connect to TikTok",
        "Ready to link TikTok?",
        "Bring TikTok into {app}",
    ),
    connecting_intros=(
        "In the next step TikTok asks you to log in and confirm the link.",
        "{app} will open TikTok so you can approve the link.",
        "Have a look at what's involved, then head to TikTok to finish.",
        "Here's exactly what happens when you link TikTok to {app}.",
    ),
    data_titles=("Information {app} gets", "What comes over from TikTok", "Included in the transfer"),
    purpose_titles=("What it's for", "The reason we ask", "How {app} puts it to work"),
    purpose_templates=(
        "It lets us {goal}.",
        "This is needed so we can {goal}.",
        "{app} relies on it to {goal}.",
        "With it, we {goal}.",
    ),
    goals={
        "analytics": (
            "plot the ups and downs of your reach in one view",
            "work out which weeks grew your audience",
            "rank you against accounts of a similar size",
        ),
        "scheduler": (
            "recommend publishing slots that fit your audience",
            "flag ideas that resemble your past winners",
            "fill gaps in your planner with proven formats",
        ),
        "agency": (
            "assemble the client-ready deck every month",
            "give your account manager one page with every number",
        ),
        "crm": (
            "attach TikTok details to the person record in your CRM",
            "qualify incoming brand partnership leads",
        ),
        "research": (
            "contribute your account to the approved study, de-identified",
            "answer the research questions listed in your agreement",
        ),
        "backup": (
            "store an encrypted copy only you can open",
            "let you recover your account later if you ever need to",
        ),
    },
    row_purposes={
        "activity": ("Learn which themes hold your attention", "Build an interest map"),
        "postsandprofile": ("Measure each upload's reach", "Track audience size month to month"),
        "directmessages": ("Find partnership requests in chats", "Archive your conversations"),
        "all": ("See your whole account in one place", "Store a complete copy"),
    },
    table_headers=("Information", "Purpose", "Frequency"),
    inline_templates=(
        "TikTok will send {items} to {app}.",
        "Linking gives {app} {items}.",
        "{app} gets {items}, nothing else.",
    ),
    ongoing=(
        "This transfer repeats daily for as long as TikTok stays linked.",
        "A fresh copy is requested every 24 hours.",
        "{app} updates it each day; unlink to stop.",
    ),
    ongoing_badges=("Refreshed daily", "Every 24 h"),
    once=("We request it a single time.", "One copy only, no repeat transfers."),
    proceed=("Proceed", "Proceed to TikTok", "Open TikTok", "Yes, link it", "Link my account", "Go ahead"),
    go_back=("Not now", "Return", "Never mind", "Back to connected apps", "Step back", "I'll decide later"),
    privacy_notes=(
        "Access can be revoked whenever you want.",
        "Read how we handle data in our privacy notice.",
        "Nothing is published to TikTok by {app}.",
    ),
    stepper=("Pick", "Check", "Approve", "Complete"),
    read_only=("Read access only", "No write permission"),
    data={
        "activity": (
            DataItem("Viewing history", "What you watched on TikTok", "your viewing history"),
            DataItem("Your likes", "Every video you tapped the heart on", "the videos you liked"),
            DataItem("Searches", "Things you looked up in the app", "your past searches"),
            DataItem("Saved items", "Favourite sounds, effects and hashtags", "your saved favourites"),
            DataItem("Login history", "When and from where you signed in", "your login history"),
            DataItem("Purchases", "Coins and gifts you bought", "your purchase history"),
        ),
        "postsandprofile": (
            DataItem("Public profile", "Handle, name, bio and profile photo", "your public profile"),
            DataItem("Published posts", "The videos on your account", "your published posts"),
            DataItem("Follower list", "Who follows you", "your follower list"),
            DataItem("Accounts you follow", "Your following list", "your following list"),
        ),
        "directmessages": (
            DataItem("DMs", "Private chats you've sent and received", "your DMs"),
            DataItem("Chat history", "Your message threads with dates", "your chat history"),
        ),
        "all": (),
    },
    all_phrases=(
        "every piece of data in your TikTok account",
        "your entire TikTok archive",
        "the complete copy of your TikTok data",
    ),
    all_labels=("Your entire TikTok archive", "All account data", "The complete TikTok export"),
    all_includes=("Among other things:", "For example:"),
    success_headings=(
        "All set — TikTok linked",
        "TikTok account added",
        "Linked successfully",
        "Done! TikTok is now part of {app}",
        "TikTok is linked and ready",
        "Great, you're linked",
    ),
    success_bodies=(
        "The first transfer is on its way; numbers appear within the hour.",
        "We'll let you know as soon as your TikTok figures land.",
        "{app} has what it needs. Sit back while the data arrives.",
    ),
    toasts=("Your TikTok account was linked", "TikTok linked to {app}", "Link to TikTok complete"),
    result_ctas=("Open insights", "See my numbers", "Take me home"),
    result_stats=("Posts pulled in", "Audience", "Most recent sync"),
    sync_status=("Fresh", "Transfer in progress"),
    connected_as=("Linked account: {handle}", "Using {handle}"),
    import_headers=("Clip", "Plays", "Published"),
    captions=(
        "Desk setup tour",
        "How I edit on my phone",
        "Sunday reset vlog",
        "Reacting to your comments",
        "One-pan dinner idea",
        "Trail run at sunrise",
        "Q&A part 2",
    ),
    banner_links=("View details",),
    tt_consent_sentences=(
        "{app} would like to access your TikTok account",
        "{app} is asking for access to your TikTok account",
    ),
    tt_will_be_able=("Allow {app} to:", "{app} is requesting permission to:"),
    tt_allow=("Allow", "Confirm"),
    tt_manage_notes=(
        "You can turn off access for this app at any time in Settings.",
        "Manage connected apps from Settings > Security.",
    ),
    tt_switch=("Not you? Switch",),
    tt_continue_to=("and continue to {app}",),
    lookalike_headings=("Welcome to {app}", "Log into {app}"),
    lookalike_options=("Scan a code", "Email / handle", "Sign in with Google", "Sign in with Apple"),
    lookalike_footers=("First time here? Sign up free",),
    google_intros=("{app} is asking for access to your Google Account",),
    google_scopes=(
        "Associate you with your personal info on Google",
        "View your email address and name",
    ),
    google_trust=("Only share information with sites and apps you trust.",),
    signin_headings=("Good to see you again", "Log in to your workspace"),
    signin_subtitles=("Use the email your team invited.", "Pick up where you left off."),
    email_labels=("Email address",),
    password_labels=("Your password",),
    signin_buttons=("Log in",),
    forgot_links=("Reset password",),
    sso_buttons=("Sign in with Google", "Sign in with Okta", "SAML login"),
    no_account=("New here? Create a workspace",),
    quotes=(
        "“We replaced three spreadsheets with {app} in a week.”",
        "“Our clients finally get numbers they understand.”",
    ),
    greetings=("Hi {first}, here's today", "Home", "Hello again, {first}"),
    kpis=(
        "Audience size",
        "Interactions",
        "Active deals",
        "Pending approvals",
        "Queued items",
        "Reports delivered",
    ),
    chart_titles=("Trend over 4 weeks", "Last 90 days"),
    table_titles=("Latest projects", "Today"),
    dash_headers=("Project", "Lead", "State", "Modified"),
    row_names=(
        "Autumn campaign",
        "Creator week",
        "New market test",
        "Festive push",
        "Rebrand rollout",
        "Evergreen",
    ),
    statuses=("Live", "In review", "On hold"),
    panel_titles=("Coming up", "To-dos"),
    tasks=("Finalise the brief", "Ping the legal team", "Upload new cuts", "Chase late payment"),
    pricing_headings=("Plans that grow with you", "Choose your plan"),
    pricing_subtitles=("Try any plan free for a month. Cancel anytime.",),
    plans=(
        Plan("Solo", "€15", ("2 platforms", "Monthly summaries", "Community forum")),
        Plan("Studio", "€45", ("8 platforms", "Live dashboards", "5 seats", "Chat support")),
        Plan("Enterprise", "€149", ("No platform limit", "Audit log", "SAML", "Account manager")),
    ),
    pricing_cta=("Try it free",),
    popular=("Best value",),
    billing_toggle=("Per month", "Per year (2 months free)"),
    marketing_nav=("Features", "Plans", "Stories", "Help centre"),
    onboarding_headings=("Tell us about your team", "Let's get you started"),
    onboarding_subtitles=("A few answers and {app} is ready for you.",),
    onboarding_fields=("Company name", "What do you do?", "How many people?"),
    onboarding_options=("Solo", "Small team", "Mid-size", "Large org"),
    onboarding_buttons=("Save & proceed",),
    onboarding_skip=("I'll do this later",),
    select_placeholder="Pick an option",
    step_of=("{n}/{m}",),
)

POOLS: dict[Split, Pool] = {"dev": DEV, "holdout": HOLDOUT}


# ---------------------------------------------------------------- checks


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, tuple | list):
        return [s for v in value for s in _strings(v)]
    if hasattr(value, "__dataclass_fields__"):
        return [s for f in fields(value) for s in _strings(getattr(value, f.name))]  # type: ignore[arg-type]
    return []


# Colours and domains are not wording; everything else must differ between the halves.
def _phrases(pool: Pool) -> set[str]:
    out = set()
    for s in _strings(pool):
        if s in KINDS or re.fullmatch(r"#[0-9a-f]{6}|[a-z0-9.-]+\.[a-z]{2,}|[^\w\s]|\w", s):
            continue
        out.add(s.lower())
    return out


def overlap() -> set[str]:
    return _phrases(DEV) & _phrases(HOLDOUT)


# Words that name one of TikTok's data sets (spec, "What each data set covers").
DATA_WORDS = re.compile(
    r"\b(videos?|posts?|posted|profiles?|followers?|following|likes?|liked|favou?rites?|comments?|"
    r"messages?|chats?|dms?|conversations?|inbox|history|watch(ed|ing)?|activity|purchases?|archive|"
    r"bio|username|uploads?|clips?|sounds|effects|hashtags|searches|searched)\b",
    re.I,
)


def leaks() -> list[str]:
    """Neutral phrases that name a data set; shown beside a disclosure they would change its truth."""
    out = []
    for pool in POOLS.values():
        neutral: list[object] = [
            pool.nav,
            pool.settings_nav,
            pool.search_placeholders,
            pool.top_actions,
            pool.browser_tabs,
            pool.plan_badges,
            [s.blurb for s in pool.services],
            pool.tiktok_blurbs,
            pool.connecting_headings,
            pool.connecting_intros,
            pool.data_titles,
            pool.purpose_titles,
            pool.purpose_templates,
            pool.goals,
            pool.ongoing,
            pool.ongoing_badges,
            pool.once,
            pool.proceed,
            pool.go_back,
            pool.privacy_notes,
            pool.stepper,
            pool.read_only,
            pool.inline_templates,
            pool.table_headers,
            pool.all_includes,
            pool.workspaces,
            pool.people,
        ]
        out += [s for s in _strings(neutral) if DATA_WORDS.search(s)]
    return out
