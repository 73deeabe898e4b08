"""Heavily branded, agency-polished mockups of TikTok connection flows (`python -m benchmarks.brandkit`).

An independent labelled corpus: written without reading the checker or the other generators'
words and screens. It reuses only corpusgen's Renderer and export helpers; labels follow the
conventions in the module docstring of benchmarks/corpusgen/flows.py. Every phrase comes from
words.py, in two disjoint pools (dev / holdout).
"""
