"""Generator of the labelled accuracy corpus: realistic mockups rendered by headless Chromium."""
