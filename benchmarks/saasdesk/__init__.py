"""A labelled corpus of TikTok-connection mockups of desktop and tablet web products (`python -m benchmarks.saasdesk`).

B2B dashboards, creator analytics suites, schedulers, agency tools, CRMs and research portals:
sidebars, settings > integrations grids, modals and drawers, browser windows, TikTok's desktop
web pages and popups. Written without reading the checker or other generators' wording; only
corpusgen's Renderer and export helpers are reused. Labels follow corpusgen/flows.py's conventions.
"""
