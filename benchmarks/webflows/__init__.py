"""A "real product screenshots" labelled corpus of TikTok-connection mockups (`python -m benchmarks.webflows`).

Written independently, without reading the checker, its tests or the other generators' word
lists: its own apps, phrases (words.py, in disjoint DEV / HOLDOUT pools), layouts and TikTok
renditions. The screens imitate shipped products as people screenshot them: browser windows
with tabs and bookmarks, SaaS dashboards with sidebars, phones with status and navigation bars,
dialogs over busy pages. Only corpusgen's Renderer, fonts and export habits are reused; the
truth.json format and labelling follow benchmarks/indie/plan.py and corpusgen/flows.py's docstring.
"""
