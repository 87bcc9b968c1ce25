"""Label Studio access: the SDK client, a local server, Data Manager views, uploads, and the one reader of result JSON."""
