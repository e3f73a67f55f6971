from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "teekond.api"
    label = "api"
    verbose_name = "API"
