"""Where a form sends its reader back to: only a path on this site, never an address elsewhere."""

from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(value: str, default: str) -> str:
    if value.startswith("/") and url_has_allowed_host_and_scheme(value, allowed_hosts=set()):
        return value
    return default
