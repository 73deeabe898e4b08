"""mockcheck: check TikTok Data Portability UX mockups for the four required screens."""

from __future__ import annotations

__version__ = "0.1.0"

from mockcheck.pipeline import check

__all__ = ["__version__", "check"]
