from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from teekond.accounts.models import User
from teekond.core.admin import RulesAdminMixin


@admin.register(User)
class UserAdmin(RulesAdminMixin, DjangoUserAdmin, SimpleHistoryAdmin):
    list_display = ("username", "get_full_name", "role", "municipality", "is_active")
    list_filter = ("role", "municipality", "is_active")
    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        (_("Role in the network"), {"fields": ("role", "municipality")}),
    )
    add_fieldsets = (
        *DjangoUserAdmin.add_fieldsets,
        (_("Role in the network"), {"fields": ("role", "municipality")}),
    )
