from django.contrib import admin

from teekond.core.admin import HistoryAdmin
from teekond.guide.models import LocalService, LocalServiceText


class LocalServiceTextInline(admin.StackedInline):
    model = LocalServiceText
    extra = 0


@admin.register(LocalService)
class LocalServiceAdmin(HistoryAdmin):
    list_display = ("office_name", "municipality", "step", "checked")
    list_filter = ("municipality", "step__stage")
    search_fields = ("office_name", "municipality__name", "step__key")
    autocomplete_fields = ("municipality",)
    inlines = [LocalServiceTextInline]
    exclude = ("source_version",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("municipality", "step").prefetch_related("step__texts")
