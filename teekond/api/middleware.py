"""ETags on the open data (/api/v1/ and /open-data/): a client that sends If-None-Match with the ETag
it has gets 304 Not Modified and no body while nothing changed. The live workshop board is left out: it
has its own version numbers and answers a hundred phones a second."""

from django.utils.cache import get_conditional_response, set_response_etag

PREFIXES = ("/api/v1/", "/open-data/")
EXCLUDED = ("/api/v1/workshops/",)


class OpenDataETagMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        path = request.path
        if request.method not in ("GET", "HEAD") or not path.startswith(PREFIXES) or path.startswith(EXCLUDED):
            return response
        if response.status_code != 200 or response.streaming or response.has_header("ETag"):
            return response
        set_response_etag(response)
        return get_conditional_response(request, etag=response["ETag"], response=response)
