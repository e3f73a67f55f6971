"""The editors' pages for local services, under /{lang}/guide/local/ (included by guide/urls.py)."""

from django.urls import path

from teekond.guide import local_views

urlpatterns = [
    path("to-check/", local_views.services_to_check, name="local_services_to_check"),
    path("<slug:slug>/", local_views.municipality_services, name="local_services"),
    path("<slug:slug>/new/", local_views.local_service_choose_step, name="local_service_choose_step"),
    path("<slug:slug>/<slug:step_key>/", local_views.local_service_edit, name="local_service_edit"),
    path("<slug:slug>/<slug:step_key>/delete/", local_views.local_service_delete, name="local_service_delete"),
]
