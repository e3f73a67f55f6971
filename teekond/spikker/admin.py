from django.contrib import admin

from teekond.core.admin import HistoryAdmin
from teekond.spikker.models import Entry, EntrySource, EntryText, LifeArea, LifeAreaText


class LifeAreaTextInline(admin.TabularInline):
    model = LifeAreaText
    extra = 0


@admin.register(LifeArea)
class LifeAreaAdmin(HistoryAdmin):
    list_display = ("key", "order")
    inlines = [LifeAreaTextInline]
    exclude = ("source_version",)


class EntryTextInline(admin.StackedInline):
    model = EntryText
    extra = 0


class EntrySourceInline(admin.TabularInline):
    model = EntrySource
    extra = 0
    readonly_fields = ("checked",)


@admin.register(Entry)
class EntryAdmin(HistoryAdmin):
    list_display = ("key", "area", "status", "published_at", "updated_at")
    list_filter = ("status", "area")
    search_fields = ("key", "texts__title")
    inlines = [EntryTextInline, EntrySourceInline]
    filter_horizontal = ("stages",)
    exclude = ("source_version",)
    # Only a confirmation sets the date an entry was checked, with who did it (spikker.services.entry_confirm).
    readonly_fields = ("checked", "checked_by")
