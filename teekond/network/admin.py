from django.contrib import admin

from teekond.core.admin import HistoryAdmin
from teekond.network.models import (
    Event,
    EventText,
    Municipality,
    Organisation,
    PartnerAgreement,
    Person,
    WorkingGroup,
    WorkingGroupMembership,
)


@admin.register(Municipality)
class MunicipalityAdmin(HistoryAdmin):
    list_display = ("name", "type", "county")
    list_filter = ("type", "county")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(PartnerAgreement)
class PartnerAgreementAdmin(HistoryAdmin):
    list_display = ("municipality", "status", "activities_start", "ends", "extends")
    list_filter = ("status",)
    autocomplete_fields = ("municipality",)


@admin.register(Organisation)
class OrganisationAdmin(HistoryAdmin):
    list_display = ("name", "short_name", "kind")
    list_filter = ("kind",)
    search_fields = ("name", "short_name")


@admin.register(Person)
class PersonAdmin(HistoryAdmin):
    search_fields = ("name",)


class MembershipInline(admin.TabularInline):
    model = WorkingGroupMembership
    extra = 0
    autocomplete_fields = ("person",)


@admin.register(WorkingGroup)
class WorkingGroupAdmin(HistoryAdmin):
    inlines = [MembershipInline]


@admin.register(WorkingGroupMembership)
class WorkingGroupMembershipAdmin(HistoryAdmin):
    list_display = ("person", "position", "role", "year", "working_group")
    list_filter = ("year", "role")


class EventTextInline(admin.StackedInline):
    model = EventText
    extra = 0


@admin.register(Event)
class EventAdmin(HistoryAdmin):
    list_display = ("__str__", "type", "start_date", "end_date", "town", "host_municipality")
    list_filter = ("type", "year")
    inlines = [EventTextInline]
    filter_horizontal = ("organisers", "co_organisers", "participating_municipalities")
    exclude = ("source_version",)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("texts")
