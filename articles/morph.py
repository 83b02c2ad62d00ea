"""The process-wide pymorphy3 analyser, shared by search normalisation and extraction."""

from functools import cache


@cache
def morph():
    """Return the pymorphy3 analyser, loading its dictionaries on first use."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()
