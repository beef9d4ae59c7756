"""Language codes used across the app and their display names in the UI language."""

from __future__ import annotations

from functools import lru_cache

# Detection codes -> the content/BCP-47 code used for glossary, templates and Argos packs.
CONTENT_CODE = {"zh": "zh-Hans"}
ARGOS_CODE = {"zh-Hans": "zh", "zh-Hant": "zt"}


def content_code(lang: str) -> str:
    return CONTENT_CODE.get(lang, lang)


@lru_cache(maxsize=512)
def display_name(code: str, ui_lang: str = "en") -> str:
    """`es` -> `Spanish` (or `西班牙语` for a Chinese UI); unknown codes come back unchanged."""
    from babel import Locale, UnknownLocaleError

    try:
        ui = Locale.parse(ui_lang.replace("-", "_"))
        target = Locale.parse(code.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return code
    name = target.get_display_name(ui)
    return name[:1].upper() + name[1:] if name else code
