from django.urls import path

from teekond.reports import checks, views

app_name = "reports"

urlpatterns = [
    path("annual/", views.annual, name="annual"),
    path("to-check/", checks.to_check, name="to_check"),
]
