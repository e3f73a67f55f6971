from django.urls import path

from teekond.following import feeds, views

app_name = "following"

urlpatterns = [
    path("", views.follow, name="follow"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("feed/<str:kind>/<str:key>.atom", feeds.TargetFeed(), name="feed"),
]
