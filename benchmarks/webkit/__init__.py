"""Responsive-web mockup submissions rendered with headless Chromium (a mockcheck benchmark corpus)."""
