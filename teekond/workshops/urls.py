from django.urls import path

from teekond.workshops import outcome_views, views

app_name = "workshops"

# Mounted at the language root: participants join at /{lang}/w/{CODE}/, facilitators work under
# /{lang}/workshops/.
urlpatterns = [
    path("workshops/", views.workshop_list, name="list"),
    path("workshops/<str:code>/", views.console, name="console"),
    path("workshops/<str:code>/projector/", views.projector, name="projector"),
    path("workshops/<str:code>/phase/", views.phase, name="phase"),
    path("workshops/<str:code>/timer/", views.timer, name="timer"),
    path("workshops/<str:code>/groups/", views.groups, name="groups"),
    path("workshops/<str:code>/groups/<int:pk>/", views.group_rename, name="group_rename"),
    path("workshops/<str:code>/groups/<int:pk>/decision/", views.decision, name="decision"),
    path("workshops/<str:code>/notes/<int:pk>/hide/", views.note_hide, name="note_hide"),
    path("workshops/<str:code>/focus/", views.focus, name="focus"),
    path("workshops/<str:code>/close/", views.close, name="close"),
    path("workshops/<str:code>/token/", views.token_rotate, name="token_rotate"),
    path("workshops/<str:code>/hand-over/", views.hand_over, name="hand_over"),
    path("workshops/<str:code>/outcome/", outcome_views.outcome_page, name="outcome"),
    path("workshops/<str:code>/export.csv", outcome_views.export_csv, name="export_csv"),
    path("workshops/<str:code>/export.pdf", outcome_views.export_pdf, name="export_pdf"),
    path("w/", views.join_start, name="join"),
    path("w/<str:code>/", views.participant, name="participant"),
    path("w/<str:code>/notes/", views.note_post, name="note_post"),
    path("w/<str:code>/votes/", views.vote, name="vote"),
    path("w/<str:code>/votes/withdraw/", views.vote_withdraw, name="vote_withdraw"),
]
