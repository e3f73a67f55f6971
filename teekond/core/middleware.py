import base64
import hashlib
import re

from django.conf import settings
from django.utils import translation


class EstonianAdminMiddleware:
    """Staff work in the admin in Estonian, whatever language their browser prefers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/"):
            translation.activate("et")
            request.LANGUAGE_CODE = "et"
        return self.get_response(request)


class ContentSecurityPolicyMiddleware:
    """The Content-Security-Policy header on every answer (settings.CONTENT_SECURITY_POLICY).

    One fixed policy without 'unsafe-inline' and without nonces: every script and style is a static file, so
    the header is the same for every visitor and a page cached whole stays valid. A view whose document needs
    its own policy (a standalone report with its own <style>, see `policy_for_document`) sets the header itself,
    and that one is kept."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.CONTENT_SECURITY_POLICY and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = settings.CONTENT_SECURITY_POLICY
        return response


_STYLE_BLOCKS = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL | re.IGNORECASE)


def policy_for_document(html: str) -> str:
    """A policy for a standalone document (no script at all) whose own <style> blocks are allowed by their hash,
    still without 'unsafe-inline'."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(block.encode()).digest()).decode()}'"
        for block in _STYLE_BLOCKS.findall(html)
    )
    return (
        f"default-src 'none'; style-src {hashes or chr(39) + 'none' + chr(39)}; img-src 'self' data:; base-uri 'none'"
    )
