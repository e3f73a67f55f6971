"""Admin pages ask the same rules as every other view, object by object."""

from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from teekond.core.permissions import allowed, is_coordinator, needs_second_factor

admin.site.site_header = _("Teekond administration")
admin.site.site_title = _("Teekond")
admin.site.index_title = _("Network records")


def _admin_login(request, extra_context=None):
    """The admin signs in through the site's sign-in: throttled, and with the second factor (accounts.signin)."""
    return redirect_to_login(request.get_full_path(), reverse("login"))


def _admin_permission(request) -> bool:
    """Staff as Django has it, and for those who need one, a session verified with the second factor."""
    user = request.user
    if not (user.is_active and user.is_staff):
        return False
    return not needs_second_factor(user) or (hasattr(user, "is_verified") and user.is_verified())


admin.site.login = _admin_login
admin.site.has_permission = _admin_permission


class RulesAdminMixin:
    """The admin is the coordinators' tool: it writes records directly, past the services' own checks,
    so other roles (even with staff access) change their data on the site instead."""

    def _allowed(self, request, action, obj=None):
        user, opts = request.user, self.opts
        if not (user.is_superuser or is_coordinator(user)):
            return False
        return allowed(user, f"{opts.app_label}.{action}_{opts.model_name}", obj)

    def has_view_permission(self, request, obj=None):
        return self._allowed(request, "view", obj) or self._allowed(request, "change", obj)

    def has_add_permission(self, request, *args):
        return self._allowed(request, "add")

    def has_change_permission(self, request, obj=None):
        return self._allowed(request, "change", obj)

    def has_delete_permission(self, request, obj=None):
        return self._allowed(request, "delete", obj)

    def has_module_permission(self, request):
        return self.has_view_permission(request)


class HistoryAdmin(RulesAdminMixin, SimpleHistoryAdmin):
    """Every shared record keeps its change history, shown under "History" in the admin."""
