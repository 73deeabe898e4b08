"""agencydeck: a design agency's high-fidelity web mockups of the TikTok data portability journey.

python -m benchmarks.agencydeck --out benchmarks/corpus-agencydeck [--seed 1] [--count 60] [--only ID]
"""
