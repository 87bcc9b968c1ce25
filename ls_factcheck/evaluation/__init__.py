"""The evaluation commands: claims, sources and numbers; entities; grouping; one precision/recall counter."""
