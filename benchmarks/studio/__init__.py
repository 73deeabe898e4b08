"""A "design-tool exports" corpus of TikTok-connection mockups (`python -m benchmarks.studio`).

Written independently of the checker and of the other generators' wording: its author read
only the spec, the guidelines, corpusgen's renderer / export helpers, flows.py's labelling
conventions and the structure (not the words) of benchmarks/indie. The screens imitate what
designers export from Figma / Sketch / Framer UI kits: iOS and Material looks, sheets and
modals over a dimmed app, steppers, SVG illustrations, toggle lists, tablet split views and
desktop settings pages. All wording is in words.py, in two disjoint pools (dev / holdout).
"""
