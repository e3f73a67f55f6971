from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from teekond import views
from teekond.accounts import views as account_views
from teekond.api.api import api
from teekond.core import views as core_views
from teekond.guide import offline
from teekond.network.feeds import calendar_ics
from teekond.opendata import feeds as opendata_feeds
from teekond.opendata import views as opendata_views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("calendar.ics", calendar_ics, name="calendar_ics"),
    path("healthz", core_views.healthz, name="healthz"),
    # At the root, not under a language: the guide's service worker keeps pages of every language offline.
    path("sw.js", offline.service_worker, name="service_worker"),
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path("api/v1/", api.urls),
    path("open-data/", opendata_views.index, name="open_data"),
    path("open-data/<str:name>", opendata_views.dump_file, name="open_data_file"),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("", include("teekond.core.urls")),
    path("", include("teekond.network.urls")),
    path("journey/proposals/feed.atom", opendata_feeds.ProposalStatesFeed(), name="proposals_feed"),
    path("spikker/feed.atom", opendata_feeds.SpikkerFeed(), name="spikker_feed"),
    path("events/feed.atom", opendata_feeds.EventsFeed(), name="events_feed"),
    path("journey/", include("teekond.journey.urls")),
    path("spikker/", include("teekond.spikker.urls")),
    path("guide/", include("teekond.guide.urls")),
    path("", include("teekond.workshops.urls")),
    path("reports/", include("teekond.reports.urls")),
    path("follow/", include("teekond.following.urls")),
    path("statistics/", include("teekond.statistics.urls")),
    path("terms/", include("teekond.terms.urls")),
    path("login/", account_views.sign_in, name="login"),
    path("", include("teekond.accounts.urls")),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    prefix_default_language=True,
)

handler403 = "teekond.core.views.forbidden"
handler404 = "teekond.core.views.not_found"
