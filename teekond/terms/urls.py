from django.urls import path

from teekond.terms import views

app_name = "terms"

urlpatterns = [
    path("", views.glossary, name="glossary"),
]
