from django.urls import path

from teekond.accounts import views

app_name = "accounts"

urlpatterns = [
    path("login/code/", views.sign_in_code, name="code"),
    path("account/second-factor/", views.second_factor, name="second_factor"),
]
