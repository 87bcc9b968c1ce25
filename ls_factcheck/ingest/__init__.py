"""Reading article batches and importing them: readers, task files, shards, worker processes, bulk import."""
