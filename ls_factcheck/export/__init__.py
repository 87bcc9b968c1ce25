"""Export: reviewed Label Studio tasks → VerifiedClaim records → dataset files."""
