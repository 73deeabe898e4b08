"""Consumer-mobile-app style labelled corpus of TikTok-connection mockups (`python -m benchmarks.mobilekit`).

Written independently, without reading the checker, its tests or the other generators' word
lists: its own apps (language, games, fitness, photo, music, dating, fintech, shopping, creator
tools), its own phrases in two disjoint pools (words.DEV / words.HOLDOUT), its own layouts and
its own drawing of TikTok's mobile login and consent pages from the shared spec. Reused: the
Renderer and export habits of benchmarks/corpusgen/render.py, the fonts of corpusgen/common.py,
the labelling conventions of corpusgen/flows.py's docstring and the truth.json shape of
benchmarks/indie/plan.py.
"""
