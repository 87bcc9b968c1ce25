"""Pre-annotation: sentences, entities, quantities and dates, claims, their sources and scores, and the task contract."""
