"""A session without the second factor its person now needs ends at their next request.

Signing in asks coordinators and superusers for their code (`signin.py`); a person given one of those roles
while signed in on a password alone would otherwise keep acting on that session until it ran out."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from teekond.core.permissions import needs_second_factor


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if needs_second_factor(user) and not user.is_verified():
            logout(request)
            messages.info(request, _("Your role now needs the second factor: sign in again, with your code."))
            return redirect(f"{reverse('login')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
