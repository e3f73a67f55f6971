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
