from django.urls import path

from teekond.journey.views import ledger as ledger_views
from teekond.journey.views import map as views

app_name = "journey"

urlpatterns = [
    path("", views.journey_map, name="map"),
    path("stages/<slug:slug>/", views.stage, name="stage"),
    path("steps/<slug:key>/confirm/", views.step_confirm, name="step_confirm"),
    path("bottlenecks/new/", views.bottleneck_create, name="bottleneck_create"),
    path("bottlenecks/<int:pk>/", views.bottleneck, name="bottleneck"),
    path("bottlenecks/<int:pk>/edit/", views.bottleneck_edit, name="bottleneck_edit"),
    path("bottlenecks/<int:pk>/evidence/", views.evidence_add, name="evidence_add"),
    path("bottlenecks/<int:pk>/merge/", views.bottleneck_merge, name="bottleneck_merge"),
    path("bottlenecks/<int:pk>/support/", views.support, {"kind": "bottleneck"}, name="bottleneck_support"),
    path("proposals/<int:pk>/support/", views.support, {"kind": "proposal"}, name="proposal_support"),
    path("proposals/new/", views.proposal_create, name="proposal_create"),
    path("proposals/<int:pk>/", views.proposal, name="proposal"),
    path("proposals/<int:pk>/edit/", views.proposal_edit, name="proposal_edit"),
    path("proposals/<int:pk>/state/", views.proposal_move, name="proposal_move"),
    path("proposals/<int:pk>/comments/", views.comment_add, name="comment_add"),
    path("proposals/<int:pk>/milestones/", views.milestone_add, name="milestone_add"),
    path("proposals/<int:pk>/extension/", ledger_views.proposal_extend, name="proposal_extend"),
    path("proposals/<int:pk>/due/", ledger_views.proposal_due, name="proposal_due"),
    path("state/", views.state_tracker, name="state_tracker"),
    path("bodies/", ledger_views.bodies, name="bodies"),
    path("bodies/<slug:slug>/", ledger_views.body, name="body"),
    path("poster.pdf", views.poster, name="poster"),
    path("proposals.xlsx", views.proposals_spreadsheet, name="proposals_xlsx"),
    path("municipalities/<slug:slug>/", views.municipality, name="municipality"),
]
