from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from teekond.core.decorators import signed_in
from teekond.core.middleware import policy_for_document
from teekond.core.permissions import require
from teekond.reports.annual import build_annual_report, report_filename
from teekond.reports.document import render as render_document
from teekond.reports.forms import AnnualReportForm


@signed_in
@require_GET
def annual(request):
    """The form, and (when it is filled in) the report itself as a download."""
    require(request.user, "reports.view_report")
    form = AnnualReportForm(request.GET if "year" in request.GET else None)
    if form.is_bound and form.is_valid():
        year, language, fmt, draft = (form.cleaned_data[name] for name in ("year", "language", "format", "draft"))
        content, content_type = render_document(build_annual_report(year, language, draft=draft), fmt)
        response = HttpResponse(content, content_type=content_type)
        disposition = "inline" if fmt == "html" else "attachment"
        if fmt == "html":  # a standalone document with its own <style>: allowed by its hash, no script at all
            response["Content-Security-Policy"] = policy_for_document(response.content.decode())
        response["Content-Disposition"] = (
            f'{disposition}; filename="{report_filename(year, language, fmt, draft=draft)}"'
        )
        return response
    return render(request, "reports/annual.html", {"form": form})
