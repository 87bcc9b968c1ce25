"""The ML backend Label Studio talks to: live predictions, grouping against the project, verdict propagation."""
