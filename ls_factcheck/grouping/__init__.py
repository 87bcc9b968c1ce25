"""The same claim in other articles: claim groups, cross-references in tasks, contradiction hints."""
