from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET

from teekond.spikker.booklet import booklet_filename, cached_booklet_pdf


@require_GET
def booklet(request):
    """The printable booklet in the page's language, as a download."""
    language = request.LANGUAGE_CODE
    disposition = content_disposition_header(as_attachment=True, filename=booklet_filename(language))
    return HttpResponse(
        cached_booklet_pdf(language), content_type="application/pdf", headers={"Content-Disposition": disposition}
    )
