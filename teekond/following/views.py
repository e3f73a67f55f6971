"""Following without an account.

The follow, confirm and unsubscribe POSTs are exempt from CSRF on purpose. The forms sit on public
pages that are cached whole for every anonymous visitor, so they cannot carry a per-visitor token; and
a forged request gains an attacker nothing: a follow only asks for a confirmation sent to the address
(double opt-in, rate-limited per client and per address), and confirming or unsubscribing needs the
secret token that only the address's owner received. Mail programs POST the one-click unsubscribe
(RFC 8058) without any token. GETs never change anything, because mail scanners open links.
"""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from teekond.core.ratelimit import RateLimited
from teekond.following import services
from teekond.following.forms import FollowForm
from teekond.following.models import Follow, Follower
from teekond.journey.selectors import public_target


@csrf_exempt
@require_POST
def follow(request):
    form = FollowForm(request.POST)
    if not form.is_valid():
        return render(request, "following/follow_form.html", {"form": form}, status=400)
    data = form.cleaned_data
    if form.is_from_a_bot():
        return render(request, "following/follow_sent.html", {"email": data["email"]})
    try:
        services.follow_request(
            email=data["email"],
            kind=data["kind"],
            key=data["key"],
            language=request.LANGUAGE_CODE,
            client_address=request.META.get("REMOTE_ADDR", ""),
        )
    except RateLimited:
        return render(request, "following/follow_limited.html", status=429)
    except ValidationError as error:
        form.add_error(None, error)
        return render(request, "following/follow_form.html", {"form": form}, status=400)
    return render(request, "following/follow_sent.html", {"email": data["email"]})


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    item = Follow.objects.select_related("follower").filter(token=token).first()
    if item is None:
        raise Http404
    if request.method == "POST":
        item = services.follow_confirm(token=token)
    target = public_target(item.kind, item.key)
    context = {"follow": item, "done": request.method == "POST"}
    if target is not None:
        context.update(title=services.target_title(target), url=services.target_url(item.kind, target))
    return render(request, "following/confirm.html", context)


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    if request.method == "POST":
        services.follower_unsubscribe(token=token)
        return render(request, "following/unsubscribed.html")
    if not Follower.objects.filter(token=token).exists():
        return render(request, "following/unsubscribed.html")
    return render(request, "following/unsubscribe.html", {"token": token})
