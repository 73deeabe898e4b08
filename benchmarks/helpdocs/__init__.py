"""Helpdocs corpus: TikTok Data Portability mockups as help-centre articles and pitch decks show them.

Written independently of the checker (its source, tests and the other generators' wording were
not read): from the application guidelines, the spec's scope table, the real screenshots in
/work/shared/realworld and the labelling conventions of benchmarks/corpusgen/flows.py. Desktop
browser windows, phones on slides, annotations (arrows, boxes, badges, cursors, highlights,
captions, redactions), crops and the usual export habits. All wording lives in words.py, in a
DEV and a HOLDOUT pool that share no app names, key sentences or button labels.
"""
