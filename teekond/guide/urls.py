from django.urls import path

from teekond.guide.views import documents, local, plan, stuck, stuck_reports

app_name = "guide"

urlpatterns = [
    path("stuck/", stuck.stuck, name="stuck"),
    path("stuck-reports/", stuck_reports.stuck_reports, name="stuck_reports"),
    path(
        "stuck-reports/<slug:stage>/<slug:perspective>/<slug:municipality>/<int:year>-<int:month>/",
        stuck_reports.stuck_group,
        name="stuck_group",
    ),
    path("stuck-reports/<int:pk>/attach/", stuck_reports.stuck_attach, name="stuck_attach"),
    path("stuck-reports/<int:pk>/open/", stuck_reports.stuck_open, name="stuck_open"),
    path("stuck-reports/<int:pk>/dismiss/", stuck_reports.stuck_dismiss, name="stuck_dismiss"),
    # The editors' pages for local services.
    path("local/to-check/", local.services_to_check, name="local_services_to_check"),
    path("local/<slug:slug>/", local.municipality_services, name="local_services"),
    path("local/<slug:slug>/new/", local.local_service_choose_step, name="local_service_choose_step"),
    path("local/<slug:slug>/<slug:step_key>/", local.local_service_edit, name="local_service_edit"),
    path("local/<slug:slug>/<slug:step_key>/delete/", local.local_service_delete, name="local_service_delete"),
    # The newcomer's plan: a municipality's slug is matched only after every fixed address above.
    path("", plan.chooser, name="chooser"),
    path("<slug:slug>/", plan.plan, name="plan"),
    path("<slug:slug>/stuck/", plan.plan_stuck, name="plan_stuck"),
    path("<slug:slug>/plan.pdf", documents.plan_pdf, name="plan_pdf"),
    path("<slug:slug>/deadlines.ics", documents.plan_ics, name="plan_ics"),
]
