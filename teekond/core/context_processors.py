from django.conf import settings
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject


def site(request):
    """The language switcher's links: this same page in every UI language.

    Worked out only when a template uses them: fragments that a live board fetches every second do not."""
    path = request.get_full_path()
    links = SimpleLazyObject(
        lambda: [{"code": code, "name": name, "url": translate_url(path, code)} for code, name in settings.LANGUAGES]
    )
    return {"site_name": settings.SITE_NAME, "language_links": links}
