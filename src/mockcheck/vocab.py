"""The phrases of each journey step and data category, in one place.

Lists are lower case and matched fuzzily on word boundaries (textmatch.contains). They were
written from the guideline, TikTok's own consent wording, and how real apps word these screens;
extend them here rather than in the classifier or the rules.
"""

from __future__ import annotations

from mockcheck.scopes import DataSet
from mockcheck.textmatch import normalise_phrase


def _norm(*phrases: str) -> tuple[str, ...]:
    return tuple(normalise_phrase(p) for p in phrases)


# -- connect: the app's page where the user chooses TikTok -------------------------------------
CONNECT_VERBS = _norm(
    "authenticate",
    "set up",
    "connect",
    "link",
    "import from",
    "import your",
    "add account",
    "add an account",
    "add tiktok",
    # Integration marketplaces install a service: 'Install' under its logo.
    "install",
    # 'Hook up your socials', 'Plug in your channels', 'Pair your TikTok'.
    "hook up",
    "plug in",
    "pair your",
    "pair with",
    "sync",
    "continue with",
    "sign in with",
    "log in with",
    "bring your",
    "integrate",
    "integrations",
    "connected accounts",
    "linked accounts",
    "connect accounts",
    "choose a service",
    "select a service",
    "choose a platform",
    "select a platform",
    "choose where",
    "data sources",
    "add a source",
    "add source",
    "connections",
    "apps and services",
    "link account",
    "link accounts",
)
# The label of each row of a list of services: 'Connect', 'Link', 'Add' beside every service.
# A service row's status while it is not linked yet.
UNLINKED_STATUS = _norm("not connected", "not linked", "tap to link", "tap to connect", "off", "disconnected")
ROW_CONNECT_LABELS = frozenset(
    _norm(
        "connect",
        "link",
        "add",
        "+ add",
        "+",
        "import",
        "sync",
        "set up",
        "connect +",
        "enable",
        "turn on",
        "install",
        "pair",
    )
)  # not 'Authorize': the button of a consent page
OTHER_SERVICES = _norm(
    "instagram",
    "youtube",
    "spotify",
    "facebook",
    "twitter",
    "snapchat",
    "pinterest",
    "twitch",
    "google",
    "dropbox",
    "apple music",
    "soundcloud",
    "linkedin",
    "reddit",
    "threads",
    "discord",
    "strava",
    "vimeo",
    "x (twitter)",
    "google drive",
    "onedrive",
    "icloud",
    # What a business tool's integrations page lists beside TikTok.
    "notion",
    "slack",
    "hubspot",
    "mailchimp",
    "zapier",
    "shopify",
    "salesforce",
    "airtable",
    "trello",
    "asana",
    "figma",
    "canva",
    "whatsapp",
    "telegram",
    "tumblr",
    "substack",
    "patreon",
    "bluesky",
    "mastodon",
)

# -- connecting: the app's own screen before handing over to TikTok -----------------------------
CONNECTING_CUES = _norm(
    "connecting to",
    # What the connecting screen says is happening (and no reason, see NOT_PURPOSE).
    "setting up a secure connection",
    "setting up a connection",
    "setting up the connection",
    "secure connection between",
    "connecting your",
    "connect your tiktok",
    "you're about to",
    "you are about to",
    "about to connect",
    "about to share",
    "about to link",
    "before you continue",
    "before we connect",
    "before you connect",
    "before connecting",
    "will receive",
    "will be able to",
    "will access",
    "will be shared",
    "will share",
    "we'll receive",
    "we will receive",
    "we'll access",
    "we will access",
    "we'll import",
    "we will import",
    # The app in the third person: 'What Cadence will import', 'Pitchwise will connect to your TikTok'.
    "will import",
    "will collect",
    "will request",
    "will connect to",
    "how this data is used",
    "how your data is used",
    "nothing is posted",
    "nothing will be posted",
    "we'll collect",
    "we will collect",
    "we'll request",
    "we will request",
    "what we'll",
    "what we will",
    "what you'll share",
    "what you share",
    "what we access",
    "data we",
    "the following data",
    "following information",
    "requesting access",
    "request access",
    "access to your",
    "you'll be redirected",
    "you will be redirected",
    "redirect you",
    "take you to tiktok",
    "taken to tiktok",
    "sent to tiktok",
    "send you to tiktok",
    "ask you to log in",
    "ask you to sign in",
    "shared with",
    "share with",
    "transfer",
    "data transfer",
    "review what",
    "here's what",
    "here is what",
    "what happens next",
    "what happens",
    "you can disconnect",
    "revoke access",
    "at any time",
    "we never",
    "we don't",
    "we do not",
    "won't post",
    "will not post",
)
# A connection announced, not asked for: the connect verb inside is no call to connect.
ANNOUNCED_CONNECT = _norm(
    "about to connect", "about to link", "before you connect", "before we connect", "before connecting",
    "will connect to", "is connecting", "are connecting",
)  # fmt: skip
# The app handing the user over to the provider: the heart of a connecting screen, whoever the provider.
HANDOVER_CUES = _norm(
    "redirected", "redirect you", "you'll be taken to", "you will be taken to", "take you to",
    "taken to tiktok", "send you to", "sent to tiktok", "waiting on", "waiting for tiktok",
    "waiting for you to", "waiting for approval", "waiting for confirmation", "grant access",
    "in your browser", "in browser", "in a new tab", "you'll sign in on", "sign in on tiktok",
    "log in on tiktok", "approve access", "continue to tiktok", "open tiktok", "ask you to log in",
    "ask you to sign in", "over to tiktok", "across to tiktok", "hop to tiktok", "head to tiktok",
    "jump to tiktok", "switch to tiktok", "bounce you to",
)  # fmt: skip
# ('We use industry-standard encryption', 'Use your TikTok account to continue': 'we use' and
# 'use your' alone name no reason; the use pattern below asks for its 'to' or 'for'.)
PURPOSE_CUES = _norm(
    "suggestions",
    "we'll use",
    "we will use",
    "used to",
    "use it to",
    "use this to",
    "use them to",
    "used for",
    "use this data",
    "so we can",
    "so that",
    "so you can",
    "in order to",
    "to help you",
    "to help us",
    "helps us",
    "help us",
    "why we",
    "why do we",
    "why we ask",
    "why we need",
    "why this",
    "why?",
    "the purpose",
    "purpose",
    "for the purpose",
    "this lets us",
    "lets us",
    "this allows us",
    "allows us",
    "allow us to",
    "enables us",
    "this helps",
    "helps you",
    "we need this",
    "we need it",
    "needed to",
    "needed for",
    "required to",
    "required for",
    "because",
    "to personalize",
    "to personalise",
    "to recommend",
    "to generate",
    "to build",
    "to create",
    "to show you",
    "to analyze",
    "to analyse",
    "to back up",
    "to backup",
    "to give you",
    "to provide",
    "to improve",
    "to calculate",
    "to find",
    "to match",
    "to suggest",
    "to sync",
    "to keep",
    "to display",
    "to power",
    "to compile",
    "to tailor",
    "to curate",
    "to import",
    "to migrate",
    "to move",
    "to archive",
    "to make",
    "to organize",
    "to organise",
    "for your",
    "powers",
    "tailored",
    "personalized",
    "personalised",
    "insights",
    "recommendations",
    "uses it",
    "uses this",
    "uses your",
    "uses them",
    "to let you",
    "lets you",
    "let you",
    "only to",
    "only for",
    "so it can",
    "so they can",
    "so you'll",
    "so we'll",
    "in one place",
    "this is so",
    "this is how",
    "that's how",
    "it's how",
    "it is how",
    "which lets",
    "which helps",
    "which allows",
    "we rely on",
    "is used to",
    "are used to",
    "will be used",
    "will only be used",
    "only be used",
    "purpose of",
    "for personalised",
    "for personalized",
    "for recommendations",
    "for analytics",
    "for insights",
    "to understand",
    "to learn",
    "to see",
    "to measure",
    "to track",
    "to highlight",
    "to surface",
    "to spot",
    "to plan",
    "to schedule",
    "to edit",
    "to summarize",
    "to summarise",
    "to turn",
    "to put",
)
# Purpose sentences that name the app rather than 'we': "Gather uses your likes to ...".
PURPOSE_PATTERNS = (
    # Data put somewhere of the user's: 'Your posts are added to your journal', 'Captions are
    # printed under each photo', 'Liked recipes land in your cookbook', 'go straight into your deck'.
    r"\b(?:are|is|get|gets|will be)(?: all)? (?:added|pinned|printed|imported|embedded|shown|placed|"
    r"put|republished|resurfaced|turned|organi[sz]ed|sorted|grouped|mapped|collected|gathered|backed up)"
    r" (?:to|into|onto|on|in|under|as) (?:a |an |the |each |every )?(?:your|a|an|each|every)\b",
    r"\b(?:lands?|go(?:es)? straight|shows? up|plays?) (?:to|into|onto|on|in|under) (?:your|each|every)\b",
    # 'uses your likes to ...', not 'use of TikTok is subject to' nor 'use ... to continue'.
    r"\bus(?:e|es|ed|ing)\b(?! of\b)[^.]{0,80}?\b(?:to (?!(?:continue|proceed|log|sign|connect|"
    r"protect|secure|encrypt|choose|pick|select)\b)|for)\b",
    # A benefit offered as an imperative: 'Find the song behind every video you liked', 'Never
    # miss a show from someone on your For You page'. Not an instruction ('Find TikTok in your
    # app list', 'Make sure you are logged in'), nor a consent page's scope ('See your primary
    # Google Account email address', 'Know who you are on Google'): no 'see' or 'know'.
    r"^(?:never (?:miss|lose|forget)|find|get|discover|learn|practi[sc]e|match|plan|rank|keep|track|turn|"
    r"make|build|create|export|repurpose|swap|skip|convert|bring|sort|organi[sz]e|spot|compare|print|"
    r"grow|boost|meet|relive|celebrate|auto-[a-z]+) "
    r"(?!(?:more|out more|started|help|in touch|details|sure|how to|what|what's|exactly what|which data|"
    r"the app|the list|this|it|our|(?:your )?tiktok|on|off|back|for now|a copy|(?:your )?(?:tiktok )?"
    r"(?:activity )?data)\b)"
    r"(?![^.]*\b(?:tap|click|press|log in|sign in|window|browser|screen|password|settings|permission)\b)"
    r"(?:[a-z0-9'&-]+ ){3,}[a-z0-9'&-]+",
    # A made-to-order feature named by its prefix: '• Auto-build a routine from saved videos'.
    r"\bauto-(?!(?:sync|import|refresh|update|renew|connect|disconnect|delete|expire|save)\b)[a-z]{3,}\b",
    # The user's data as the outcome names it: 'Your saved travel clips, plotted on a map',
    # 'Your year on TikTok, printed', 'Your saved recipes, finally in one cookbook'.
    r"^your\b[^.]{1,50}?\b(?:organi[sz]ed|sorted|grouped|printed|decoded|ranked|plotted|mapped|"
    r"turned into|shaped|refreshed|worked out|compiled|made into|matched|summari[sz]ed|visuali[sz]ed|"
    r"saved as a (?!(?:file|zip|json|csv|copy|backup)\b)|in one (?!(?:go|click|tap|step|minute|second|"
    r"place to (?:manage|control))\b)[a-z]+|now on)\b",
    # A need stated with its end: 'We need your posts to count your check-ins', 'Scan reads
    # captions on your saved videos to write out ingredient lists'.
    r"\b(?:needs?|reads?|scans?|checks?|looks? at|asks? for|requests?) (?:[a-z0-9'&-]+ ){1,8}?to "
    r"(?!(?:continue|proceed|connect|log|sign|access|authori[sz]e|approve|confirm|tiktok|the|your|our|"
    r"us|you|a|an|be|this|do|it|them|work|make sure|finish|share|send|transfer|prepare|import|receive|"
    r"collect|fetch|download)\b)[a-z]{3,}\b",
    # What cannot happen without the data: 'Without it we can't build your recommendations'.
    r"\bwithout (?:it|this|them|that|these|your [a-z' ]{1,30}),? (?:[a-z]+ ){0,2}(?:can't|cannot|couldn't|"
    r"won't be able|isn't able|aren't able)\b",
    r"\b(?:can't|cannot|couldn't)\b[^.]{1,50}?\bwithout (?:it|this|them|that|these|your)\b",
    # Data added somewhere for the user: "We'll add every café you saved to your Lisbon list".
    r"\badd(?:s|ed|ing)? (?!tiktok\b)[^.]{1,60}?\bto (?:your|a|an|my) (?!(?:account|tiktok)\b)[a-z]+",
    # A product of the data, named as a timed or personal thing: '• Weekly performance report',
    # 'A monthly "Sounds of You" playlist', '• Price-drop alerts for things you've liked'.
    r"^(?:a |an |your )?(?:weekly|monthly|daily|yearly|annual|nightly|personal(?:i[sz]ed)?|custom|"
    r"smart(?:er)?)\b(?:(?! (?:is|are|was|were|will|has|have)\b)[^.]){0,40}?\b(?:reports?|summary|"
    r"summaries|recaps?|digests?|playlists?|alerts?|insights|plans?|lists?|reels?|lookbooks?|"
    r"montages?|cookbooks?|scrapbooks?|picks|suggestions|recommendations|highlights|stats|wrap-ups?|"
    r"briefings?|reviews?)\b",
    r"\b[a-z-]+ alerts (?:for|when|about|based on|on)\b",
    r"^summaries of\b",
    # 'Kept as a backup': what the copy is for.
    r"\bas (?:a|an|your) (?:backup|archive|keepsake)\b",
    # The passive of handling data, then its end: 'This information is processed solely to draw
    # your saved places', 'is kept only for your backups'.
    r"\b(?:processed|collected|accessed|kept|stored|analy[sz]ed|handled)"
    r"(?: only| solely| just| purely| exclusively)? (?:to|for|in order to)\b",
    r"\b(?:solely|exclusively|purely) (?:to|for)\b",
    r"\b(?:helps?|lets?|allows?|enables?)\b[^.]{0,40}?\b(?:you|us)\b",
    # 'This is what lets Quietly prepare your weekly report', 'helps Loop plan your week'.
    r"\b(?:helps?|lets?)(?: [a-z&'-]+){1,3} your\b",
    # 'This lets Beatnest make playlists', 'which helps Roamly draw your map': a thing said
    # before lets the app (one name, maybe two words) do something.
    r"\b(?:this|that|it|which) (?:lets|helps|allows|enables) [a-z&'-]+(?: [a-z&'-]+)? (?:to )?[a-z]+\b",
    # 'Having it in Vaultline means your whole team can plan', 'Connecting means we can show your
    # clips': what the connection makes possible. 'This means you can disconnect' is no reason,
    # nor is 'this means Glide will receive a copy': what is taken, not what for.
    r"\bmeans (?:that )?(?:[a-z'-]+ ){1,3}(?:can|could|will) "
    r"(?!(?:disconnect|revoke|stop|remove|cancel|delete|unlink|change|leave|opt|turn|receive|get|access"
    r"|import|collect|copy|read|see|have|be|ask|request|store|sync|transfer|share|send)\b)[a-z]+\b",
    # 'Reason: keep a backup', 'How it's used: creating reports', 'What we do with it: build ...'
    r"\b(?:reasons?|how (?:it'?s|it is|we) use[ds]?|what (?:we|it)(?:'ll| will)? (?:do|does)|what it'?s for"
    r"|how (?:this|your|the) (?:data|information|info) (?:is|will be|gets) used)\b",
    r"\byou(?:'ll| will) (?:get|receive|see|have|be able)\b",
    # What the user can then do with the copy: 'your archive stays private and you can download
    # it at any time'. Not 'You can disconnect at any time'.
    r"\byou (?:can|could|may) (?:then )?(?:download|keep|revisit|rewatch|browse|search|relive|enjoy|replay)\b",
    # 'so your digest fits you', 'so you never lose them': a consequence is a reason.
    r"\bso (?:that|we|you|your|it|they|the|[a-z]+ can)\b",
    r"\bso (?:nothing|everything|no one|nobody|none|all of it)\b",
    # 'so better matches find you', 'so the right clips reach your fans': a clause for the user.
    r"\bso (?!(?:much|many|far|long|easy|quick|simple|fast|good|great|well|glad|happy|sorry|excited|proud)\b)"
    r"(?:[a-z'-]+ ){1,4}(?:you|your)\b",
    # An infinitive of purpose opening a sentence: 'To verify creator income and include it in
    # your budget.' Not an instruction ('To continue, tap Next') nor a destination ('To TikTok').
    r"(?:^|\. )(?:to|in order to) (?!(?:continue|proceed|connect|finish|start|sign|log|get started|"
    r"do this|the|a|an|your|tiktok|our|this|that|you|stop|disconnect|revoke|remove|delete|cancel|"
    r"change|manage|unlink|undo|opt|use|learn|see|review|edit|leave)\b)[a-z]{3,}\b",
    # What the user gets, made from their data: 'outfits inspired by what you're into', 'reels
    # made for you', 'tailored to your taste'.
    r"\b(?:inspired by|tailored to|matched to|picked from|made from|built from) (?:what you|your)\b",
    r"\b(?:make|makes|build|builds|create|creates|put together|bring together|brings together)\b"
    r"[^.]{0,60}?\bfor you\b",
    # The tail of "It's how we make your throwbacks" on its own line.
    r"^how (?:we|it|this) (?:make|makes|build|builds|create|creates|power|powers|pick|picks|curate|curates)\b",
    # Data made into something: 'Kindred arranges it into monthly memory books', 'shapes your
    # likes into a mixtape'.
    r"\b[a-z]{3,}(?:s|es)? (?:it|them|this|these|your [a-z]+(?: [a-z]+)?) into (?:a |an |your |monthly |weekly )?[a-z]+",
    r"\b(?:appears?|show(?:s|n)? up|shown|displayed|featured) (?:on|in) your\b",
    r"\b(?:benefits?|what you get|what's in it for you)\b",
    # 'where you can trim and re-share them', 'the more we know, the better your feed gets',
    # 'all about making your recap personal', 'means fewer boring suggestions'.
    r"\bwhere you(?: can|'ll| will)\b",
    r"\bthe (?:more|better)\b[^.]{0,60}\bthe (?:better|more|smarter|fewer)\b",
    r"\b(?:about|for|by) (?:making|keeping|giving|helping|showing|finding|getting|bringing|turning)\b",
    r"\bmeans? (?:fewer|more|better|less|smarter|faster|no more)\b",
    # A consequence for the user opened by a connective: 'With it, your feed shows ...', 'That
    # way, your recap is ready ...', 'This means your profile stays up to date'; not 'This
    # means Glide will receive ...', which says what happens, not why.
    r"(?:^|\. )(?:with (?:it|this|them|that)|that way|this way|this means|which means|in turn),? (?:your|you)\b",
    r"^with your [a-z' ]{1,30}?,? (?:we|it|[a-z]+) (?:can|could|will|'ll)\b"
    r"(?! (?:receive|get|access|import|collect|read|copy|fetch|see|share|send)\b)",
    # The same connectives before what someone can then do: 'That way we can keep a private
    # archive', 'With it, Statsy can benchmark your growth'. Any sentence of the paragraph.
    r"(?:^|\. )(?:with (?:it|this|them|that|these)|that way|this way|in turn),? "
    r"(?:[a-z'&-]+ ){0,2}[a-z&-]+(?:'ll| can| could| will| is able to| are able to)\b"
    # ... but not the transfer itself: 'With this, we'll receive your likes'.
    r"(?! (?:receive|get|access|import|collect|read|copy|fetch|see)\b)",
    # Personalisation stated as its source: 'course picks based on what you watch'.
    r"\bbased on (?:your (?:taste|interests?|habits|history|activity|likes|favou?rites|watch|viewing|listening)"
    r"|what you(?:'ve| have)? (?:watch|like|love|listen|follow|save|post)[a-z]*"
    r"|the (?:videos|creators|sounds|posts|accounts|clips) you)\b",
    # Something made from the data, named alone: 'A cookbook from your saves'.
    r"^(?:a|an|your) (?!copy\b)(?:[a-z'-]+ ){0,3}(?:from|out of) your\b",
    # 'Turns hours of scrolling into a 2-minute recap'.
    r"^(?:turns?|transforms?|converts?|makes?) (?!(?:on|off)\b)[^.]{1,40}?\binto\b",
    # A summary opener before the reason: 'Simply put: we read your saves ...', 'The reason is simple'.
    r"^(?:simply put|put simply|in short|in a nutshell|the short version)\b(?: [a-z0-9'&-]+){3,}",
    r"\bthe reason (?:is|we)\b",
    # The processing named as a noun: 'Purchases · budget tracking', 'sentiment analysis'.
    r"\b(?!data\b)[a-z]{4,} (?:tracking|analysis|planning)\b",
    # 'Makes your morning briefing more relevant', 'make the suggestions smarter'.
    r"\bmakes? (?:your|the|our)\b[^.]{0,40}?\b(?:more|better|smarter|easier|faster)\b",
    # Who gets what the data is made into: 'Researchers see anonymised results', 'you get
    # aggregated stats'. The qualifier names a product; 'we get your stats' is the transfer.
    r"\b(?:see|sees|get|gets|receive|receives|view|views)(?: only)? (?:the |your |an? )?"
    r"(?:anonymi[sz]ed|aggregated?|summari[sz]ed|combined|de-identified|pooled)"
    r" (?:[a-z-]+ )?(?:results|insights|stats|statistics|trends|analytics|breakdowns?|summar(?:y|ies)|reports?)\b",
)


def _inflections(base: str) -> tuple[str, ...]:
    """'build' → build, builds, building, builded...: generous, as a form nobody writes matches nothing."""
    head, _, rest = base.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("e"):
        forms = {head, f"{head}s", f"{head}d", f"{head[:-1]}ing"}
    elif head.endswith("y") and head[-2] not in "aeiou":
        forms = {head, f"{head[:-1]}ies", f"{head[:-1]}ied", f"{head}ing"}
    else:
        plural = f"{head}es" if head.endswith(("s", "x", "z", "ch", "sh")) else f"{head}s"
        forms = {head, plural, f"{head}ed", f"{head}ing"}
        # tag → tagged, plan → planning: a short word ending consonant-vowel-consonant doubles.
        if len(head) <= 4 and head[-1] not in "aeiouwxy" and head[-2] in "aeiou" and head[-3] not in "aeiou":
            forms |= {f"{head}{head[-1]}ed", f"{head}{head[-1]}ing"}
    return tuple(f + tail for f in sorted(forms))


# Verbs that say what an app does *with* data (build, recommend, turn into), in any form and
# anywhere in a sentence: 'We turn your favourites into collections', 'Sonar can recommend
# new creators'. Written from the guideline's "why this data is requested" and from how apps
# phrase it, not from the corpus; the wording suite (tests/test_wording.py) keeps them honest.
# Verbs of the transfer itself (receive, share, access, import) say what, not why, and are absent.
_PURPOSE_VERBS = (
    "analyze, analyse, build, create, generate, turn, combine, match, sort, organize, organise, tag, "
    "recommend, suggest, pick, curate, personalize, personalise, tailor, compile, calculate, "
    "estimate, measure, compare, summarize, summarise, visualize, visualise, highlight, surface, "
    "identify, detect, improve, optimize, optimise, boost, back up, restore, power, fuel, "
    "train, predict, forecast, set up, design, produce, assemble, put together, remix, transcribe, "
    "translate, cross-post, repost, publish, unlock, become, showcase, populate, prefill, pre-fill, "
    "fill in, enrich, discover, draft, auto-fill, autofill, group, filter, categorize, categorise, "
    "count, plot, convert, lay out, flag, map"
)
_IRREGULAR_PURPOSE_FORMS = ("built", "became", "made into", "put together", "finds")
# Verbs that are never nouns: a clause on their own, without a subject or object in sight.
CLAUSE_VERBS = frozenset({"become", "becomes", "became", "turns into", "turned into"})
PURPOSE_VERBS = frozenset(
    form for base in _PURPOSE_VERBS.split(", ") for form in _inflections(base)
) | frozenset(_IRREGULAR_PURPOSE_FORMS)
# Verbs that explain a purpose only as an infinitive ('to show you trends', 'to keep a copy'):
# bare, they describe the transfer or an instruction ('We'll import:', 'Make sure ...').
PURPOSE_INFINITIVES = frozenset(
    "show display see find keep save store import sync migrate move copy archive learn understand "
    "make get bring send check view explore track help give provide offer let enable allow "
    "celebrate share edit search follow know remember start grow reach plan schedule rank score chart "
    "print reward feature group index caption spot add count filter write tell convert plot swap "
    "practise practice remind".split()
)
# 'which data to share', 'how to connect': an infinitive after these is a choice, not a reason.
CHOICE_WORDS = frozenset("which what how whether where when who".split())
# 'To stop sharing, go to Settings', 'To use Recaps, connect TikTok': a sentence opened by one of
# these infinitives is an instruction.
INSTRUCTION_VERBS = frozenset(
    "stop disconnect revoke remove delete cancel change manage unlink undo opt use learn see review "
    "edit leave continue connect proceed finish start sign log get".split()
)
# A sentence opening on one of these tells the user what to do ('Find the TikTok app and sign
# in'), which is no reason however much it talks of 'your' things.
# Only verbs of working the interface: 'See what your fans love', 'Get a playlist from your
# likes' open on a verb too, and are a pitch's reasons.
# A line opening with one of these tells the user to change the app's own things ('Edit your
# profile', 'Add a bio to your page', 'Log in with your TikTok username'): it names no data taken.
EDITING_OPENERS = frozenset(
    "edit change update add delete remove manage customise customize log sign".split()
)
IMPERATIVE_OPENERS = frozenset(
    "tap click press enter verify select choose scroll open go sign log find".split()
)
# A heading that points at the reason, not the reason: 'Why we need this', 'Purpose of the
# request', 'How we use your data', 'Used for:'. Matched against the phrase found.
PURPOSE_POINTER_PATTERN = (
    r"^(?:why\b.*|(?:the |for the )?purpose(?: of)?|used for|reasons?|how (?:it'?s|it is|we) use[ds]?"
    r"|what (?:we|it)(?:'ll| will)? (?:do|does)|what it'?s for|we need (?:this|it)"
    r"|how (?:this|your|the) (?:data|information|info) (?:is|will be|gets) used)$"
)
# A bare purpose verb is one in a clause: a subject shortly before it ('we turn', 'Sonar can
# recommend') or an object just after ('become a library'). 'Top picks' and a chat preview's
# 'the new ramen spot' have neither.
PURPOSE_SUBJECTS = frozenset(
    "we we'll we'd we're it it'll this that they can will could would and then also automatically you "
    "you'll i helps help lets let which".split()
)
PURPOSE_OBJECTS = frozenset(
    "your you the a an it them this these those every each all new our my their what which similar "
    "into up how who more better".split()
)
# Parts of a sentence that give no reason though they hold a purpose word: a denied use and
# all after it ("We won't use your data to train AI"), the consequence of a choice ('Because you
# chose an ongoing connection'), safety of the process ('to make this safe and simple'), what
# the next screen shows ("You'll see TikTok's consent screen next").
NOT_PURPOSE_PATTERNS = (
    r"\b(?:won't|will not|don't|do not|never|not|doesn't|does not)(?: ever)? (?:be )?"
    r"(?:use|used|sell|sold|share|shared|rent|give|post|publish|train)\b.*",
    r"\bbecause you (?:chose|selected|picked|asked|turned on|opted)\b.*",
    # What the user chose or must do is no reason: 'Based on your selection above, we'll import
    # these items', 'Not so fast: you need to verify your email'.
    r"\bbased on (?:your|the) (?:selection|selections|choice|choices)\b.*",
    r"\byou (?:need|have|must|'ll need) to (?:verify|confirm|log|sign|enter|update|allow)\b.*",
    r"\bto make (?:this|it|the (?:process|connection|transfer)) (?:safe|secure|easy|easier|simple|"
    r"quick|seamless)\b",
    r"\byou(?:'ll| will)(?: then)? see (?:tiktok|a confirmation|the next|a screen|a page|a list|"
    r"a message|this)\b",
    r"\byou (?:choose|pick(?! up)|decide|select|can pick(?! up)|can choose)\b.*",
)
# Phrases with a purpose verb that give no reason: a link, a credit line.
NOT_PURPOSE = _norm(
    # Set c (tenth session): safety and housekeeping said with 'for' or 'helps': 'For your
    # security, sign in on TikTok', 'helps keep your password safe', 'the purposes described below'.
    "for your security",
    "for your records",
    "keep your password",
    "purposes described",
    "it's really you",
    "to make changes",
    "in order to proceed",
    "tap to",
    "click to",
    "press to",
    "good to know",
    "nice to know",
    "so you know",
    "so your password",
    "official login",
    "use your tiktok account",
    "encryption",
    "to protect",
    "as described in",
    "is up to you",
    "partnered with",
    "unlock this feature",
    "the right to",
    "lets you move",
    "learn how",
    "learn more",
    "read more",
    "find out more",
    "see more",
    "see details",
    "powered by",
    "set up by",
    "able to see",
    "to see your password",
    # 'You're about to share', 'TikTok will ask you to confirm': what happens next, not why.
    "about to",
    "going to",
    "have to",
    "ask you to",
    "asked to",
    "want to",
    "agree to",
    # The connection itself and the account it is for are no reason: 'We're setting up a secure
    # connection', 'Everything TikTok stores for your account'.
    "setting up a secure connection",
    "setting up a connection",
    "setting up the connection",
    "set up a secure connection",
    "set up the connection",
    "set up your connection",
    "set up your tiktok connection",
    "set up your tiktok",
    "set up tiktok",
    # A pointer to the policy: 'Read our Privacy Notice to learn how Paperboat stores ...'.
    "to learn how",
    "to learn about",
    "to find out how",
    "for your account",
    "for your tiktok account",
    # An empty state: 'Nothing to show yet', 'Add a source to get started'; thanks.
    "nothing to",
    "to get started",
    "waiting for",
    "thanks for",
    "thank you for",
    "for your patience",
    # Steps of the hand-over itself: "We'll open TikTok so you can sign in and approve".
    "so you can sign in",
    "so you can log in",
    "so you can approve",
    "so you can confirm",
    "so you can authorize",
    "so you can authorise",
    "so that you can sign in",
    "so that you can log in",
    "so that you can approve",
    "so you can grant",
    # ... and the consent it asks for: 'to give the go-ahead', 'to allow access'.
    "give the go-ahead",
    "give your go-ahead",
    "give the ok",
    "give your ok",
    "give permission",
    "give your permission",
    "give consent",
    "give your consent",
    "give access",
    "allow access",
    "grant access",
    "grant permission",
)
# A purpose verb just after one of these is denied, not promised: 'we never sell', 'won't be able to see'.
NEGATIONS = frozenset("never not won't don't doesn't cannot can't no nor without".split())
# Words that deny data is taken: a reassurance names the data it leaves alone.
DENIALS = NEGATIONS | frozenset("nothing none neither".split())
EXCLUSION_WORDS = frozenset("excluded excluding untouched off-limits".split())

PROCEED_WORDS = _norm(
    "proceed",
    "continue",
    "allow",
    "next",
    "agree",
    "i agree",
    "accept",
    "authorize",
    "authorise",
    "connect",
    "connect now",
    "connect tiktok",
    "connect to tiktok",
    "continue to tiktok",
    "yes",
    "ok",
    "okay",
    "got it",
    "let's go",
    "start",
    "start import",
    "import",
    "import now",
    "sync",
    "sync now",
    "link",
    "link account",
    "link tiktok",
    "get started",
    "confirm",
    "share",
    "share data",
    "open tiktok",
    "go to tiktok",
    "log in with tiktok",
    "sign in with tiktok",
    "continue with tiktok",
    "grant access",
    "give access",
    "approve",
    "i understand",
    "sounds good",
    "start transfer",
    "begin",
    "done",
    "let's do it",
    "let's do this",
    "take me to",
    "take me there",
    "i'm in",
    "count me in",
    "go",
    "yes please",
    "looks good",
    "sure",
    "go ahead",
    "proceed to",
    "authorize access",
    "allow access",
    # Ways over to TikTok, however casual: 'Head to TikTok', 'Off to TikTok', 'Launch TikTok'.
    "head to tiktok",
    "hop over to tiktok",
    "off to tiktok",
    "launch tiktok",
    "log in to tiktok",
    "sign in to tiktok",
    "i'm ready",
    "keep going",
    "go for it",
    "do it",
    "let's roll",
    "sounds great",
    "sure thing",
    "activate",
    "enable",
    "finish setup",
    "complete connection",
    "request data",
    "submit request",
    "start transfer",
    "transfer data",
    "initiate transfer",
    # Set c (tenth session): consent and request wording, 'Back up now' (a proceed holding
    # 'back', read first as the longer phrase), ways on that add or unlock something.
    "onward",
    "onwards",
    "transfer now",
    "i consent",
    "consent",
    "finish connecting",
    "request access",
    "send request",
    "submit",
    "i'm sure",
    "yes, i'm sure",
    "verify with tiktok",
    "make it happen",
    "back up",
    "back up now",
    "back up my",
    "turn on",
    "unlock",
    "add tiktok",
    "add account",
    "add data source",
    "join",
    "continue to tiktok.com",
)
# Words that make no control when they are not the whole label: 'go' is in 'go back' and
# 'good to go', 'ok' in 'looks ok?'.
WHOLE_LABEL_ONLY = frozenset(
    {"go", "ok", "no", "yes", "sure", "leave", "nope", "pass", "nah", "quit", "prev"}
)
# A button whose label is about information, not a step of the journey: never the proceed control.
INFORMATION_LABELS = _norm(
    "learn more",
    "more info",
    "details",
    "privacy",
    "policy",
    "terms",
    "help",
    "why",
    "faq",
    "support",
    "settings",
    "read more",
    "what's shared",
    "how it works",
    "about",
    "notice",
    "cookie",
    "security",
    "retention",
    "agreement",
    "questions",
    "feedback",
    "sample",
    "info",
    "guide",
    "tutorial",
    "troubleshoot",
    "legal",
    "accessibility",
    "connected apps",
    # Set c (tenth session): links a connecting screen carries beside its controls.
    "docs",
    "documentation",
    "status",
    "trust center",
    "trust centre",
    "imprint",
    "rights",
    "information sheet",
    "compare plans",
    "demo",
    "book a call",
    "contact",
    "chat with",
    "live chat",
    "print this",
    "switch account",
    "different account",
    "another account",
    "reset",
    "expand",
    "collapse",
    "menu",
    "don't show",
    "remember my",
)
GO_BACK_WORDS = _norm(
    "go back",
    "back",
    "cancel",
    "not now",
    "no thanks",
    "no, thanks",
    "maybe later",
    "later",
    "decline",
    "deny",
    "skip",
    "close",
    "return",
    "never mind",
    "nevermind",
    "don't allow",
    "do not allow",
    "previous",
    "not yet",
    "i'll do it later",
    "don't connect",
    "do not connect",
    "take me back",
    "exit",
    "dismiss",
    "discard",
    "no",
    "reject",
    "disagree",
    "don't share",
    "stop",
    "not right now",
    "another time",
    "some other time",
    "no, go back",
    "not interested",
    "i'll pass",
    "not today",
    "changed my mind",
    "change my mind",
    "nope",
    "abort",
    "leave",
    "keep browsing",
    "stay here",
    "not for me",
    "no, skip",
    # Deferring or declining the connection holds a proceed word, and is read by the longer one.
    "connect later",
    "i'll connect later",
    "continue without",
    "without tiktok",
    "without connecting",
    "skip import",
    "cancel import",
    "don't import",
    "i don't agree",
    "start over",
    "choose another",
    "another service",
    "go home",
    "i'd rather not",
    "i'll think about it",
    "i'm good",
    "nah",
    "keep exploring",
    "leave setup",
    "quit",
    "pass",
    "prev",
    "stay on",
    "keep me here",
    "on second thought",
    "opt out",
    # A way on, denied: "Don't link my account", 'Do not proceed', "I don't want to connect".
    "don't link",
    "do not link",
    "don't authorize",
    "don't authorise",
    "do not authorize",
    "don't proceed",
    "do not proceed",
    "don't continue",
    "do not continue",
    "don't want to",
    "don't take part",
    "keep tiktok disconnected",
    "stay disconnected",
    "not at the moment",
    "maybe not",
    "forget it",
    "refuse",
    "withdraw",
)
# Labels holding a proceed word that change a setting or point at information instead:
# 'Sync settings', 'Copy link', 'See what we'll import'.
NOT_PROCEED = _norm(
    "settings",
    "schedule",
    "frequency",
    "copy link",
    "what to share",
    "what we'll",
    "what's a",
    "preferences",
    "deletion",
    # A question about the step is a link to its answer: 'What happens after I connect?'.
    "what happens",
    "how does",
    "how do",
)

# -- authorize: TikTok's own login / consent page ------------------------------------------------
AUTHORIZE_LOGIN_CUES = _norm(
    "log in to tiktok",
    "login to tiktok",
    "sign in to tiktok",
    "log into tiktok",
    "use qr code",
    "qr code",
    "use phone / email / username",
    "phone / email / username",
    "use phone",
    "email / username",
    "email or username",
    "phone or email",
    "don't have an account",
    "sign up",
    "forgot password",
    "log in with code",
    "continue with google",
    "continue with facebook",
    "continue with apple",
    "switch account",
    "other accounts",
    "manage accounts",
    "log in",
    "scan the qr",
    "scan qr",
    "tiktok app",
)
AUTHORIZE_CONSENT_CUES = _norm(
    "would like to access",
    "wants to access",
    "is requesting access",
    "requests access",
    "requesting access to your tiktok",
    "access your tiktok account",
    "your tiktok account",
    "export a copy of your",
    "export copies of your",
    "full user data archive",
    "authorize",
    "authorise",
    "not you",
    "switch account",
    "manage access",
    "revoke access",
    "you can revoke",
    "privacy policy",
    "terms of service",
    "by continuing",
    "by authorizing",
    "tiktok.com",
    "www.tiktok.com",
    "tiktok for developers",
    "this app will be able to",
    "will be able to",
    "read your profile",
    "access your public",
    "cancel",
    "allow",
    "is requesting permission",
    "requesting permission",
    "is asking to",
    "is asking for",
    "wants permission",
    "would like permission",
    "permission to access",
)
# How a provider's consent page (TikTok's, Google's, Spotify's) addresses the user: it speaks of
# the app in the third person and of the account the user is logged in with.
PROVIDER_CONSENT_CUES = _norm(
    "would like to access", "wants to access", "is requesting access", "requests access",
    "is asking for permission", "asking for permission", "wants permission", "to access your",
    "not you", "logged in as", "signed in as", "switch account", "use another account",
    "choose an account", "will be able to", "if you allow", "by allowing", "by authorizing",
    "revoke access", "remove this access", "manage access", "is requesting permission",
    "requesting permission", "is asking to", "would like permission",
)  # fmt: skip
# 'Example App requests access to your PayPal account': another provider's consent sentence;
# group 1 is the provider, unless it is one of NOT_A_PROVIDER.
FOREIGN_ACCESS_PATTERN = (
    r"\b(?:requests?|requesting|wants?|would like|is asking for)\b.{0,20}?\b(?:access (?:to )?|connect to )"
    r"your ([a-z0-9]+)"
)
# Words that follow 'access to your' without naming a provider.
NOT_A_PROVIDER = frozenset(
    "account accounts data information info profile personal public basic private email contacts "
    "photos videos channel library activity content".split()
)
# 'Continue with Google', 'Sign in with Apple': logging in with another provider.
LOGIN_WITH_PATTERN = r"\b(?:continue|log ?in|sign ?in|sign up|login)\s+(?:with|using|via)\b"
# A consent page speaks of the app in the third person asking for the TikTok account: 'Grove is
# asking to connect to your TikTok account'. The app's own screen says 'we'.
TIKTOK_ACCESS_PATTERN = (
    r"(?<!we )\b(?:requests?|is requesting|wants?|would like|is asking)\b.{0,30}?"
    r"\b(?:access|connect|permission|link)\b.{0,25}?\byour tiktok\b"
)
TIKTOK_SCOPE_WORDING = _norm(
    "export a copy of your activity data",
    "export copies of your activity data",
    "export a copy of your posts and profile data",
    "export copies of your posts and profile data",
    "export a copy of your direct message data",
    "export copies of your direct message data",
    "export a copy of your full user data archive",
    "export copies of your full user data archive",
)

# Cues of TikTok's page that an app's own screens do not use, each strong on its own.
AUTHORIZE_LOGIN_STRONG = _norm("log in to tiktok", "login to tiktok", "sign in to tiktok", "log into tiktok")
# 'Log in to Snapfolio' over TikTok's own options ('Use phone / email / username'): the app's
# sign-in page dressed as TikTok's. The word after 'to' is an app's name unless it is one of these.
# 'Leg in to Snapgrid': OCR reads a bold 'o' as 'e' or 'a'.
LOG_IN_TO_PATTERN = r"\b(?:log|leg|lag|sign) ?in(?: to|to) ([a-z0-9][\w'+.&-]*)"
NOT_AN_APP_NAME = frozenset(
    "your you my the a an continue get see start access manage use connect link sync save view "
    "proceed authorize allow finish keep continue confirm this".split()
)
AUTHORIZE_LOGIN_SPECIFIC = _norm(
    "use qr code",
    "use phone / email / username",
    "phone / email / username",
    "email / username",
    "scan the qr",
    "scan qr",
    "tiktok app",
    "tiktok's terms of service",
    "tiktok's privacy policy",
    "log in with code",
)

# -- result: the app confirms the connection --------------------------------------------------
# A connect verb in a statement of what has happened ('Kinora can now import your TikTok videos',
# 'TikTok has been linked') reports the result; it asks nobody to connect.
COMPLETION_PATTERN = r"\b(?:can|is|are|will) now\b|\bha(?:s|ve) been\b|\b(?:was|were|successfully|already)\b"
SUCCESS_CUES = _norm(
    "connected",
    # Set e (twelfth session): a transfer done or under way, in everyday words.
    "confirmed",
    "went through",
    "came through",
    # Not 'backed up' nor 'up to date': a dashboard's counters say them ('412 items backed up').
    "plugged in",
    "underway",
    "under way",
    "pulled in",
    "established",
    "has arrived",
    "have arrived",
    "permission granted",
    "access granted",
    "in progress",
    "now has access",
    "integration active",
    "integration enabled",
    "data received",
    "received from tiktok",
    "is connected",
    "now connected",
    "successfully",
    "success",
    "successful",
    "all set",
    "you're all set",
    "you are all set",
    "all done",
    "done!",
    "complete",
    "completed",
    "import complete",
    "imported",
    "sync complete",
    "synced",
    "syncing",
    "linked",
    "is linked",
    "now linked",
    "ready",
    "you're ready",
    "welcome",
    "great",
    "thanks",
    "thank you",
    "congrats",
    "congratulations",
    "nice",
    "awesome",
    "hooray",
    "woohoo",
    "yay",
    "finished",
    "connection confirmed",
    "is on its way",
    "on the way",
    "we're importing",
    "importing",
    "transfer complete",
    "transfer started",
    "import started",
    "import has started",
    "sync started",
    "sync has started",
    "started importing",
    "is live in",
    "we've received",
    "we have received",
    "received your",
    "request received",
    "your data is",
    "has been",
    "have been",
    "added",
    "it worked",
    "good to go",
    "connected to tiktok",
    "tiktok connected",
    "tiktok linked",
    "you allowed access",
    "you've allowed",
    "you granted",
    "access granted",
    "we found",
)

# Cheers and thanks: a success screen says them, but so does a donation receipt or a tweet.
# Alone, with nothing connected, linked or imported, they confirm no connection.
GENERIC_SUCCESS = frozenset(
    _norm("thanks", "thank you", "great", "nice", "awesome", "welcome", "congrats", "congratulations",
          "hooray", "woohoo", "yay")
)  # fmt: skip
# Words that report TikTok as connected, when they sit with TikTok in a status or banner; a
# sentence about the future ('will be imported', 'once connected') is no such report.
CONNECTED_STATUS = _norm(
    "connected", "linked", "successfully", "success", "all set", "complete", "completed", "synced",
    "imported", "done",
)  # fmt: skip
# A sentence that reports the connection done, whatever it names: '@bencarterfit is now
# connected to Pinecast', "You're all set!", 'Connection successful'. A status chip
# ('Connected') is no such sentence; a line in NOT_YET ('Once TikTok is connected') neither.
CONFIRMATION_PATTERN = (
    r"\b(?:is|are|you're|we're|has been|have been|was|were|successfully|now)(?: now| successfully)? "
    r"(?:connected|linked|synced|imported|set up)\b"
    r"|\b(?:you're|you are|we're|we are) all set\b|\ball done\b"
    r"|\bconnection (?:successful|confirmed|complete)\b|\bsuccessfully\b"
    # The provider's answer reported back: 'You allowed access to the following accounts'.
    r"|\byou(?:'ve| have)? (?:allowed|granted) access\b|\baccess granted\b"
)
# A line holding one of these reports a failure or an undoing, whatever success word it has too:
# "Your TikTok account couldn't be linked", 'Your TikTok link has been removed'.
FAILURE_WORDS = _norm(
    "failed",
    "failure",
    "couldn't",
    "could not",
    "can't",
    "cannot",
    "unable",
    "error",
    "disconnected",
    "removed",
    "deleted",
    "paused",
    "revoked",
    "expired",
    "denied",
    "declined",
    "cancelled",
    "canceled",
    "no longer",
)
NOT_YET = _norm(
    "will", "about to", "once", "after you", "when you", "to connect", "not connected", "disconnected"
)

# -- other: screens that are part of no step ------------------------------------------------
APP_SIGN_IN_CUES = _norm(
    "sign in",
    "log in",
    "login",
    "password",
    "forgot password",
    "create account",
    "create an account",
    "sign up",
    "email address",
    "remember me",
    "welcome back",
    "don't have an account",
)
# TikTok's developer portal shows the same scope sentences as the consent page, to developers.
DEVELOPER_PORTAL_CUES = _norm(
    "tiktok for developers", "for developers", "developers", "developers.tiktok.com", "manage apps", "my apps",
    "login kit", "data portability api", "client key", "client secret", "approved", "scopes",
    "portability.", "user.info.basic", "app review",
    # Any provider's portal: 'Set up the API', 'Check documentation to get started'.
    "documentation", "the api", "api key", "api keys", "sandbox",
)  # fmt: skip
# The account a finished connection shows: a TikTok handle ('@maya.makes', not an address
# bar's '@https' nor an email), or synced content counted ('1,284 videos', '36.2k likes'). An
# app cannot know either before the user has signed in to TikTok.
ACCOUNT_HANDLE_PATTERN = r"(?<![\w.@])@(?!h\w{0,2}t{1,2}p)[a-z0-9_][a-z0-9_.]*[a-z0-9_](?![\w@/])"
HANDLE_NOT_DOMAIN = r"\.(?:com|io|app|co|net|org|dev|ai|me)$"
SYNCED_COUNT_PATTERN = r"\b\d[\d,.]*\s?[km]?\s+(?:videos?|posts?|likes?|followers?|clips?|comments?|favou?rites?|sounds?|playlists?)\b"
# Statistics pages: TikTok Studio, the app's own analytics. They name data but share none.
DASHBOARD_CUES = _norm(
    "overview", "analytics", "last 7 days", "last 28 days", "last 30 days", "video views",
    "profile views", "views", "impressions", "engagement rate", "traffic source", "reach",
)  # fmt: skip
PASSWORD_CUES = frozenset(_norm("password", "forgot password", "remember me"))
PRICING_CUES = _norm(
    "per month",
    "/month",
    "/mo",
    "per year",
    "/year",
    "pricing",
    "plans",
    "free trial",
    "upgrade",
    "subscribe",
    "billed",
    "premium",
    "pro plan",
    "choose your plan",
    "choose a plan",
    "most popular",
)

# -- data categories, as a connecting screen names them -----------------------------------------
DATA_WORDS: dict[DataSet, tuple[str, ...]] = {
    DataSet.ACTIVITY: _norm(
        # Set e (twelfth session): the short words a playful screen uses.
        "faves",
        "your faves",
        "sharing history",
        "hearts",
        # What the user does, as gerunds: 'Watching & liking', 'Your viewing and search trail'.
        "watching and liking",
        "watching & liking",
        "watching liking",
        "your viewing",
        "your watching",
        "your browsing",
        "search trail",
        "viewing activity",
        "watching history",
        "videos you viewed",
        "videos you've viewed",
        "liked posts",
        "favorited",
        "favourited",
        "saved sounds",
        "search queries",
        "your searches",
        "login activity",
        "likes history",
        "what you like",
        "what you search",
        "activity",
        "watch history",
        "viewing history",
        "browsing history",
        "video history",
        "videos you watched",
        "videos you've watched",
        "videos you have watched",
        "what you watch",
        "what you've watched",
        "watched videos",
        "liked videos",
        "videos you liked",
        "videos you've liked",
        "like list",
        "likes",
        "your likes",
        "favorites",
        "favourites",
        "favorite videos",
        "favourite videos",
        "favorite sounds",
        "saved videos",
        "bookmarks",
        "search history",
        "searches",
        "what you've searched",
        "what you searched",
        "things you searched",
        "sounds you saved",
        "sounds you've saved",
        "videos you saved",
        "videos you've saved",
        "videos you favorited",
        "videos you've favorited",
        "share history",
        "shares",
        "login history",
        "purchase history",
        "purchases",
        "watch time",
        "interactions",
        "engagement history",
        "history",
    ),
    DataSet.POSTS_AND_PROFILE: _norm(
        # Set e (twelfth session).
        "pfp",
        "profile pic",
        "profile pics",
        "vids",
        "your vids",
        "posting history",
        "who follows you",
        "uploads",
        "your uploads",
        "clips",
        "your clips",
        "profile details",
        "account details",
        "account info",
        "handle",
        "profile picture",
        "people you follow",
        "people who follow you",
        "followings",
        "fans",
        "public videos",
        "profile",
        "profile info",
        "profile information",
        "username",
        "user name",
        "display name",
        "nickname",
        "bio",
        "avatar",
        "profile photo",
        "profile picture",
        "posts",
        "your posts",
        "your videos",
        "videos you posted",
        "videos you've posted",
        "videos you uploaded",
        "uploaded videos",
        "published videos",
        "your content",
        "captions",
        "following list",
        "follow list",
        "follow lists",
        "following lists",
        "follower lists",
        "following",
        "followers",
        "follower list",
        "follower count",
        "who you follow",
        "accounts you follow",
        "video",
        "videos",
        "posted videos",
        "drafts",
        "tiktoks",
        "tiktoks you posted",
        "tiktoks you've posted",
        "videos you've published",
    ),
    DataSet.DIRECT_MESSAGES: _norm(
        "message threads",
        "chat logs",
        "private messages",
        "pms",
        "your chats",
        "dm history",
        "direct messages",
        "direct message",
        "messages",
        "dms",
        "dm",
        "chat history",
        "chats",
        "chat",
        "conversations",
        "message history",
    ),
    DataSet.ALL: _norm(
        "all your tiktok data",
        "all of your tiktok data",
        "all your data",
        "all of your data",
        "full data archive",
        "your full data",
        "full archive",
        "entire account",
        "all available data",
        "complete archive",
        "complete copy",
        "all data",
        "full copy",
        "your data archive",
        "whole account",
        "data archive",
    ),
}
_ACTIVITY_VERBS = (
    r"watch(?:ed)?|view(?:ed)?|liked?|heart(?:ed)?|saved?|favou?rited?|bookmark(?:ed)?|search(?:ed)?(?: for)?|"
    r"shared?|play(?:ed)?|listen(?:ed)? to|visit(?:ed)?|click(?:ed)?|(?:interact|engag)e?d? with|open(?:ed)?|"
    r"bought|buy|purchased?|react(?:ed)? to|stitched|duetted|gave|given|sent"
)
_POSTING_VERBS = r"post(?:ed)?|upload(?:ed)?|make|made|create[ds]?|publish(?:ed)?|record(?:ed)?|film(?:ed)?|draft(?:ed)?|repost(?:ed)?|shot"
# The thing done to comes first: 'videos you watch' is data, 'would you like' and 'when you open' are not.
_DATA_NOUN = (
    r"(?:videos?|posts?|clips?|content|sounds?|songs?|music|creators?|accounts?|people|users|things|stuff|"
    r"everything|anything|what|items?|hashtags?|effects?|lives?|streams?|tiktoks|photos?|images?|media|"
    r"comments?|searches|products?|ads?|collections?|reels?|hearts?|coins?|gifts?|vids)"
)
_MESSAGING_VERBS = r"sen[dt]|received?|exchanged?|messaged?"
# Data named by what the user did with it, in any words: 'Posts you liked' is activity, 'Everything
# you've uploaded' is posts, 'Messages you've sent' direct messages. A pattern takes in the noun
# before it, so that noun's own data set ('posts') gives way to the longer, more specific reading.
DATA_PATTERNS: dict[DataSet, tuple[str, ...]] = {
    DataSet.ACTIVITY: (
        rf"\b{_DATA_NOUN} you(?:'ve| have)?(?: ever| recently| previously)? (?:{_ACTIVITY_VERBS})\b",
        rf"\b(?:recently |previously )?(?:{_ACTIVITY_VERBS})(?: and (?:{_ACTIVITY_VERBS}))? "
        r"(?:videos|posts|clips|content|sounds|songs|effects|items|collections|lists?|hashtags|searches)\b",
        r"\brecently (?:watched|viewed|played)\b",
        r"\bwatch (?:list|later|time|history)\b",
        r"\bsearch (?:terms|queries|keywords|history)\b",
        # 'What you've been watching', 'what you like'.
        r"\bwhat you(?:'ve| have)?(?: been)? (?:watching|watched|watch|liking|liked|like|saving|saved"
        r"|searching for|searched for|listening to)\b",
    ),
    DataSet.POSTS_AND_PROFILE: (
        rf"\b{_DATA_NOUN} you(?:'ve| have)?(?: ever)? (?:{_POSTING_VERBS})\b",
        # The following and followers lists: 'creators you follow', 'people who follow you'.
        r"\b(?:accounts|people|creators|users|friends) (?:you follow|who follow you|following you)\b",
        r"\b(?:posted|uploaded|published|created) (?:content|videos|clips|posts|media|work)\b",
        r"\b(?:account|profile|creator) (?:name|details|page|picture|photo|bio)\b",
        r"\breposts?\b",
    ),
    DataSet.DIRECT_MESSAGES: (
        rf"\b(?:messages?|texts?|chats?)(?: you(?:'ve| have)?)? (?:{_MESSAGING_VERBS})\b",
        # Not the bare word: 'Inbox' is a label of TikTok's own tab bar.
        r"\b(?:your|my|tiktok|tiktok's) inbox\b",
        r"\bconversations?(?: history| threads?)?\b",
        r"\b(?:dm|message|chat) (?:threads?|content|contents|text|history|logs?|data)\b",
    ),
    DataSet.ALL: (
        # 'Everything in your TikTok account'; not 'all the data listed below' nor 'all your TikTok videos'.
        r"\bevery (?:piece|bit|byte|item) of (?:your )?(?:tiktok )?data\b",
        r"\beverything tiktok (?:has|holds|keeps|stores|knows)\b",
        r"\b(?:everything|all)(?: (?:of|your|in|on|from|tiktok|tiktok's)){0,4} (?:account|data|archive|export)\b",
        r"\b(?:entire|complete|whole|full)(?: (?:tiktok|tiktok's|data|account))? "
        r"(?:account|data|archive|history|export|copy)\b",
    ),
}
# Nouns that name TikTok data in a list ('Videos') but anything at all in a sentence ('we
# recommend videos', 'lesson clips'); see facts.DATA_SENTENCE_WORDS.
GENERIC_DATA_NOUNS = frozenset(
    _norm(
        "video",
        "videos",
        "clips",
        "posts",
        "content",
        "following",
        "history",
        "messages",
        "chat",
        "activity",
        "profile",
        "conversation",
        "conversations",
        "fans",
    )
)
# A generic noun before one of these names a thing of the app's, not data: 'your content
# calendar', 'the video editor', 'your profile page', 'post schedule'.
COMPOUND_HEADS = frozenset(
    "calendar calendars strategy plan plans planner ideas editor page pages feed schedule scheduler "
    "templates template tools tool studio dashboard card cards".split()
)
DATA_OWNERS = frozenset(
    "your my tiktok tiktok's own all public posted uploaded published and or their".split()
)
# Words that open a list of what is taken, so the noun after them is the user's whatever its
# modifier: "From TikTok we'll receive: creator profile", 'Shared data: profile'.
DATA_INTRODUCERS = frozenset(
    "receive receives received data include includes included including access collect".split()
)
# A support widget's label names no data: 'Chat with us' is no chat history.
NOT_DATA = _norm("chat with us", "live chat", "chat now", "chat support", "chat with support", "start a chat")
# 'Shared interests on your profile', 'Unlink whenever you like from your profile': where
# something is shown or managed, not what is taken.
DESTINATION_WORDS = frozenset("on onto in from under via".split())
# Comments are a section of TikTok's export that no page ties to one scope: naming them is a
# disclosure, but never evidence of unrequested data.
NEUTRAL_DATA_WORDS = _norm("comments", "your comments", "comment history")
# ... nor are they when named by what the user did: "Comments you've posted" is no post.
NEUTRAL_DATA_NOUNS = frozenset({"comment", "comments"})

# A connecting screen for an ongoing scope should say the transfer repeats.
RECURRENCE_CUES = _norm(
    "every day",
    "every week",
    "every month",
    "daily",
    "weekly",
    "monthly",
    "hourly",
    "regularly",
    "automatically",
    "ongoing",
    "continuously",
    "periodically",
    "keep in sync",
    "keep your",
    "stay in sync",
    "stays in sync",
    "stay up to date",
    "up to date",
    "new videos",
    "from now on",
    "going forward",
    "each day",
    "each week",
    "recurring",
    "repeat",
    "repeats",
    "until you disconnect",
    "every time",
    "as you post",
    "in the background",
    "sync",
    "nightly",
    "each night",
    "every night",
    "every morning",
    "every hour",
    "every 24",
    "24 hours",
    "refresh",
    "refreshes",
    "refreshed",
    "update",
    "updates",
    "updated regularly",
    "keep it current",
    "stay current",
    "on a schedule",
    "periodic",
    "ongoing basis",
    "over time",
    "as new",
    "whenever you post",
    "each time",
    "continuous",
    "regular",
    "recurring basis",
    "keep syncing",
    "keeps syncing",
    "auto-sync",
    "autosync",
)

# Labels of tab bars and side menus: 'Home Discover Inbox Profile' names no data to share.
NAVIGATION_WORDS = frozenset(
    "home discover inbox create search settings explore library friends shop feed account menu me "
    "notifications analytics dashboard integrations help upload studio insights profile".split()
)
NAVIGATION_MIN_WORDS = 2

# Placeholder text of wireframes.
PLACEHOLDER_CUES = _norm(
    "lorem ipsum",
    "lorem",
    "ipsum",
    "dolor sit amet",
    "placeholder",
    "button",
    "title",
    "subtitle",
    "heading",
    "label",
    "text here",
    "your text",
    "image",
    "icon",
    "logo here",
    "xxx",
    "tbd",
    "todo",
)
# Words a finished screen may show on their own: a form's 'Title' field, a 'Profile image'
# row, an 'Icon' picker. One of them is a placeholder only beside another placeholder.
WEAK_PLACEHOLDERS = frozenset(_norm("button", "title", "subtitle", "heading", "label", "image", "icon"))
