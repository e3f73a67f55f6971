from django.urls import path

from teekond.network import views

app_name = "network"

urlpatterns = [
    path("partners/", views.partners, name="partners"),
    path("municipalities/", views.municipalities, name="municipalities"),
    path("municipalities/<slug:slug>/", views.municipality, name="municipality"),
    path("municipalities/<slug:slug>/edit/", views.municipality_edit, name="municipality_edit"),
    path("calendar/", views.calendar, name="calendar"),
    path("events/new/", views.event_create, name="event_create"),
    path("events/<int:pk>/", views.event, name="event"),
    path("events/<int:pk>/edit/", views.event_edit, name="event_edit"),
    path("events/<int:pk>/delete/", views.event_delete, name="event_delete"),
    path("working-group/", views.working_group, name="working_group"),
    path("agreements/", views.agreements, name="agreements"),
    path("agreements/new/", views.agreement_create, name="agreement_create"),
    path("agreements/<int:pk>/edit/", views.agreement_edit, name="agreement_edit"),
]
