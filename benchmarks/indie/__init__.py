"""An independent labelled corpus of TikTok-connection mockups (`python -m benchmarks.indie`).

Written without reading the checker or corpusgen's word lists: its own apps, phrases, layouts
and TikTok renditions, in two disjoint phrase pools (dev / holdout). Only corpusgen's Renderer
and export habits are reused. Labels follow corpusgen/flows.py's documented conventions.
"""
