from django.urls import include, path

from teekond.guide import plan_views, stuck_views

app_name = "guide"

urlpatterns = [
    path("stuck/", stuck_views.stuck, name="stuck"),
    path("stuck-reports/", stuck_views.stuck_reports, name="stuck_reports"),
    path(
        "stuck-reports/<slug:stage>/<slug:perspective>/<slug:municipality>/<int:year>-<int:month>/",
        stuck_views.stuck_group,
        name="stuck_group",
    ),
    path("stuck-reports/<int:pk>/attach/", stuck_views.stuck_attach, name="stuck_attach"),
    path("stuck-reports/<int:pk>/open/", stuck_views.stuck_open, name="stuck_open"),
    path("stuck-reports/<int:pk>/dismiss/", stuck_views.stuck_dismiss, name="stuck_dismiss"),
    path("local/", include("teekond.guide.local_urls")),
    # The newcomer's plan: a municipality's slug is matched only after every fixed address above.
    path("", plan_views.chooser, name="chooser"),
    path("<slug:slug>/", plan_views.plan, name="plan"),
    path("<slug:slug>/plan.pdf", plan_views.plan_pdf, name="plan_pdf"),
    path("<slug:slug>/deadlines.ics", plan_views.plan_ics, name="plan_ics"),
]
