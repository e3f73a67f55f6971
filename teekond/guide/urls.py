from django.urls import path  # noqa: F401  (the guide's pages are added below)

app_name = "guide"

urlpatterns = []
