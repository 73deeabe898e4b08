"""HTML for every screen kind, framed as a help-centre screenshot: browser window, slide or phone.

Each builder returns the page content; `page()` wraps it in the frame, the caption strip and
the annotation script. Annotations are drawn by a script after layout so they can be placed
beside the element marked `data-mark` without covering any text the truth relies on; the only
opaque overlays are redaction boxes over `data-redact` elements (email addresses).
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field

from benchmarks.helpdocs.look import Look
from benchmarks.helpdocs.words import TT_SCOPE_LINES, App, Pool


@dataclass(frozen=True)
class Disclosure:
    named: tuple[str, ...]  # data sets the connecting screen names ("all" = whole-account wording)
    purpose: bool
    proceed: bool
    go_back: bool
    ongoing: bool


@dataclass
class Ctx:
    pool: Pool
    app: App
    look: Look
    person: tuple[str, str]
    handle: str
    consent_scopes: list[str]  # e.g. "activity.single", what TikTok's consent page lists
    n: int = 1  # screen number in the journey (captions, slide titles)
    step: str = "other"
    extra: dict[str, str] = field(default_factory=dict)


def e(s: str) -> str:
    return html.escape(s)


def slug(s: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in s.lower()).strip("-")


def fill(s: str, c: Ctx) -> str:
    return s.replace("{app}", c.app.name).replace("{handle}", c.handle).replace("{tt}", "TikTok")


def mobile(c: Ctx) -> bool:
    return c.look.mode != "window"


# ---------------------------------------------------------------- frame and styles

TT_NOTE = """<svg viewBox="0 0 48 48" width="{s}" height="{s}" aria-hidden="true">
<g transform="translate(-1.5,-1.5)" fill="#25f4ee"><path d="M27 6h6c.5 5 3.6 8.4 9 9v6c-3.4 0-6.4-1-9-2.8V31a11 11 0 1 1-11-11v6.2a4.9 4.9 0 1 0 5 4.8z"/></g>
<g transform="translate(1.5,1.5)" fill="#fe2c55"><path d="M27 6h6c.5 5 3.6 8.4 9 9v6c-3.4 0-6.4-1-9-2.8V31a11 11 0 1 1-11-11v6.2a4.9 4.9 0 1 0 5 4.8z"/></g>
<path fill="{fg}" d="M27 6h6c.5 5 3.6 8.4 9 9v6c-3.4 0-6.4-1-9-2.8V31a11 11 0 1 1-11-11v6.2a4.9 4.9 0 1 0 5 4.8z"/></svg>"""


def tt_note(size: int, fg: str) -> str:
    return TT_NOTE.replace("{s}", str(size)).replace("{fg}", fg)


def tt_logo(dark: bool, size: int = 30) -> str:
    fg = "#ffffff" if dark else "#000000"
    return (
        f'<span class="ttlogo">{tt_note(size, fg)}<b style="font-size:{size * 0.8:.0f}px;'
        f'color:{fg}">TikTok</b></span>'
    )


def css(look: Look) -> str:
    d = look.dark
    bg, card, fg, muted, line = (
        ("#0b1120", "#151e2e", "#e5e7eb", "#9ca3af", "#2a3547")
        if d
        else ("#f6f7f9", "#ffffff", "#111827", "#6b7280", "#e5e7eb")
    )
    radius = {"filled": "6px", "outline": "6px", "pill": "999px", "link": "6px"}[look.button]
    primary = (
        f"background:transparent;color:{look.color};border:1.5px solid {look.color};"
        if look.button == "outline"
        else f"background:{look.color};color:#fff;border:1.5px solid {look.color};"
    )
    secondary = (
        f"background:transparent;border:none;color:{look.color if not d else '#c7d2fe'};text-decoration:underline;"
        if look.button == "link"
        else f"background:transparent;color:{fg};border:1.5px solid {line};"
    )
    return f"""
*{{box-sizing:border-box;margin:0;padding:0}}
html,body{{width:100%;height:100%;overflow:hidden}}
body{{font-family:'{look.font}',sans-serif;font-size:{look.size}px;color:{fg};background:{bg};line-height:1.4}}
:root{{--bg:{bg};--card:{card};--fg:{fg};--muted:{muted};--line:{line};--brand:{look.color};--accent:{look.accent}}}
.frame{{position:absolute;inset:0;display:flex;flex-direction:column}}
.app{{flex:1;position:relative;overflow:hidden;background:var(--bg)}}
.zoom{{height:100%;position:relative}}
.muted{{color:var(--muted)}} .small{{font-size:0.86em}} .tiny{{font-size:0.78em}}
h1{{font-size:1.75em;line-height:1.2}} h2{{font-size:1.4em;line-height:1.25}} h3{{font-size:1.1em}}
.btn{{display:inline-block;white-space:nowrap;padding:0.55em 1.15em;border-radius:{radius};font-weight:600;
 font-size:0.95em;cursor:pointer;text-align:center;font-family:inherit}}
.btn.primary{{{primary}}} .btn.secondary{{{secondary}}}
.btn.sm{{padding:0.35em 0.85em;font-size:0.86em}}
.card{{background:var(--card);border:1px solid var(--line);border-radius:10px}}
.pill{{display:inline-block;padding:0.1em 0.6em;border-radius:999px;font-size:0.78em;font-weight:600;white-space:nowrap}}
.pill.ok{{background:#dcfce7;color:#166534}} .pill.off{{background:var(--line);color:var(--muted)}}
.pill.warn{{background:#fef3c7;color:#92400e}}
.logo{{display:inline-flex;align-items:center;justify-content:center;border-radius:8px;color:#fff;font-weight:700;flex:none}}
.row{{display:flex;align-items:center;gap:0.75em}}
.shell{{display:flex;height:100%}}
.side{{width:210px;flex:none;background:var(--card);border-right:1px solid var(--line);padding:16px 12px}}
.side .it{{padding:7px 10px;border-radius:6px;color:var(--muted);margin-bottom:2px}}
.side .it.on{{background:var(--accent);color:#111827;font-weight:600}}
.main{{flex:1;padding:24px 32px;overflow:hidden;position:relative}}
.tabbar{{position:absolute;left:0;right:0;bottom:0;display:flex;justify-content:space-around;padding:8px 0 14px;
 border-top:1px solid var(--line);background:var(--card);font-size:0.72em;color:var(--muted)}}
.mmain{{padding:14px 16px 70px}}
.caption{{flex:none;background:#111827;color:#f9fafb;padding:10px 18px;font-size:16px;font-weight:600;
 font-family:'Inter','Noto Sans',sans-serif}}
.ttlogo{{display:inline-flex;align-items:center;gap:4px}}
.ttlogo b{{font-family:'Inter','Noto Sans',sans-serif;letter-spacing:-0.5px}}
"""


def chrome(c: Ctx, url: str, title: str) -> str:
    """A browser's tab strip and address bar, in the style of the submission's browser."""
    look = c.look
    d = look.dark
    strip, bar, fg, field_bg = (
        ("#1f2430", "#2b3140", "#e5e7eb", "#3a4152") if d else ("#dee1e6", "#ffffff", "#202124", "#f1f3f4")
    )
    host = url.split("/")[0]
    if look.browser == "safari":
        return f"""<div style="flex:none;background:{"#2d2d30" if d else "#ececec"};height:44px;display:flex;align-items:center;
padding:0 14px;gap:8px;border-bottom:1px solid {"#111" if d else "#cfcfcf"};font-family:'Inter',sans-serif">
<span style="width:12px;height:12px;border-radius:50%;background:#ff5f57"></span>
<span style="width:12px;height:12px;border-radius:50%;background:#febc2e"></span>
<span style="width:12px;height:12px;border-radius:50%;background:#28c840"></span>
<span style="color:#999;margin-left:18px;font-size:16px">&#8249; &#8250;</span>
<div style="margin:0 auto;width:42%;background:{"#444" if d else "#fff"};border-radius:7px;height:28px;display:flex;align-items:center;
justify-content:center;font-size:13px;color:{fg}">&#128274; {e(host)}</div><span style="width:80px"></span></div>"""
    tab_r = "8px 8px 0 0" if look.browser != "edge" else "6px"
    shield = "&#128737; " if look.browser == "firefox" else "&#128274; "
    tabs = (
        f'<div style="background:{bar};padding:7px 14px;border-radius:{tab_r};width:220px;font-size:12px;color:{fg};'
        f'white-space:nowrap;overflow:hidden;text-overflow:ellipsis">{e(title)}</div>'
        f'<div style="padding:7px 14px;font-size:12px;color:#888;white-space:nowrap">New Tab</div>'
    )
    return f"""<div style="flex:none;font-family:'Inter','Noto Sans',sans-serif">
<div style="background:{strip};height:36px;display:flex;align-items:flex-end;padding:0 10px;gap:4px">{tabs}</div>
<div style="background:{bar};height:38px;display:flex;align-items:center;gap:10px;padding:0 12px;border-bottom:1px solid {"#111" if d else "#dadce0"}">
<span style="color:#888;font-size:15px">&#8592; &#8594; &#8635;</span>
<div style="flex:1;background:{field_bg};border-radius:{"16px" if look.browser == "chrome" else "4px"};height:26px;display:flex;align-items:center;
padding:0 12px;font-size:13px;color:{fg}">{shield}https://{e(url)}</div></div></div>"""


def status_bar(c: Ctx, dark: bool) -> str:
    fg = "#fff" if dark else "#000"
    bg = "#000" if dark else "#fff"
    return (
        f'<div style="flex:none;height:34px;display:flex;justify-content:space-between;align-items:center;'
        f"padding:0 22px;font:600 13px 'Inter',sans-serif;color:{fg};background:{bg}\">"
        f"<span>9:41</span><span>&#9679;&#9679;&#9679; &#9646;</span></div>"
    )


def webview_bar(c: Ctx, url: str, dark: bool) -> str:
    fg = "#eee" if dark else "#222"
    return (
        f'<div style="flex:none;height:40px;display:flex;align-items:center;gap:10px;padding:0 14px;'
        f"border-bottom:1px solid {'#333' if dark else '#ddd'};background:{'#121212' if dark else '#f7f7f7'};"
        f'font:13px \'Inter\',sans-serif;color:{fg}"><span style="font-size:18px">&#215;</span>'
        f'<span style="flex:1;text-align:center">&#128274; {e(url.split("/")[0])}</span><span>&#8943;</span></div>'
    )


ANNOTATE_JS = """
(() => {
  const ink = document.body.dataset.ink, kind = document.body.dataset.annotate;
  const layer = document.createElement('div');
  layer.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:50';
  document.body.appendChild(layer);
  for (const el of document.querySelectorAll('[data-redact]')) {
    const r = el.getBoundingClientRect();
    const box = document.createElement('div');
    const blur = document.body.dataset.redactstyle === 'blur';
    box.style.cssText = `position:fixed;left:${r.left - 3}px;top:${r.top - 2}px;width:${r.width + 6}px;height:${r.height + 4}px;`
      + (blur ? 'background:rgba(190,190,196,0.95);backdrop-filter:blur(6px);border-radius:4px' : 'background:#000');
    document.body.appendChild(box);
  }
  const t = document.querySelector('[data-mark]');
  if (!t || kind === 'none') return;
  const r = t.getBoundingClientRect();
  const svgNS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNS, 'svg');
  svg.setAttribute('width', innerWidth); svg.setAttribute('height', innerHeight);
  svg.style.cssText = 'position:fixed;left:0;top:0;overflow:visible';
  layer.appendChild(svg);
  const add = (tag, attrs) => { const n = document.createElementNS(svgNS, tag);
    for (const k in attrs) n.setAttribute(k, attrs[k]); svg.appendChild(n); return n; };
  // Text boxes the drawing should avoid: pick the side of the target that crosses the fewest.
  const texts = [...document.querySelectorAll('h1,h2,h3,p,li,td,th,.btn,span,b,label')]
    .filter(x => x !== t && !t.contains(x) && !x.contains(t)).map(x => x.getBoundingClientRect()).filter(b => b.width > 0);
  const hits = (x0, y0, x1, y1) => texts.filter(b => b.right > Math.min(x0,x1) && b.left < Math.max(x0,x1)
      && b.bottom > Math.min(y0,y1) && b.top < Math.max(y0,y1)).length
      + ((Math.min(x0,x1) < 0 || Math.min(y0,y1) < 0 || Math.max(x0,x1) > innerWidth || Math.max(y0,y1) > innerHeight) ? 99 : 0);
  const cx = r.left + r.width / 2, cy = r.top + r.height / 2, L = 70;
  const sides = [
    ['right', r.right + 6, cy, r.right + 6 + L, cy + 24],
    ['left', r.left - 6, cy, r.left - 6 - L, cy + 24],
    ['below', cx, r.bottom + 6, cx + 24, r.bottom + 6 + L],
    ['above', cx, r.top - 6, cx + 24, r.top - 6 - L]];
  sides.sort((a, b) => hits(a[1], a[2], a[3], a[4]) - hits(b[1], b[2], b[3], b[4]));
  const [side, hx, hy, tx, ty] = sides[0];
  if (kind === 'rect' || kind === 'circle') {
    const p = 7;
    if (kind === 'rect') add('rect', {x: r.left - p, y: r.top - p, width: r.width + 2*p, height: r.height + 2*p,
      rx: 4, fill: 'none', stroke: ink, 'stroke-width': 3});
    else add('ellipse', {cx, cy, rx: r.width / 2 + 14, ry: r.height / 2 + 7, fill: 'none', stroke: ink, 'stroke-width': 3});
  } else if (kind === 'arrow') {
    add('line', {x1: tx, y1: ty, x2: hx, y2: hy, stroke: ink, 'stroke-width': 4, 'stroke-linecap': 'round'});
    const a = Math.atan2(hy - ty, hx - tx), s = 14;
    add('polygon', {fill: ink, points: `${hx},${hy} ${hx - s*Math.cos(a - 0.45)},${hy - s*Math.sin(a - 0.45)} ${hx - s*Math.cos(a + 0.45)},${hy - s*Math.sin(a + 0.45)}`});
  } else if (kind === 'badge') {
    add('rect', {x: r.left - 5, y: r.top - 5, width: r.width + 10, height: r.height + 10, rx: 6, fill: 'none', stroke: ink, 'stroke-width': 2.5});
    const bx = side === 'left' ? r.left - 22 : r.right + 22, by = r.top + 4;
    add('circle', {cx: bx, cy: by, r: 13, fill: ink});
    const n = add('text', {x: bx, y: by + 5, 'text-anchor': 'middle', fill: '#fff', 'font-size': 14, 'font-weight': 700,
      'font-family': 'Inter, sans-serif'});
    n.textContent = document.body.dataset.n;
  } else if (kind === 'cursor') {
    const x = r.right - Math.min(14, r.width / 5), y = r.bottom - 4;
    add('path', {d: `M${x} ${y} l0 22 l5 -5 l4 9 l4 -2 l-4 -9 l7 0 z`, fill: '#fff', stroke: '#000', 'stroke-width': 1.3});
  } else if (kind === 'highlight') {
    const h = document.querySelector('[data-hl]') || t;
    const b = h.getBoundingClientRect();
    add('rect', {x: b.left - 4, y: b.top - 2, width: b.width + 8, height: b.height + 4, fill: document.body.dataset.dark ? 'rgba(250,204,21,0.2)' : 'rgba(250,204,21,0.38)'});
  }
})();
"""


def page(c: Ctx, body: str, *, url: str, title: str, tiktok: bool = False) -> str:
    """The whole document: frame (window / slide / phone), content, caption strip and annotations."""
    look = c.look
    dark = look.dark
    inner = f'<div class="app"><div class="zoom">{body}</div></div>'
    if look.mode == "window":
        framed = f'<div class="frame">{chrome(c, url, title)}{inner}{caption(c)}</div>'
    elif look.mode == "phone":
        top = webview_bar(c, url, dark) if tiktok else ""
        framed = f'<div class="frame">{status_bar(c, dark)}{top}{inner}</div>'
    else:
        h = look.device.height - 150
        w = round(h * 0.48)
        top = webview_bar(c, url, dark) if tiktok else ""
        heading = e(
            fill(random.Random(f"{c.app.name}:{c.n}").choice(c.pool.slide_titles[c.step]), c)
        ).replace("{n}", str(c.n))
        slide_bg = "#f4f4f5" if not dark else "#e4e4e7"
        framed = f"""<div style="position:absolute;inset:0;background:{slide_bg};font-family:'Inter','Noto Sans',sans-serif">
<div style="position:absolute;left:56px;top:34px;font-size:30px;font-weight:700;color:#18181b">{heading}</div>
<div style="position:absolute;left:calc(50% - {w / 2}px);top:100px;width:{w}px;height:{h}px;border-radius:34px;
border:9px solid #18181b;overflow:hidden;background:#000;box-shadow:0 12px 40px rgba(0,0,0,.25)">
<div class="frame">{status_bar(c, dark)}{top}{inner}</div></div></div>"""
    data = (
        f'data-ink="{look.ink}" data-annotate="{look.annotate}" data-redactstyle="{look.redact}" data-n="{c.n}"'
        + (' data-dark="1"' if dark else "")
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{css(look)}</style></head>
<body {data}>{framed}<script>{ANNOTATE_JS}</script></body></html>"""


def caption(c: Ctx) -> str:
    if not c.look.caption:
        return ""
    text = random.Random(f"cap:{c.app.name}:{c.n}").choice(c.pool.captions[c.step])
    return f'<div class="caption">Step {c.n}: {e(text)}</div>'


# ---------------------------------------------------------------- app pieces


def app_logo(app: App, size: int = 30) -> str:
    return (
        f'<span class="logo" style="width:{size}px;height:{size}px;background:{app.color};'
        f'font-size:{size * 0.5:.0f}px">{e(app.name[0])}</span>'
    )


SERVICE_COLORS = ("#ef4444", "#e1306c", "#1db954", "#0f9d58", "#0061ff", "#9146ff", "#e60023", "#111111")


def service_logo(name: str, size: int = 34) -> str:
    if name == "TikTok":
        return (
            f'<span class="logo" style="width:{size}px;height:{size}px;background:#000">'
            f"{tt_note(round(size * 0.7), '#fff')}</span>"
        )
    col = SERVICE_COLORS[sum(map(ord, name)) % len(SERVICE_COLORS)]
    return (
        f'<span class="logo" style="width:{size}px;height:{size}px;background:{col};'
        f'font-size:{size * 0.45:.0f}px;border-radius:50%">{e(name[0])}</span>'
    )


def shell(c: Ctx, content: str, active: int, rng: random.Random) -> str:
    """The app's frame: sidebar on desktop (sometimes half cut off), tab bar on phones."""
    nav = c.pool.nav
    if mobile(c):
        head = (
            f'<div class="row" style="margin-bottom:12px">{app_logo(c.app, 26)}<b>{e(c.app.name)}</b></div>'
        )
        tabs = "".join(f"<span>{e(n)}</span>" for n in nav[:4])
        return f'<div style="position:relative;height:100%"><div class="mmain">{head}{content}</div><div class="tabbar">{tabs}</div></div>'
    items = "".join(f'<div class="it{" on" if i == active else ""}">{e(n)}</div>' for i, n in enumerate(nav))
    name, email = c.person
    cut = "margin-left:-120px;" if c.look.crop else ""
    side = f"""<div class="side" style="{cut}"><div class="row" style="margin-bottom:18px">{app_logo(c.app)}
<b>{e(c.app.name)}</b></div>{items}<div style="position:absolute;bottom:16px" class="tiny muted">{e(name)}<br>
<span data-redact="1">{e(email)}</span></div></div>"""
    return f'<div class="shell">{side}<div class="main">{content}</div></div>'


def app_url(c: Ctx, path: str) -> str:
    return f"{c.app.domain}/{path}"


# ---------------------------------------------------------------- connect


def connect(c: Ctx, rng: random.Random, tiktok: bool) -> str:
    p = c.pool
    variant = rng.choice(("grid", "list", "empty", "banner") if tiktok else ("grid", "list", "empty"))
    others = rng.sample(p.services, 5 if not mobile(c) else 3)
    cta = rng.choice(p.connect_cta)
    if variant == "grid":
        names = others[:]
        if tiktok:
            names.insert(rng.randrange(len(names) + 1), "TikTok")
        cols = 2 if mobile(c) else 3
        cards = []
        for s in names:
            is_tt = s == "TikTok"
            label = cta if is_tt else rng.choice(p.other_cta)
            mark = ' data-mark="1"' if is_tt else ""
            cards.append(
                f'<div class="card" style="padding:14px"><div class="row">{service_logo(s)}<b>{e(s)}</b></div>'
                f'<div style="margin-top:10px"><span class="btn {"primary" if is_tt else "secondary"} sm"{mark}>{e(label)}</span></div></div>'
            )
        body = (
            f"<h2>{e(rng.choice(p.connect_titles))}</h2><p class='muted' style='margin:4px 0 16px'>"
            f"{e(rng.choice(p.connect_subs))}</p><div style='display:grid;grid-template-columns:repeat({cols},1fr);"
            f"gap:12px'>{''.join(cards)}</div>"
        )
    elif variant == "list":
        names = others[:3]
        if tiktok:
            names.insert(rng.randrange(len(names) + 1), "TikTok")
        rows = []
        linked = rng.choice([n for n in names if n != "TikTok"])
        for s in names:
            on = s == linked
            pill = (
                f'<span class="pill {"ok" if on else "off"}">{e(p.result_pills[0] if on else "Off")}</span>'
            )
            btn = (
                f'<span class="btn secondary sm">{e("Manage")}</span>'
                if on
                else f'<span class="btn {"primary" if s == "TikTok" else "secondary"} sm"'
                f"{' data-mark=1' if s == 'TikTok' else ''}>{e(cta if s == 'TikTok' else rng.choice(p.other_cta))}</span>"
            )
            rows.append(
                f'<div class="row" style="padding:12px 14px;border-bottom:1px solid var(--line)">{service_logo(s, 28)}'
                f'<div style="flex:1"><b>{e(s)}</b></div>{pill}{btn}</div>'
            )
        body = (
            f"<h2>{e(rng.choice(p.settings_titles))}</h2><h3 style='margin:16px 0 8px'>{e(rng.choice(p.list_titles))}</h3>"
            f"<div class='card'>{''.join(rows)}</div>"
        )
    elif variant == "empty":
        btns = (
            f'<span class="btn primary" data-mark="1">{e(fill(rng.choice(p.empty_cta), c))}</span>'
            if tiktok
            else ""
        )
        alts = rng.sample(p.empty_alt, 1 if tiktok else 2)
        btns += "".join(f' <span class="btn secondary">{e(a)}</span>' for a in alts)
        body = (
            f'<div class="card" style="padding:40px 24px;text-align:center;margin-top:20px">'
            f'<div style="font-size:40px;color:var(--muted)">&#9729;</div><h2>{e(rng.choice(p.empty_titles))}</h2>'
            f'<p class="muted" style="margin:8px 0 18px">{e(rng.choice(p.empty_bodies))}</p>{btns}</div>'
        )
    else:
        body = (
            f'<div class="card row" style="padding:12px 16px;background:var(--accent);color:#111827;border:none">'
            f"{service_logo('TikTok', 30)}<div style='flex:1'>{e(fill(rng.choice(p.banner_texts), c))}</div>"
            f'<span class="btn primary sm" data-mark="1">{e(rng.choice(p.banner_cta))}</span></div>'
            + dash_cards(c, rng)
        )
    return page(c, shell(c, body, 3, rng), url=app_url(c, "settings/integrations"), title=f"{c.app.name}")


def dash_cards(c: Ctx, rng: random.Random) -> str:
    p = c.pool
    cards = []
    for t in rng.sample(p.dash_cards, 2 if mobile(c) else 3):
        bars = "".join(
            f'<span style="display:inline-block;width:10%;margin-right:2%;height:{rng.randint(12, 60)}px;'
            f'background:var(--brand);opacity:.7;border-radius:2px"></span>'
            for _ in range(7)
        )
        cards.append(
            f'<div class="card" style="padding:14px"><div class="muted small">{e(t)}</div>'
            f"<h2>{rng.randint(2, 98)}.{rng.randint(0, 9)}k</h2>"
            f'<div style="height:64px;display:flex;align-items:flex-end">{bars}</div></div>'
        )
    cols = 1 if mobile(c) else 3
    return f'<div style="display:grid;grid-template-columns:repeat({cols},1fr);gap:12px;margin-top:16px">{"".join(cards)}</div>'


# ---------------------------------------------------------------- connecting


def data_items(c: Ctx, rng: random.Random, named: tuple[str, ...]) -> list[str]:
    p = c.pool
    items: list[str] = []
    for ds in named:
        if ds == "all":
            cats = ", ".join(
                [
                    p.data["activity"][0].lower(),
                    p.data["postsandprofile"][0].lower(),
                    p.data["directmessages"][0].lower(),
                ]
            )
            items.append(
                f"{rng.choice(p.data['all'])} ({cats})" if rng.random() < 0.6 else rng.choice(p.data["all"])
            )
            continue
        pool = list(p.data[ds])
        items += rng.sample(pool, rng.choice((1, 2, 2, 3)) if len(pool) > 2 else rng.choice((1, 2)))
        if ds == "activity" and rng.random() < 0.3:
            items.append(rng.choice(p.comment_items))
    return items


def connecting(c: Ctx, rng: random.Random, d: Disclosure) -> str:
    p = c.pool
    title = fill(rng.choice(p.connecting_titles), c)
    lead = fill(rng.choice(p.connecting_leads), c)
    items = data_items(c, rng, d.named)
    reasons = list(rng.sample(p.reason_cells, len(p.reason_cells)))
    style = rng.choice(("bullets", "table", "prose")) if items else "none"
    if style == "table" and mobile(c):
        style = "bullets"
    parts = [
        f'<div class="row" style="gap:10px;margin-bottom:10px">{app_logo(c.app, 34)}<span class="muted">&#8646;</span>'
        f"{service_logo('TikTok', 34)}</div>",
        f"<h2>{e(title)}</h2>",
        f'<p class="muted" style="margin:6px 0 12px">{e(lead)}</p>',
    ]
    intro = fill(rng.choice(p.data_intros), c)
    if style == "bullets":
        lis = "".join(f'<li style="margin:3px 0">{e(i)}</li>' for i in items)
        parts.append(f'<div data-hl="1"><b>{e(intro)}</b><ul style="margin:6px 0 12px 20px">{lis}</ul></div>')
    elif style == "table":
        head = f"<th style='text-align:left;padding:6px 10px'>{e(intro.rstrip(':'))}</th>"
        if d.purpose:
            head += f"<th style='text-align:left;padding:6px 10px'>{e(rng.choice(p.purpose_heads).rstrip('?'))}</th>"
        rows = "".join(
            f"<tr style='border-top:1px solid var(--line)'><td style='padding:6px 10px'>{e(i)}</td>"
            + (
                f"<td class='muted' style='padding:6px 10px'>{e(reasons[k % len(reasons)])}</td>"
                if d.purpose
                else ""
            )
            + "</tr>"
            for k, i in enumerate(items)
        )
        parts.append(
            f'<table data-hl="1" class="card" style="border-collapse:collapse;width:100%;margin-bottom:12px">'
            f"<tr style='background:var(--bg)'>{head}</tr>{rows}</table>"
        )
    elif style == "prose":
        joined = ", ".join(i[0].lower() + i[1:] if not i.startswith("Profile") else i for i in items[:-1])
        last = items[-1][0].lower() + items[-1][1:]
        text = f"{joined} and {last}" if joined else last
        lead_in = intro if intro.endswith(":") else intro + ":"
        parts.append(f'<p data-hl="1" style="margin-bottom:12px"><b>{e(lead_in)}</b> {e(text)}.</p>')
    if d.purpose and style != "table":
        sentence = rng.choice(p.purposes[c.app.kind])
        if rng.random() < 0.5:
            parts.append(
                f'<h3 style="margin-top:4px">{e(rng.choice(p.purpose_heads))}</h3><p>{e(sentence)}</p>'
            )
        else:
            parts.append(f"<p>{e(sentence)}</p>")
    elif d.purpose and rng.random() < 0.5:
        parts.append(f"<p>{e(rng.choice(p.purposes[c.app.kind]))}</p>")
    repeat = rng.choice(p.ongoing) if d.ongoing else (rng.choice(p.single) if rng.random() < 0.4 else "")
    if repeat:
        parts.append(f'<p class="small" style="margin-top:8px">&#8635; {e(repeat)}</p>')
    if rng.random() < 0.6:
        parts.append(f'<p class="tiny muted" style="margin-top:8px">{e(rng.choice(p.fine_print))}</p>')
    btns = []
    if d.go_back:
        btns.append(f'<span class="btn secondary">{e(rng.choice(p.go_back))}</span>')
    if d.proceed:
        btns.append(f'<span class="btn primary" data-mark="1">{e(rng.choice(p.proceed))}</span>')
    if rng.random() < 0.5:
        btns.reverse()
    justify = "flex-end" if not mobile(c) else "stretch"
    direction = "column" if mobile(c) else "row"
    parts.append(
        f'<div style="display:flex;flex-direction:{direction};gap:10px;justify-content:{justify};margin-top:16px">'
        f"{''.join(btns)}</div>"
    )
    if not d.proceed:
        parts[1] = parts[1].replace("<h2>", '<h2 data-mark="1">')
    body = "".join(parts)
    layout = c.look.layout
    url = app_url(c, "connect/tiktok")
    if mobile(c):
        if layout == "modal":
            sheet = (
                f'<div style="position:absolute;inset:0;background:rgba(0,0,0,.45)"></div>'
                f'<div class="card" style="position:absolute;left:0;right:0;bottom:0;padding:18px 18px 26px;'
                f'border-radius:16px 16px 0 0">{body}</div>'
            )
            return page(c, f'<div class="mmain">{dash_cards(c, rng)}</div>{sheet}', url=url, title=c.app.name)
        return page(
            c, f'<div class="mmain" style="padding-bottom:20px">{body}</div>', url=url, title=c.app.name
        )
    if layout == "modal":
        back = shell(c, f"<h2>{e(rng.choice(p.dash_titles))}</h2>{dash_cards(c, rng)}", 0, rng)
        modal = (
            f'<div style="position:absolute;inset:0;background:rgba(15,23,42,.55);display:flex;align-items:center;'
            f'justify-content:center"><div class="card" style="width:560px;padding:24px 28px;'
            f'box-shadow:0 20px 50px rgba(0,0,0,.3)">{body}</div></div>'
        )
        return page(c, back + modal, url=url, title=c.app.name)
    steps = rng.choice(p.steps_bar)
    bar = "".join(
        f'<span class="pill {"ok" if i == 1 else "off"}" style="margin-right:6px">{i + 1}. {e(s)}</span>'
        for i, s in enumerate(steps)
    )
    width = 620 if layout == "card" else 720
    inner = f'<div style="max-width:{width}px;margin:0 auto"><div style="margin-bottom:14px">{bar}</div><div class="card" style="padding:24px 28px">{body}</div></div>'
    if layout == "card":
        return page(c, f'<div style="padding:36px">{inner}</div>', url=url, title=c.app.name)
    return page(c, shell(c, inner, 3, rng), url=url, title=c.app.name)


# ---------------------------------------------------------------- TikTok's own pages


def tt_page(c: Ctx, body: str, path: str, title: str) -> str:
    dark = c.look.dark
    bg, fg = ("#121212", "#ffffff") if dark else ("#ffffff", "#161823")
    top = (
        ""
        if mobile(c)
        else f'<div class="row" style="justify-content:space-between;padding:14px 24px;border-bottom:1px solid '
        f"{'#2f2f2f' if dark else '#eee'}\">{tt_logo(dark, 30)}<span class='small'>&#9432; Feedback and help</span></div>"
    )
    wrap = f"""<div style="display:flow-root;height:100%;background:{bg};color:{fg};font-family:'Inter','Roboto','Noto Sans',sans-serif;
font-size:{c.look.size + (0 if mobile(c) else 1.5):.1f}px">{top}{body}</div>"""
    return page(c, wrap, url=f"www.tiktok.com/{path}", title=title, tiktok=True)


def tiktok_login(c: Ctx, rng: random.Random) -> str:
    p = c.pool
    dark = c.look.dark
    line = "#333" if dark else "#e3e3e4"
    opts = "".join(
        f'<div style="border:1px solid {line};border-radius:8px;padding:0.7em 0.9em;margin:0.5em 0;font-weight:600;'
        f'display:flex;gap:12px" {"data-mark=1" if i == 1 else ""}><span>&#9679;</span>{e(o)}</div>'
        for i, o in enumerate(p.tt_login_options[: 4 if mobile(c) else 5])
    )
    width = "100%" if mobile(c) else "440px"
    logo = f'<div style="text-align:center;margin:6px 0 12px">{tt_logo(dark, 30)}</div>' if mobile(c) else ""
    body = f"""<div style="width:{width};margin:{"18px auto" if mobile(c) else "40px auto"};padding:0 {18 if mobile(c) else 0}px">
{logo}<h1 style="text-align:center;font-size:1.85em;margin-bottom:0.9em">{e(rng.choice(p.tt_login_titles))}</h1>{opts}
<p style="font-size:12px;color:#8a8b91;text-align:center;margin-top:18px">By continuing with an account located in your country,
you agree to our Terms of Service and acknowledge that you have read our Privacy Policy.</p>
<p style="text-align:center;margin-top:16px;border-top:1px solid {line};padding-top:14px">Don't have an account?
<b style="color:#fe2c55">Sign up</b></p></div>"""
    return tt_page(c, body, "login?redirect_url=authorize", "Log in | TikTok")


def tiktok_consent(c: Ctx, rng: random.Random) -> str:
    p = c.pool
    dark = c.look.dark
    line = "#333" if dark else "#e3e3e4"
    lines = "".join(
        f'<li style="display:flex;gap:10px;margin:0.55em 0"><span style="color:#fe2c55">&#10003;</span>{e(TT_SCOPE_LINES[s])}</li>'
        for s in c.consent_scopes
    )
    width = "100%" if mobile(c) else "480px"
    logos = (
        f'<div class="row" style="justify-content:center;gap:14px;margin-bottom:16px">{app_logo(c.app, 52)}'
        f'<span style="color:#8a8b91">&#8943;</span><span class="logo" style="width:52px;height:52px;background:#000">'
        f"{tt_note(36, '#fff')}</span></div>"
    )
    cancel_bg = "#2f2f2f" if dark else "#f1f1f2"
    body = f"""<div style="width:{width};margin:{"18px auto" if mobile(c) else "34px auto"};padding:0 {18 if mobile(c) else 0}px">
{logos}<h2 style="text-align:center;font-size:1.4em">{e(fill(rng.choice(p.tt_consent_leads), c))}</h2>
<div class="row" style="justify-content:center;margin:12px 0;gap:8px"><span class="logo" style="width:26px;height:26px;
background:#8a8b91;border-radius:50%">{e(c.handle[1].upper())}</span><span>{e(c.handle)}</span></div>
<div style="border-top:1px solid {line};padding-top:12px"><b>{e(fill(rng.choice(p.tt_consent_heads), c))}</b>
<ul style="list-style:none;margin-top:4px">{lines}</ul></div>
<p style="font-size:0.8em;color:#8a8b91;margin:0.9em 0">By authorizing, you allow {e(c.app.name)} to use your information
in accordance with its Terms of Service and Privacy Policy. You can remove access in your TikTok settings.</p>
<div style="display:flex;gap:10px;flex-direction:{"column-reverse" if mobile(c) else "row"}">
<span class="btn" style="flex:1;background:{cancel_bg};color:inherit;border:none;border-radius:4px;padding:0.7em">{e(rng.choice(p.tt_cancel))}</span>
<span class="btn" data-mark="1" style="flex:1;background:#fe2c55;color:#fff;border:none;border-radius:4px;padding:0.7em">{e(rng.choice(p.tt_authorize))}</span>
</div></div>"""
    return tt_page(c, body, "v2/auth/authorize/?client_key=aw8k2" + slug(c.app.name)[:6], "TikTok")


# ---------------------------------------------------------------- look-alikes (labelled other)


def lookalike_signin(c: Ctx, rng: random.Random) -> str:
    """The app's own login styled like TikTok's: dark, pink, option rows, on the app's domain."""
    p = c.pool
    opts = "".join(
        f'<div style="border:1px solid #3a3a3a;border-radius:8px;padding:11px 14px;margin:8px 0;font-weight:600">{e(o)}</div>'
        for o in (p.tt_login_options[1], p.tt_login_options[3])
    )
    body = f"""<div style="height:100%;background:#121212;color:#fff;padding-top:40px"><div style="width:{"90%" if mobile(c) else "420px"};margin:0 auto">
<div style="text-align:center;margin-bottom:10px">{app_logo(c.app, 44)}</div>
<h1 style="text-align:center;font-size:26px;margin-bottom:16px">{e(fill(rng.choice(p.lookalike_titles), c))}</h1>{opts}
<span class="btn" data-mark="1" style="display:block;background:#fe2c55;color:#fff;border:none;margin-top:14px">{e(p.login_cta)}</span></div></div>"""
    return page(c, body, url=app_url(c, "login"), title=c.app.name)


def google_consent(c: Ctx, rng: random.Random) -> str:
    email = c.person[1]
    scopes = ("See your primary Google Account email address", "See your personal info")
    lis = "".join(f'<li style="margin:8px 0">{e(s)}</li>' for s in scopes)
    body = f"""<div style="height:100%;background:#fff;color:#202124;font-family:'Roboto','Noto Sans',sans-serif;padding-top:30px">
<div style="width:{"92%" if mobile(c) else "450px"};margin:0 auto;border:{"0" if mobile(c) else "1px solid #dadce0"};border-radius:8px;padding:28px">
<div style="font-size:20px;font-weight:500"><span style="color:#4285f4">G</span>oogle</div>
<h2 style="font-weight:400;margin:14px 0 6px">Sign in with Google</h2>
<p>{e(c.app.name)} wants to access your Google Account</p>
<p class="small" style="margin:10px 0;border:1px solid #dadce0;border-radius:16px;padding:4px 10px;display:inline-block" data-redact="1">{e(email)}</p>
<p style="margin-top:10px"><b>This will allow {e(c.app.name)} to:</b></p><ul style="margin-left:20px">{lis}</ul>
<div style="display:flex;justify-content:flex-end;gap:10px;margin-top:20px"><span class="btn" style="color:#1a73e8;border:1px solid #dadce0">Cancel</span>
<span class="btn" data-mark="1" style="background:#1a73e8;color:#fff;border:none">Allow</span></div></div></div>"""
    return page(c, body, url="accounts.google.com/o/oauth2/v2/auth", title="Sign in - Google Accounts")


def github_consent(c: Ctx, rng: random.Random) -> str:
    body = f"""<div style="height:100%;background:#f6f8fa;color:#1f2328;padding-top:30px;font-family:'Noto Sans',sans-serif">
<div style="width:{"92%" if mobile(c) else "440px"};margin:0 auto;text-align:center">{app_logo(c.app, 56)}
<h2 style="font-weight:400;margin:12px 0">Authorize {e(c.app.name)}</h2></div>
<div style="width:{"92%" if mobile(c) else "440px"};margin:0 auto;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:18px">
<p><b>{e(c.app.name)}</b> by <b>{e(slug(c.app.name))}-dev</b> wants to access your <b>{e(c.handle.lstrip("@"))}</b> account</p>
<p class="small" style="margin:12px 0;color:#656d76">Public data only. Limited access to your public data.</p>
<div style="display:flex;gap:8px;margin-top:14px"><span class="btn" style="flex:1;border:1px solid #d0d7de">Cancel</span>
<span class="btn" data-mark="1" style="flex:1;background:#1f883d;color:#fff;border:none">Authorize {e(slug(c.app.name))}</span></div></div></div>"""
    return page(c, body, url="github.com/login/oauth/authorize", title="Authorize application")


def dev_portal(c: Ctx, rng: random.Random) -> str:
    rows = (
        f'<div class="row" style="padding:12px;border-bottom:1px solid #eee">{app_logo(c.app, 28)}<b style="flex:1">{e(c.app.name)}</b>'
        f'<span class="pill warn">In review</span></div><div class="row" style="padding:12px">'
        f"<span class='small' style='flex:1;color:#666'>Products: Login Kit, Data Portability API</span></div>"
    )
    body = f"""<div style="height:100%;background:#fff;color:#161823;font-family:'Inter',sans-serif">
<div class="row" style="padding:12px 24px;border-bottom:1px solid #eee">{tt_logo(False, 24)}<b>for Developers</b>
<span style="flex:1"></span><span class="small">Docs</span><span class="small">Manage apps</span></div>
<div style="padding:24px"><h2>Manage apps</h2><div style="border:1px solid #eee;border-radius:8px;margin-top:14px">{rows}</div></div></div>"""
    return page(c, body, url="developers.tiktok.com/apps", title="TikTok for Developers")


# ---------------------------------------------------------------- app extras and results


def signin(c: Ctx, rng: random.Random) -> str:
    p = c.pool
    email = c.person[1]
    body = f"""<div style="display:flex;align-items:center;justify-content:center;height:100%">
<div class="card" style="width:{"92%" if mobile(c) else "380px"};padding:28px"><div style="text-align:center">{app_logo(c.app, 40)}</div>
<h2 style="text-align:center;margin:12px 0 18px">{e(fill(rng.choice(p.signin_titles), c))}</h2>
<div class="small muted">Email</div><div class="card" style="padding:8px 10px;margin:4px 0 12px"><span data-redact="1">{e(email)}</span></div>
<div class="small muted">Password</div><div class="card" style="padding:8px 10px;margin:4px 0 16px">&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;&#8226;</div>
<span class="btn primary" data-mark="1" style="display:block">{e(p.signin_titles[1] if "in" in p.signin_titles[1] else "Log in")}</span></div></div>"""
    return page(c, body, url=app_url(c, "login"), title=c.app.name)


def dashboard(c: Ctx, rng: random.Random) -> str:
    p = c.pool
    first = c.person[0].split()[0]
    body = f"<h2>{e(rng.choice(p.dash_titles))}</h2><p class='muted'>Hi {e(first)}</p>{dash_cards(c, rng)}"
    return page(c, shell(c, body, 0, rng), url=app_url(c, "home"), title=c.app.name)


def pricing(c: Ctx, rng: random.Random) -> str:
    p = c.pool
    cards = "".join(
        f'<div class="card" style="padding:18px"><h3>{e(n)}</h3><h2 style="margin:6px 0">{e(pr)}</h2>'
        f'<p class="muted small">{e(f)}</p><span class="btn {"primary" if i == 1 else "secondary"} sm" style="margin-top:10px">'
        f"{e(p.other_cta[0])}</span></div>"
        for i, (n, pr, f) in enumerate(p.plans)
    )
    cols = 1 if mobile(c) else 3
    body = f"<h2>{e(rng.choice(p.pricing_titles))}</h2><div style='display:grid;grid-template-columns:repeat({cols},1fr);gap:12px;margin-top:14px'>{cards}</div>"
    return page(c, shell(c, body, 4, rng), url=app_url(c, "pricing"), title=c.app.name)


def settings(c: Ctx, rng: random.Random) -> str:
    p = c.pool
    name, email = c.person
    body = f"""<h2>{e(rng.choice(p.settings_titles))}</h2><div class="card" style="padding:18px;margin-top:14px">
<div class="small muted">Name</div><p style="margin-bottom:10px">{e(name)}</p>
<div class="small muted">Email</div><p style="margin-bottom:10px"><span data-redact="1">{e(email)}</span></p>
<div class="small muted">Plan</div><p>{e(p.plans[1][0])}</p></div>"""
    return page(c, shell(c, body, 4, rng), url=app_url(c, "account"), title=c.app.name)


def result(c: Ctx, rng: random.Random) -> str:
    p = c.pool
    title = fill(rng.choice(p.result_titles), c)
    text = fill(rng.choice(p.result_bodies), c)
    stats = "".join(
        f'<span class="pill off" style="margin:3px">{e(s)}</span>' for s in rng.sample(p.stats, 3)
    )
    variant = rng.choice(("page", "banner", "row"))
    if variant == "page":
        body = f"""<div style="display:flex;align-items:center;justify-content:center;height:100%">
<div class="card" style="width:{"94%" if mobile(c) else "460px"};padding:30px;text-align:center">
<div style="width:54px;height:54px;border-radius:50%;background:#22c55e;color:#fff;font-size:30px;margin:0 auto 12px;
display:flex;align-items:center;justify-content:center">&#10003;</div><h2 data-mark="1">{e(title)}</h2>
<p class="muted" style="margin:8px 0 12px">{e(text)}</p><div>{stats}</div>
<span class="btn primary" style="margin-top:16px">{e(rng.choice(p.result_cta))}</span></div></div>"""
        return page(c, body, url=app_url(c, "connect/tiktok/done"), title=c.app.name)
    if variant == "banner":
        inner = (
            f'<div class="card row" style="padding:12px 16px;border-color:#86efac;background:#f0fdf4;color:#14532d">'
            f'<span style="font-size:20px">&#10003;</span><div><b data-mark="1">{e(title)}</b><div class="small">{e(text)}</div></div></div>'
            f"<div style='margin-top:10px'>{stats}</div>{dash_cards(c, rng)}"
        )
        return page(c, shell(c, inner, 0, rng), url=app_url(c, "home"), title=c.app.name)
    row = (
        f'<div class="card row" style="padding:12px 14px;margin-top:12px">{service_logo("TikTok", 30)}'
        f'<div style="flex:1"><b>TikTok</b><div class="small muted">{e(c.handle)}</div></div>'
        f'<span class="pill ok">{e(rng.choice(p.result_pills))}</span></div>'
    )
    inner = (
        f'<h2 data-mark="1">{e(title)}</h2><p class="muted" style="margin:4px 0">{e(text)}</p>{row}'
        f"<div style='margin-top:10px'>{stats}</div>"
    )
    return page(c, shell(c, inner, 3, rng), url=app_url(c, "settings/integrations"), title=c.app.name)
