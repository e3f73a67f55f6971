from django.urls import path

from teekond.spikker.views import booklet as booklet_views
from teekond.spikker.views import editing
from teekond.spikker.views import entries as views
from teekond.spikker.views import feedback as feedback_views
from teekond.spikker.views import revisions as revision_views

app_name = "spikker"

urlpatterns = [
    path("", views.index, name="index"),
    path("search/", views.search, name="search"),
    path("booklet.pdf", booklet_views.booklet, name="booklet"),
    path("suggest/", feedback_views.suggest, name="suggest"),
    path("suggestions/", feedback_views.suggestions, name="suggestions"),
    path("suggestions/<int:pk>/moderate/", feedback_views.suggestion_moderate, name="suggestion_moderate"),
    path("feedback/", feedback_views.feedback_overview, name="feedback_overview"),
    path("<slug:key>/feedback/", feedback_views.feedback_give, name="feedback"),
    path("new/", editing.entry_create, name="entry_create"),
    path("drafts/", editing.manage, name="manage"),
    path("translations/", editing.worklist, name="worklist"),
    path("<slug:key>/edit/", editing.entry_edit, name="entry_edit"),
    path("<slug:key>/state/", editing.entry_state, name="entry_state"),
    path("<slug:key>/confirm/", editing.entry_confirm, name="entry_confirm"),
    path("<slug:key>/history/", editing.entry_history, name="entry_history"),
    path("<slug:key>/changes/<int:pk>/", revision_views.revision, name="revision"),
    path("<slug:key>/translate/<str:language>/", editing.translate, name="translate"),
    path("<slug:key>/", views.entry, name="entry"),
]
