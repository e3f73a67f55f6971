from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from teekond.core.admin import HistoryAdmin
from teekond.journey.models import (
    Bottleneck,
    BottleneckText,
    Evidence,
    MapEdition,
    MapEditionText,
    Perspective,
    PerspectiveText,
    Proposal,
    ProposalText,
    ProposalTransition,
    Round,
    Stage,
    StageText,
    Step,
    StepText,
)
from teekond.journey.services import step_confirm


def texts_inline(text_model):
    return type(f"{text_model.__name__}Inline", (admin.StackedInline,), {"model": text_model, "extra": 0})


@admin.register(Perspective)
class PerspectiveAdmin(HistoryAdmin):
    inlines = [texts_inline(PerspectiveText)]
    exclude = ("source_version",)


@admin.register(Stage)
class StageAdmin(HistoryAdmin):
    list_display = ("slug", "order")
    inlines = [texts_inline(StageText)]
    exclude = ("source_version",)


@admin.register(Step)
class StepAdmin(HistoryAdmin):
    list_display = ("key", "stage", "order", "actor", "institution", "checked", "checked_by")
    list_filter = ("stage", "actor")
    inlines = [texts_inline(StepText)]
    exclude = ("source_version",)
    # Only a confirmation sets the date a step was checked, with who did it (journey.services.step_confirm).
    readonly_fields = ("checked", "checked_by")
    actions = ["confirm_still_valid"]

    @admin.action(description=_("Confirm as still valid in every language"))
    def confirm_still_valid(self, request, queryset):
        for step in queryset:
            step_confirm(user=request.user, step=step)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("institution").prefetch_related("texts", "stage__texts")


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0


@admin.register(Bottleneck)
class BottleneckAdmin(HistoryAdmin):
    list_display = ("__str__", "stage", "perspective", "status", "is_sample")
    list_filter = ("status", "perspective", "stage", "is_sample")
    inlines = [texts_inline(BottleneckText), EvidenceInline]
    exclude = ("source_version",)

    def get_queryset(self, request):
        # The list shows stage and perspective by their translated names: load those texts once.
        return super().get_queryset(request).prefetch_related("texts", "stage__texts", "perspective__texts")


class TransitionInline(admin.TabularInline):
    model = ProposalTransition
    extra = 0
    readonly_fields = ("from_state", "to_state", "on", "by", "reason", "details", "recorded_at")
    can_delete = False


@admin.register(Proposal)
class ProposalAdmin(HistoryAdmin):
    list_display = ("code", "__str__", "level", "responsible_body", "state", "is_sample")
    list_filter = ("state", "level", "is_sample")
    inlines = [texts_inline(ProposalText), TransitionInline]
    readonly_fields = ("state",)
    exclude = ("source_version",)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("texts")


@admin.register(Round)
class RoundAdmin(HistoryAdmin):
    list_display = ("event", "budget", "is_open")


@admin.register(MapEdition)
class MapEditionAdmin(HistoryAdmin):
    list_display = ("year", "led_by", "__str__")
    inlines = [texts_inline(MapEditionText)]
    exclude = ("source_version",)
