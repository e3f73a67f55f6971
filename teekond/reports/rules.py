from teekond.core.permissions import is_coordinator, rule

rule("reports.view_report")(is_coordinator)
