from django.shortcuts import render
from django.views.decorators.http import require_GET

from teekond.terms import selectors


@require_GET
def glossary(request):
    """The network's vocabulary in the reader's language, with the words not to use (public)."""
    return render(request, "terms/glossary.html", {"domains": selectors.glossary(request.LANGUAGE_CODE)})
