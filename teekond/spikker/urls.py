from django.urls import path

from teekond.spikker import views

app_name = "spikker"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:key>/", views.entry, name="entry"),
]
