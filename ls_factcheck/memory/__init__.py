"""The memory of verified claims: a store that outlives projects, and matching new claims against it."""
