"""When and how long to try again when Label Studio fails.

Shared by every call that talks to the server during an import, so that one policy (and one
``--retries`` option) governs them all. Only failures that may pass are retried: the network,
timeouts, an overloaded or restarting server. A refused token or an invalid request is final.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx
import tenacity
from label_studio_sdk.core.api_error import ApiError


@dataclass(frozen=True)
class RetryPolicy:
    """How long to keep trying when Label Studio fails: about 2½ minutes with the defaults."""

    attempts: int = 8
    first_wait: float = 1.0
    max_wait: float = 30.0
    timeout: float = 300.0  # seconds for one request; a 500-task batch takes a few seconds


def is_transient(error: BaseException) -> bool:
    """Failures worth another try: the network, a timeout, an overloaded or restarting server."""
    if isinstance(error, httpx.TransportError):
        return True
    return isinstance(error, ApiError) and (error.status_code is None or error.status_code >= 500
                                            or error.status_code in (408, 429))


def retrying(policy: RetryPolicy, on_retry: Callable[[str], None] = lambda message: None) -> tenacity.Retrying:
    def before_sleep(state: tenacity.RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        on_retry(f"Label Studio failed ({describe(error)}); try {state.attempt_number + 1} of {policy.attempts} "
                 f"in {state.upcoming_sleep:.0f} s")

    return tenacity.Retrying(
        stop=tenacity.stop_after_attempt(policy.attempts),
        wait=tenacity.wait_exponential_jitter(multiplier=policy.first_wait, max=policy.max_wait, jitter=policy.first_wait),
        retry=tenacity.retry_if_exception(is_transient),
        before_sleep=before_sleep,
        reraise=True,
    )


def describe(error: BaseException | None) -> str:
    # Never str(ApiError): its text carries the response headers, session cookie included.
    if isinstance(error, ApiError):
        return f"HTTP {error.status_code}"
    return error.__class__.__name__ if error is not None else "unknown error"


ONE_TRY = RetryPolicy(attempts=1)
# At the start a server that does not answer is most often a wrong URL: a few seconds, not minutes.
CONNECT = RetryPolicy(attempts=3, max_wait=2.0)
