"""timeline's engine: from news articles to dated, explained, ordered events.

Pure functions over frozen values; no terminal, no Textual. See README for the pipeline.
"""
