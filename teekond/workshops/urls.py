from django.urls import path  # noqa: F401  (the workshop pages are added below)

app_name = "workshops"

# Mounted at the language root: participants join at /{lang}/w/{CODE}/, facilitators work under
# /{lang}/workshops/.
urlpatterns = []
