from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from teekond.terms.models import Concept, ConceptText, Variant
from teekond.terms.services import synonyms_refresh


class ConceptTextInline(admin.TabularInline):
    model = ConceptText
    fields = ("language", "term", "note", "made_from_version")
    extra = 0


class VariantInline(admin.TabularInline):
    model = Variant
    fields = ("language", "text", "status", "pattern", "note")
    extra = 1


@admin.register(Concept)
class ConceptAdmin(SimpleHistoryAdmin):
    list_display = ("key", "domain", "__str__")
    list_filter = ("domain",)
    search_fields = ("key", "texts__term", "variants__text")
    filter_horizontal = ("related",)
    inlines = [ConceptTextInline, VariantInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        synonyms_refresh()  # search knows the concept's names as they are now

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        synonyms_refresh()
