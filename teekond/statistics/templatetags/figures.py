from django import template

register = template.Library()


@register.filter
def sum_values(values) -> int | float:
    return sum(values)
