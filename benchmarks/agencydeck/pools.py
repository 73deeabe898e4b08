"""Every word the agency's mockups show, in two disjoint pools: "dev" and "holdout".

Written for this generator alone. A submission of the dev split only ever draws from
POOLS["dev"], a holdout submission only from POOLS["holdout"], so wording that a checker was
tuned on never leaks into the split that measures it. TikTok's own page is the exception in
spirit (TikTok writes it, not the client), but its variants are split the same way.
"""

from __future__ import annotations

from typing import Any

# Scope -> data category of the agency's item lists.
SCOPE_CATEGORY = {
    "portability.activity.single": "activity",
    "portability.activity.ongoing": "activity",
    "portability.postsandprofile.single": "posts",
    "portability.postsandprofile.ongoing": "posts",
    "portability.directmessages.single": "dm",
    "portability.directmessages.ongoing": "dm",
    "portability.all.single": "all",
    "portability.all.ongoing": "all",
}

# TikTok's consent wording per scope (from the spec), shown on TikTok's own page.
TIKTOK_PERMISSION = {
    "portability.activity.single": "Export a copy of your activity data",
    "portability.activity.ongoing": "Export copies of your activity data",
    "portability.postsandprofile.single": "Export a copy of your posts and profile data",
    "portability.postsandprofile.ongoing": "Export copies of your posts and profile data",
    "portability.directmessages.single": "Export a copy of your direct message data",
    "portability.directmessages.ongoing": "Export copies of your direct message data",
    "portability.all.single": "Export a copy of your full user data archive",
    "portability.all.ongoing": "Export copies of your full user data archive",
}

# Realistic scope bundles per kind of client product.
SCOPE_SETS: dict[str, list[list[str]]] = {
    "analytics": [
        ["portability.postsandprofile.ongoing"],
        ["portability.postsandprofile.ongoing", "portability.activity.ongoing"],
        ["portability.postsandprofile.single"],
    ],
    "crm": [
        ["portability.directmessages.ongoing", "portability.postsandprofile.ongoing"],
        ["portability.directmessages.ongoing"],
    ],
    "marketplace": [
        ["portability.postsandprofile.single"],
        ["portability.postsandprofile.ongoing"],
        ["portability.postsandprofile.single", "portability.activity.single"],
    ],
    "scheduler": [["portability.postsandprofile.ongoing"]],
    "archive": [
        ["portability.all.single"],
        ["portability.all.ongoing"],
        ["portability.postsandprofile.single", "portability.directmessages.single"],
    ],
    "research": [
        ["portability.activity.single"],
        ["portability.activity.single", "portability.postsandprofile.single"],
        ["portability.activity.ongoing"],
    ],
}


def _item(name: str, what: str, use: str) -> dict[str, str]:
    return {"name": name, "what": what, "use": use}


DEV: dict[str, Any] = {
    "apps": [
        ("Brandwell", "marketplace", "Brand partnerships, handled"),
        ("Tallyhouse", "analytics", "Social reporting for agencies"),
        ("Reelmetric", "analytics", "Short-video performance analytics"),
        ("Northpost", "scheduler", "Plan and publish everywhere"),
        ("Vaultline", "archive", "Encrypted backups for creators"),
        ("Fieldnote Labs", "research", "Consented data for social research"),
        ("Cadence Social", "scheduler", "The content calendar for teams"),
        ("Pitchwise", "crm", "The CRM built for creator managers"),
        ("Talentgrid", "crm", "Roster management for talent agencies"),
        ("Mosaic Insights", "analytics", "Cross-channel audience intelligence"),
    ],
    "handles": ["@maya.makes", "@thegreenkitchen", "@joel_lifts", "@studio.halden", "@rio.travels"],
    "people": ["Maya Okafor", "Daniel Reyes", "Priya Natarajan", "Tom Whitfield", "Hana Sato"],
    "other_services": [
        ("Instagram", "Posts, Reels and Stories insights", "#e1306c"),
        ("YouTube", "Channel analytics and uploads", "#ff0000"),
        ("Shopify", "Orders and product catalogue", "#5e8e3e"),
        ("Pinterest", "Pins and board analytics", "#bd081c"),
        ("Google Drive", "Store exports in your Drive", "#1a73e8"),
        ("Slack", "Send report digests to a channel", "#4a154b"),
        ("X (Twitter)", "Posts and engagement", "#111111"),
    ],
    "nav": ["Overview", "Campaigns", "Creators", "Reports", "Calendar", "Integrations", "Settings"],
    "nav_extra": ["Billing", "Help centre"],
    "connect_headings": [
        "Integrations",
        "Connected accounts",
        "Add a data source",
        "Connect your channels",
        "Import content",
        "Channels",
    ],
    "connect_intros": [
        "Bring your social accounts into {app} so reporting runs without manual exports.",
        "Choose the platforms your workspace should pull data from. You can add more later.",
        "Link an account to start syncing. Connections are private to this workspace.",
        "Select a source to import from. Admins can review every connection under Security.",
    ],
    "tiktok_blurbs": [
        "Import videos, profile stats and audience data.",
        "Short-form video performance and follower growth.",
        "Bring in your TikTok posts and account history.",
        "Creator profile, posts and engagement.",
    ],
    "connect_buttons": ["Connect", "Add", "Set up", "Connect account"],
    "connected_badge": "Connected",
    "not_connected": "Not connected",
    "connect_table_cols": ["Platform", "Status", "Last sync", ""],
    "onboarding_titles": [
        "Where does your audience live?",
        "Let's connect your first channel",
        "Pick a platform to get started",
    ],
    "stepper": ["Choose a source", "Review access", "Sign in", "Finish"],
    "step_of": "Step {n} of {total}",
    "connecting_headings": [
        "Connecting to TikTok",
        "Connect your TikTok account",
        "Link TikTok to {app}",
        "Before we connect to TikTok",
        "Review TikTok access",
        "TikTok connection",
    ],
    "connecting_intros": [
        "{app} is about to connect to your TikTok account. Please review the details below before continuing.",
        "You'll be sent to TikTok to sign in and approve the request. Here is what happens next.",
        "We're setting up a secure connection between {app} and TikTok.",
        "To finish setting up, {app} will ask TikTok for a copy of some of your account data.",
        "Connecting takes about a minute. Nothing is posted to your TikTok account.",
    ],
    "data_titles": [
        "What we'll receive",
        "Data that will be shared",
        "Information included in this transfer",
        "What {app} will import",
        "Data requested",
    ],
    "data_lead": [
        "The following will be transferred from TikTok to {app}:",
        "With your permission, TikTok will share:",
        "This connection includes:",
    ],
    "table_cols": ("Data", "What it includes", "How we use it"),
    "purpose_titles": ["Why we need this", "Purpose", "How this data is used", "Why {app} asks for this"],
    "purposes": [
        "{app} uses this information to build the performance reports in your workspace. Nothing is "
        "shared with brands unless you choose to publish a report to them.",
        "Why? Reports are only as good as the numbers behind them. Connecting TikTok lets {app} replace "
        "manual exports with figures that update on their own.",
        "So that your campaign dashboards show real results instead of estimates.",
        "This lets your account manager benchmark your channel against comparable creators and recommend "
        "brand partnerships that fit.",
        "We need it to produce the monthly summary your clients receive, and for nothing else.",
        "Purpose: audience analytics and content planning inside {app}. We do not sell this data or use it "
        "to train advertising models.",
        "Having it in {app} means your whole team can plan, review and report from one place instead of "
        "trading screenshots.",
        "It powers three features: the growth chart, the best-time-to-post planner and the quarterly "
        "creator report.",
        "Without it we can't verify your channel for brand deals. Verified profiles are shown to "
        "advertisers with figures sourced directly from TikTok.",
        "The data is processed solely to provide the analytics service you subscribed to, as described in "
        "section 4 of our Data Processing Addendum.",
        "To keep a faithful, searchable backup of your account that stays yours even if you lose access to "
        "TikTok.",
        "We use it to match you with campaigns where your audience is a genuine fit, not just a big number.",
        "Your research team receives a clean, consented dataset to analyse; each participant decides what "
        "to contribute.",
        "This is what allows {app} to schedule, track and report on your content without anyone copying "
        "figures by hand.",
    ],
    "ongoing_notes": [
        "The connection stays active: {app} refreshes this data every 24 hours until you disconnect.",
        "Data syncs automatically each night. You can pause syncing at any time.",
        "This is a recurring transfer; new data is imported daily.",
    ],
    "single_notes": [
        "This is a one-time transfer. {app} will not request data again without asking you.",
        "We take a single copy now; nothing is refreshed afterwards.",
    ],
    "privacy_notes": [
        "Your data is encrypted in transit and at rest and stored in the EU.",
        "You can disconnect TikTok at any time from Settings, and we'll delete the imported data within 30 days.",
        "Only members of this workspace with the Analyst role or higher can see imported data.",
        "{app} never publishes anything to your TikTok account.",
    ],
    "footnotes": [
        "¹ Processing is governed by our Privacy Notice and the Data Processing Addendum signed by your organisation.",
        "* Retention periods are listed in the {app} Trust Center.",
        "See Privacy Notice §3 for your rights under GDPR, including access and erasure.",
    ],
    "learn_more": ["Learn more", "Read our privacy notice", "How we handle data"],
    "proceed": [
        "Continue",
        "Connect TikTok",
        "Proceed",
        "Continue to TikTok",
        "Authorize access",
        "Allow and continue",
        "Next",
        "Agree and connect",
        "Start connection",
        "Confirm",
        "Yes, connect",
    ],
    "back": [
        "Go back",
        "Cancel",
        "Not now",
        "Back",
        "Return to integrations",
        "Maybe later",
        "Abort",
        "Back to settings",
        "Skip for now",
        "Discard",
        "Take me back",
    ],
    "no_data_intro": [
        "{app} will connect to your TikTok account. You'll confirm the request on TikTok's page.",
        "Connecting your TikTok account takes about a minute and can be undone at any time.",
    ],
    "success": [
        ("TikTok connected", "We're pulling in your data now. Most accounts are ready in under ten minutes."),
        ("You're all set", "Your TikTok account is now linked to {app}."),
        ("Connection successful", "TikTok has been added to your workspace."),
        ("TikTok is live in {app}", "The first import has started; we'll email you when it finishes."),
        ("Import started", "TikTok connected successfully. Your reports will fill in as data arrives."),
        ("Success! TikTok is linked", "You can manage this connection from Settings › Integrations."),
        ("Account linked", "{handle} is connected and syncing."),
        ("Great, TikTok is connected", "Your first backup is running in the background."),
        ("Integration active", "TikTok was connected today by {person}."),
        ("Done. TikTok is now connected", "Close this window to return to your dashboard."),
        ("Connected to TikTok", "Initial sync in progress, 34% complete."),
    ],
    "result_ctas": ["Go to dashboard", "View report", "Open workspace", "See imported posts"],
    "sync_label": "Syncing",
    "dashboard_titles": ["Overview", "Performance", "This week", "Workspace home"],
    "kpis": [
        ("Total reach", "1.28M", "+12.4%"),
        ("Engagement rate", "6.1%", "+0.8 pts"),
        ("Active campaigns", "14", "3 due this week"),
        ("Creators on roster", "86", "+5 this month"),
        ("Scheduled posts", "42", "Next: today 18:00"),
        ("Avg. watch time", "00:21", "-2s vs last week"),
    ],
    "table_heads": ["Campaign", "Owner", "Status", "Budget"],
    "table_rows": [
        ("Spring Glow launch", "Maya Okafor", "Live", "$24,000"),
        ("Trail Running Q2", "Daniel Reyes", "Drafting", "$9,500"),
        ("Holiday Bundles", "Priya Natarajan", "Review", "$31,200"),
        ("Back to Campus", "Tom Whitfield", "Live", "$12,750"),
    ],
    "signin": {
        "title": "Sign in to {app}",
        "sub": "Use your work email to continue.",
        "email": "Work email",
        "password": "Password",
        "button": "Sign in",
        "alt": "Continue with SSO",
        "foot": "New to {app}? Book a demo",
    },
    "pricing": {
        "title": "Plans for growing teams",
        "sub": "Billed annually. Cancel any time.",
        "plans": [
            ("Starter", "$29", "1 workspace"),
            ("Team", "$99", "5 workspaces"),
            ("Agency", "$249", "Unlimited"),
        ],
        "cta": "Choose plan",
    },
    "team": {
        "title": "Team members",
        "sub": "Invite colleagues and set what they can access.",
        "cols": ["Name", "Role", "Last active"],
        "roles": ["Owner", "Analyst", "Editor", "Viewer"],
        "cta": "Invite member",
    },
    "captions": [
        "Creator settings, desktop 1440",
        "Round 2, client review",
        "Annotated flow, v3",
        "Figure {n}",
        "Desktop / light",
        "Hi-fi handoff",
        "{client} x TikTok, screen {n}",
    ],
    "clients": ["Harlow & Finch", "Oakmere Group", "Bluefield"],
    "search": "Search",
    "breadcrumb_root": "Settings",
    "auth": {
        "consent_title": "{app} wants to access your TikTok account",
        "consent_lead": "This app will be able to:",
        "cancel": "Cancel",
        "confirm": "Authorize",
        "fineprint": "By authorizing, you allow {app} to use your information in accordance with its terms "
        "of service and privacy policy. You can remove access at any time in your TikTok settings.",
        "account": "Logged in as {handle}",
        "switch": "Switch account",
        "login_title": "Log in to TikTok",
        "login_sub": "Manage your account, check notifications, comment on videos, and more.",
        "login_options": [
            "Use QR code",
            "Use phone / email / username",
            "Continue with Google",
            "Continue with Facebook",
            "Continue with Apple",
        ],
        "login_foot": "Don't have an account? Sign up",
        "login_terms": "By continuing, you agree to TikTok's Terms of Service and confirm that you have "
        "read TikTok's Privacy Policy.",
    },
    "items": {
        "activity": [
            _item(
                "Watch history",
                "Videos you've viewed, with date and time",
                "Maps the content you engage with",
            ),
            _item("Liked videos", "Posts you've liked", "Finds themes your audience responds to"),
            _item(
                "Search history", "Terms you've searched for on TikTok", "Spots rising topics in your niche"
            ),
            _item("Favourites", "Saved videos, sounds and hashtags", "Builds your inspiration board"),
            _item("Share history", "Videos you've shared and where", "Measures word-of-mouth reach"),
        ],
        "posts": [
            _item(
                "Profile details",
                "Username, display name, bio and profile photo",
                "Shows your profile on reports",
            ),
            _item(
                "Your videos", "Every post you've published, with captions", "Calculates per-post performance"
            ),
            _item("Followers list", "Accounts that follow you", "Estimates audience overlap with brands"),
            _item("Following list", "Creators and accounts you've followed", "Suggests collaborators"),
        ],
        "dm": [
            _item(
                "Direct messages",
                "Your conversations, with message text and timestamps",
                "Brings brand enquiries into your inbox",
            ),
            _item(
                "Chat history",
                "Past threads with other accounts",
                "Links deals to the conversation they started in",
            ),
        ],
        "all": [
            _item(
                "Full TikTok data archive",
                "Everything TikTok holds for your account",
                "Creates a complete, restorable backup",
            ),
        ],
    },
    "all_breakdown": "Includes your profile, videos, watch history, likes, comments and direct messages.",
}


HOLDOUT: dict[str, Any] = {
    "apps": [
        ("Sparrow Analytics", "analytics", "Know what's working, channel by channel"),
        ("Kinfolk CRM", "crm", "Relationships for creator teams"),
        ("DealDock", "marketplace", "Where brands meet creators"),
        ("Quillstack", "scheduler", "Publishing operations for social teams"),
        ("Harbor Archive", "archive", "Your content, kept safe"),
        ("Studylens", "research", "Participant-driven data donation"),
        ("Postmarked", "scheduler", "Social publishing, simplified"),
        ("Orbitly", "analytics", "Growth analytics for creators"),
        ("Rosterly", "crm", "Manage talent, deals and inboxes"),
        ("Coldframe", "archive", "Long-term storage for social accounts"),
    ],
    "handles": ["@lena.bakes", "@coastal.cam", "@fitwithomar", "@inkandpaper", "@nightshift.dj"],
    "people": ["Lena Fischer", "Omar Haddad", "Grace Liu", "Samuel Adeyemi", "Inès Moreau"],
    "other_services": [
        ("Facebook Pages", "Page posts and audience", "#1877f2"),
        ("Twitch", "Streams, clips and subscribers", "#9146ff"),
        ("LinkedIn", "Company page analytics", "#0a66c2"),
        ("Snapchat", "Spotlight and Stories stats", "#e0c400"),
        ("Dropbox", "Archive exports to Dropbox", "#0061ff"),
        ("HubSpot", "Push contacts and deals", "#ff7a59"),
        ("Threads", "Posts and replies", "#222222"),
    ],
    "nav": ["Home", "Deals", "Roster", "Insights", "Publishing", "Connections", "Workspace settings"],
    "nav_extra": ["Invoices", "Support"],
    "connect_headings": [
        "Connections",
        "Sources",
        "Link a platform",
        "Channel setup",
        "Where should we import from?",
        "Apps & accounts",
    ],
    "connect_intros": [
        "Link the platforms you publish on. {app} only reads what you approve.",
        "Add a source to this workspace. Each connection can be removed at any time.",
        "Accounts you connect here are available to everyone on your team.",
        "Pick a platform below to set up syncing for this client.",
    ],
    "tiktok_blurbs": [
        "Sync posts and account insights.",
        "Posts, profile and audience signals from TikTok.",
        "Archive and analyse your TikTok account.",
        "Verified TikTok stats for your media kit.",
    ],
    "connect_buttons": ["Link", "Enable", "Add source", "Link account"],
    "connected_badge": "Active",
    "not_connected": "Not linked",
    "connect_table_cols": ["Source", "State", "Updated", ""],
    "onboarding_titles": [
        "Which platform should we start with?",
        "Add your first source",
        "Set up a channel",
    ],
    "stepper": ["Source", "Permissions", "TikTok sign-in", "Done"],
    "step_of": "{n}/{total}",
    "connecting_headings": [
        "Set up the TikTok integration",
        "TikTok data access request",
        "You're connecting TikTok",
        "Connect TikTok to {app}",
        "Almost there: link TikTok",
        "TikTok access",
    ],
    "connecting_intros": [
        "{app} is connecting to TikTok. Take a moment to check what will be shared and why.",
        "Next, TikTok will ask you to sign in and confirm. Here is a summary of the request.",
        "This opens a secure TikTok window. Your password is never shared with {app}.",
        "{app} will request a copy of selected TikTok data on your behalf.",
        "Setting up takes under a minute, and you can revoke access whenever you like.",
    ],
    "data_titles": [
        "Shared with {app}",
        "Included data",
        "What TikTok will send us",
        "Data covered by this request",
        "The data involved",
    ],
    "data_lead": [
        "Once you approve, {app} receives:",
        "TikTok will send the following to {app}:",
        "This request covers:",
    ],
    "table_cols": ("Category", "Details", "Used for"),
    "purpose_titles": ["Reason for access", "Why it's needed", "Use of data", "What it's for"],
    "purposes": [
        "With this access, {app} can assemble a live media kit that brands trust, because the figures come "
        "straight from TikTok.",
        "Here's why: our planner learns from how your account has performed to suggest when and what to "
        "post next.",
        "The information is used exclusively to create the archive you requested. You can download or "
        "delete that archive at any time.",
        "{app} needs it to calculate the benchmarks shown on your Insights tab.",
        "Reason for access: to produce consolidated reporting across every channel your agency manages.",
        "It allows us to reconcile sponsored content against signed contracts, so invoices match what was "
        "actually delivered.",
        "We rely on it to flag growth trends early and surface them in your weekly briefing.",
        "Use of data: aggregated, de-identified analysis for the study you enrolled in. Individual "
        "responses are never published.",
        "That way your client workspace stays current without anyone re-uploading spreadsheets.",
        "Connecting means the brands you pitch see verified numbers instead of screenshots that are hard to "
        "trust.",
        "Access is requested to operate the backup and restore features of your plan and for no other "
        "purpose.",
        "It gives our scoring engine what it needs to rank which of your posts deserve paid promotion.",
        "So {app} can keep your content calendar in step with what you have already published.",
        "Your managers get a single shared view of every open deal, so no brand enquiry is missed.",
    ],
    "ongoing_notes": [
        "Ongoing access: {app} requests fresh copies on a daily schedule until you revoke it.",
        "We'll keep this data up to date with an automatic sync every 12 hours.",
        "Transfers repeat weekly so your workspace never goes stale.",
    ],
    "single_notes": [
        "One-off export: we request the data once and do not refresh it.",
        "A single copy is taken at the moment you approve.",
    ],
    "privacy_notes": [
        "Data is stored on servers in the United States and protected with AES-256 encryption.",
        "Revoke access at any time under Connections; imported records are purged within 14 days.",
        "Only you and people you invite to this workspace can view the imported content.",
        "{app} will never publish content or reply to anyone from your account.",
    ],
    "footnotes": [
        "† Subject to the Data Processing Agreement between {app} and your organization.",
        "Questions about your data? Contact privacy@{domain}.",
        "Retention and deletion schedules are published in our Security Whitepaper.",
    ],
    "learn_more": ["More details", "Data use policy", "Read the details"],
    "proceed": [
        "Proceed to TikTok",
        "Connect now",
        "Accept & continue",
        "Grant access",
        "Go to TikTok",
        "Continue to sign in",
        "Link account",
        "Approve",
        "Next step",
        "I agree",
        "Open TikTok",
        "Allow",
    ],
    "back": [
        "Back to sources",
        "Cancel setup",
        "Not right now",
        "Previous",
        "Exit",
        "Decline",
        "Return",
        "Close",
        "Do this later",
        "Back to workspace",
        "Abort setup",
        "Stop",
    ],
    "no_data_intro": [
        "{app} is linking to your TikTok account. TikTok will ask you to confirm on the next page.",
        "We'll open TikTok in a secure window to finish linking your account.",
    ],
    "success": [
        (
            "TikTok linked successfully",
            "Your account is ready. Insights appear as soon as the first sync ends.",
        ),
        ("All done!", "{app} can now receive your TikTok data. The first sync is under way."),
        ("Your TikTok account is connected", "We'll notify you when the import completes."),
        ("Connection established", "TikTok was added to this workspace."),
        ("Nice work, TikTok is synced", "Your posts will show up in Publishing shortly."),
        ("Export requested", "TikTok accepted the connection. Your archive is being prepared."),
        ("Authorization complete", "TikTok is now connected to {app}."),
        ("TikTok added", "We've started importing. This page refreshes automatically."),
        ("Setup complete", "Your TikTok integration is active."),
        ("Welcome aboard: TikTok is connected", "{handle} now appears on your roster."),
        ("Sync enabled", "TikTok connected, first import queued."),
    ],
    "result_ctas": ["Back to home", "Open insights", "View archive", "Done"],
    "sync_label": "Importing",
    "dashboard_titles": ["Home", "Insights", "At a glance", "Your workspace"],
    "kpis": [
        ("Impressions", "842K", "+9.1%"),
        ("Avg. engagement", "4.7%", "+0.3 pts"),
        ("Open deals", "9", "2 awaiting signature"),
        ("Talent", "31", "+2 this quarter"),
        ("Queued posts", "18", "Next: tomorrow 09:30"),
        ("Completion rate", "38%", "+4% vs last month"),
    ],
    "table_heads": ["Deal", "Manager", "Stage", "Value"],
    "table_rows": [
        ("Oat milk summer series", "Lena Fischer", "Negotiating", "€18,400"),
        ("Headphones unboxing", "Omar Haddad", "Signed", "€6,900"),
        ("City break vlogs", "Grace Liu", "Briefing", "€22,000"),
        ("Skincare routine", "Samuel Adeyemi", "Signed", "€11,300"),
    ],
    "signin": {
        "title": "Welcome back",
        "sub": "Log in to your {app} workspace.",
        "email": "Email address",
        "password": "Your password",
        "button": "Log in",
        "alt": "Use single sign-on",
        "foot": "Forgot your password?",
    },
    "pricing": {
        "title": "Choose the plan that fits",
        "sub": "All plans include unlimited reports.",
        "plans": [
            ("Solo", "€19", "For independent creators"),
            ("Studio", "€79", "Up to 10 seats"),
            ("Enterprise", "Custom", "SSO & audit logs"),
        ],
        "cta": "Select",
    },
    "team": {
        "title": "People",
        "sub": "Manage who can open this workspace.",
        "cols": ["Member", "Permission", "Joined"],
        "roles": ["Admin", "Manager", "Contributor", "Guest"],
        "cta": "Add people",
    },
    "captions": [
        "Iteration 4, for sign-off",
        "Board {n}",
        "Hi-fi, tablet",
        "Prepared for {client}",
        "Draft, not for distribution",
        "Desktop / dark",
        "Ref. {n}",
    ],
    "clients": ["Marlow Studio", "Kestrel Media", "Ardent & Co"],
    "search": "Find anything",
    "breadcrumb_root": "Workspace",
    "auth": {
        "consent_title": "{app} is requesting access to your TikTok account",
        "consent_lead": "{app} would like to:",
        "cancel": "Cancel",
        "confirm": "Allow",
        "fineprint": "You're sharing data with {app}. Review their privacy policy and terms to learn how your "
        "data will be used. Manage app permissions in Settings and privacy.",
        "account": "{handle}",
        "switch": "Not you?",
        "login_title": "Log in to TikTok",
        "login_sub": "Log in to continue to {app}.",
        "login_options": [
            "Use QR code",
            "Use phone / email / username",
            "Continue with Google",
            "Continue with X",
            "Continue with LINE",
        ],
        "login_foot": "New to TikTok? Sign up",
        "login_terms": "By continuing with an account located in your region, you agree to our Terms of Service "
        "and acknowledge that you have read our Privacy Policy.",
    },
    "items": {
        "activity": [
            _item("Viewing history", "Which videos you watched and when", "Profiles the topics you follow"),
            _item("Like list", "Every video you've liked", "Detects what resonates with you"),
            _item(
                "Searches", "What you've looked up in the TikTok search bar", "Identifies emerging interests"
            ),
            _item("Favorites", "Sounds, effects and videos you've saved", "Seeds your idea library"),
            _item("Login history", "Dates and devices used to sign in", "Flags unusual account access"),
        ],
        "posts": [
            _item("Public profile", "Handle, name, bio and avatar", "Identifies you on deal pages"),
            _item("Posts", "Published videos and their captions", "Scores each post's performance"),
            _item("Follower list", "People who follow your account", "Sizes your real audience"),
            _item("Accounts you follow", "Creators and brands you follow", "Recommends partners"),
        ],
        "dm": [
            _item(
                "Message threads",
                "One-to-one and group chats, with dates",
                "Routes brand enquiries to your manager",
            ),
            _item("DM history", "Earlier conversations and shared links", "Keeps deal context in one place"),
        ],
        "all": [
            _item(
                "Complete account export",
                "All data TikTok makes available for your account",
                "Builds your long-term archive",
            ),
        ],
    },
    "all_breakdown": "Covers profile info, posts, viewing history, liked videos, comments and messages.",
}

POOLS: dict[str, dict[str, Any]] = {"dev": DEV, "holdout": HOLDOUT}
