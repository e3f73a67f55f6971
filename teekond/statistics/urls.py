from django.urls import path

from teekond.statistics import views

app_name = "statistics"

urlpatterns = [
    path("", views.statistics, name="index"),
    path("<slug:key>.png", views.chart_png, name="chart_png"),
]
