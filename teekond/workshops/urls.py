from django.urls import path

from teekond.workshops.views import facilitator, outcome, participant

app_name = "workshops"

# Mounted at the language root: participants join at /{lang}/w/{CODE}/, facilitators work under
# /{lang}/workshops/.
urlpatterns = [
    path("workshops/", facilitator.workshop_list, name="list"),
    path("workshops/<str:code>/", facilitator.console, name="console"),
    path("workshops/<str:code>/projector/", facilitator.projector, name="projector"),
    path("workshops/<str:code>/phase/", facilitator.phase, name="phase"),
    path("workshops/<str:code>/timer/", facilitator.timer, name="timer"),
    path("workshops/<str:code>/groups/", facilitator.groups, name="groups"),
    path("workshops/<str:code>/groups/<int:pk>/", facilitator.group_rename, name="group_rename"),
    path("workshops/<str:code>/groups/<int:pk>/decision/", facilitator.decision, name="decision"),
    path("workshops/<str:code>/notes/<int:pk>/hide/", facilitator.note_hide, name="note_hide"),
    path("workshops/<str:code>/focus/", facilitator.focus, name="focus"),
    path("workshops/<str:code>/close/", facilitator.close, name="close"),
    path("workshops/<str:code>/token/", facilitator.token_rotate, name="token_rotate"),
    path("workshops/<str:code>/hand-over/", facilitator.hand_over, name="hand_over"),
    path("workshops/<str:code>/outcome/", outcome.outcome_page, name="outcome"),
    path("workshops/<str:code>/export.csv", outcome.export_csv, name="export_csv"),
    path("workshops/<str:code>/export.pdf", outcome.export_pdf, name="export_pdf"),
    path("w/", participant.join_start, name="join"),
    path("w/<str:code>/", participant.participant, name="participant"),
    path("w/<str:code>/notes/", participant.note_post, name="note_post"),
    path("w/<str:code>/votes/", participant.vote, name="vote"),
    path("w/<str:code>/votes/withdraw/", participant.vote_withdraw, name="vote_withdraw"),
]
