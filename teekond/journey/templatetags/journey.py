from django import template

from teekond.journey.selectors import intensity

register = template.Library()


@register.simple_tag
def cell_intensity(cell, most_open):
    return intensity(cell.open_count, most_open)
