"""The browser's own defences (issue 14, finding 11): a strict Content-Security-Policy on every answer, with no
inline script or style left in any page to need 'unsafe-inline'; HSTS and the proxy's HTTPS header from the
environment; and `check --deploy` clean with the README's production settings."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client, override_settings

from teekond import testing
from teekond.conftest import sign_in_browser

PACKAGE = Path(__file__).resolve().parents[2] / "teekond"
# Laid out by WeasyPrint into PDFs, never served as a page (or, for the report, served with its own policy that
# allows its <style> by hash: core.middleware.policy_for_document).
DOCUMENT_TEMPLATES = {
    "spikker/templates/spikker/booklet.html",
    "journey/templates/journey/poster.html",
    "guide/templates/guide/plan_pdf.html",
    "reports/templates/reports/document.html",
    "workshops/templates/workshops/outcome/summary_pdf.html",
}
INLINE = {
    "inline script": re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I),
    "style attribute": re.compile(r"\sstyle=[\"']", re.I),
    "style element": re.compile(r"<style\b", re.I),
    "event handler": re.compile(r"\son[a-z]+=[\"']", re.I),
    "javascript: address": re.compile(r"javascript:", re.I),
}


def _templates():
    for path in sorted(PACKAGE.rglob("templates/**/*.html")):
        relative = str(path.relative_to(PACKAGE))
        if relative not in DOCUMENT_TEMPLATES:
            yield relative, path.read_text(encoding="utf-8")


def test_no_page_template_has_inline_script_or_style():
    found = [
        f"{name}: {kind}" for name, text in _templates() for kind, pattern in INLINE.items() if pattern.search(text)
    ]
    assert found == []


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/et/", "/en/journey/", "/api/v1/docs", "/admin/login/", "/healthz", "/sw.js"])
def test_every_answer_carries_the_strict_policy(client, path):
    policy = client.get(path)["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy and "frame-ancestors 'none'" in policy


@pytest.mark.django_db
def test_the_report_as_html_allows_only_its_own_style_by_hash(as_persona):
    response = as_persona("coordinator").get("/en/reports/annual/?year=2025&language=en&format=html")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert policy.startswith("default-src 'none'") and "'sha256-" in policy and "unsafe-inline" not in policy


@pytest.mark.django_db
@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
def test_hsts_over_https_as_the_proxy_says():
    over_https = Client().get("/et/", HTTP_X_FORWARDED_PROTO="https")
    assert over_https["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "Strict-Transport-Security" not in Client().get("/et/")


def _production_environment(tmp_path, **changes) -> dict:
    behind_a_proxy = {
        "ALLOWED_HOSTS": "teekond.elvl.ee",
        "TEEKOND_DATA_DIR": str(tmp_path),
        "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
        "SECURE_SSL_REDIRECT": "1",
        "SECURE_HSTS_SECONDS": "31536000",
    }
    return testing.production_environment(**{**behind_a_proxy, **changes})


def test_check_deploy_is_clean_with_the_readmes_production_settings(tmp_path):
    command = [sys.executable, "-m", "teekond.cli", "check", "--deploy", "--fail-level", "WARNING"]
    done = subprocess.run(command, env=_production_environment(tmp_path), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr + done.stdout
    assert "no issues" in done.stdout
    without_hsts = _production_environment(tmp_path, SECURE_HSTS_SECONDS="0")
    warned = subprocess.run(command, env=without_hsts, capture_output=True, text=True)
    assert warned.returncode != 0 and "security.W004" in warned.stderr + warned.stdout


def test_a_bad_proxy_header_stops_start_up(tmp_path):
    env = _production_environment(tmp_path, SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto; evil")
    done = subprocess.run([sys.executable, "-m", "teekond.cli", "check"], env=env, capture_output=True, text=True)
    assert done.returncode != 0 and "SECURE_PROXY_SSL_HEADER" in done.stderr and "Traceback" not in done.stderr[-300:]


@pytest.mark.browser
def test_the_browser_reports_no_policy_violation(page, production_server):
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    for path in ["/et/", "/en/spikker/", "/en/journey/", "/en/guide/tartu-linn/?situation=returnee&children=1"]:
        page.goto(production_server + path)
    page.goto(production_server + "/en/spikker/search/")
    page.fill("input[name=q]", "lasteaed")  # htmx asks for results while typing
    page.wait_for_timeout(800)
    sign_in_browser(page, production_server, "en")
    for path in ["/en/workshops/", "/admin/", "/admin/journey/bottleneck/", "/api/v1/docs"]:
        page.goto(production_server + path)
    assert violations == []
