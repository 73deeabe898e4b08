"""Generator of the labelled accuracy corpus: realistic mockups rendered by headless Chromium.

`python -m benchmarks.corpusgen --out benchmarks/corpus [--seed 1] [--count N]` writes
`dev/<id>/` and `holdout/<id>/` submissions, each with a `truth.json`; the same seed gives
the same corpus. `scripts/make_fixtures.py` reuses it for the committed test fixtures.

Modules: `common` (devices, fonts, split), `vocab` (dev / holdout phrase pools), `look`
(colours, fonts, components, device chrome), `screens` (the app's own screens), `tiktok`
(TikTok's authorize page and look-alikes), `flows` (journeys, breaks and the truth
conventions), `render` (Chromium and export habits), `generate` (files on disk).
"""
