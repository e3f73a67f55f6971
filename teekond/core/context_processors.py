from django.conf import settings
from django.urls import translate_url


def site(request):
    """The language switcher's links: this same page in every UI language."""
    path = request.get_full_path()
    return {
        "site_name": settings.SITE_NAME,
        "language_links": [
            {"code": code, "name": name, "url": translate_url(path, code)} for code, name in settings.LANGUAGES
        ],
    }
