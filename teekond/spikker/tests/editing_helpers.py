"""What the editing tests share: reading a page, filling in its form as a person would, a ready entry."""

from bs4 import BeautifulSoup

from teekond.spikker import services
from teekond.spikker.models import LifeArea

TEXTS = {
    "et": {
        "title": "Pimedal ajal kanna helkurit",
        "rule": "Helkur peab olema jalakäijal alati nähtav.",
        "examples": ["Helkur ripub jope küljes."],
    },
    "en": {"title": "Wear a reflector in the dark", "rule": "A pedestrian's reflector must always be visible."},
    "ru": {"title": "В темноте носите светоотражатель", "rule": "Светоотражатель пешехода всегда должен быть виден."},
    "uk": {"title": "У темряві носіть світловідбивач", "rule": "Світловідбивач пішохода завжди має бути видимим."},
}


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def form_data(soup: BeautifulSoup, selector: str = "main form[method=post]") -> dict:
    """The values a browser would send for the form as shown (the test client does not check CSRF)."""
    data: dict = {}
    for field in soup.select_one(selector).select("input, textarea, select"):
        name = field.get("name")
        if not name or name == "csrfmiddlewaretoken" or field.get("type") == "submit":
            continue
        if field.name == "textarea":
            data[name] = field.get_text().removeprefix("\n")
        elif field.name == "select":
            chosen = field.select_one("option[selected]")
            data[name] = chosen["value"] if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        else:
            data[name] = field.get("value", "")
    return data


def error_of(soup: BeautifulSoup, field_id: str) -> str:
    """The error shown next to a field, checked to be the one the field points to with aria-describedby."""
    field = soup.find(id=field_id)
    error = soup.find(id=f"{field_id}_error")
    assert field is not None and error is not None, f"no error shown for {field_id}"
    assert f"{field_id}_error" in field.get("aria-describedby", "").split()
    return error.get_text(strip=True)


def write_entry(user, key: str = "wear-a-reflector", texts: dict | None = None, reason: str = "Written for tests"):
    return services.entry_save(
        user=user,
        area=LifeArea.objects.get(key="public-space"),
        key=key,
        stages=[],
        texts=texts or TEXTS,
        sources=["https://www.politsei.ee/"],
        minor=False,
        reason=reason,
    )
