"""label-studio-factcheck: pre-annotated German news claims, sources and verdicts in Label Studio.

The layers, each importing only from the ones before it in this list (tests/test_layout.py checks):
``labels``, ``problems``, ``json_items`` → ``schema`` (the spine) → ``preannotate``, ``studio`` → ``grouping`` →
``ingest``, ``backend``, ``export`` → ``evaluation`` → ``demo`` → ``cli``.
"""
