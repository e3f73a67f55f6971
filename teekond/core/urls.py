from django.urls import path

from teekond.core import views

app_name = "core"

urlpatterns = [
    path("accessibility/", views.accessibility, name="accessibility"),
    path("design/", views.design, name="design"),
]
