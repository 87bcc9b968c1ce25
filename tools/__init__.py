"""Harnesses for tests and benchmarks (synthetic exports, a plugin load, gold reviews, the published schema); not part of the installed package."""
