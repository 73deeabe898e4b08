"""Accuracy and speed benchmarks of mockcheck, and the corpus they run on."""
