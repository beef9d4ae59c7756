"""Language codes used across the app and their display names in the UI language."""

from __future__ import annotations

from functools import lru_cache

# Detection codes -> the content/BCP-47 code used for glossary, templates and Argos packs.
CONTENT_CODE = {"zh": "zh-Hans"}
ARGOS_CODE = {"zh-Hans": "zh", "zh-Hant": "zt"}


def content_code(lang: str) -> str:
    return CONTENT_CODE.get(lang, lang)


# The UI's own languages get a table (no locale data to load while the window is built).
_NAMES = {
    "en": {
        "en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French", "de": "German",
        "it": "Italian", "nl": "Dutch", "tr": "Turkish", "vi": "Vietnamese", "id": "Indonesian",
        "ru": "Russian", "ar": "Arabic", "zh": "Chinese", "zh-Hans": "Chinese (Simplified)",
        "zh-Hant": "Chinese (Traditional)", "ja": "Japanese", "ko": "Korean", "th": "Thai",
    },
    "zh_CN": {
        "en": "\u82f1\u8bed", "es": "\u897f\u73ed\u7259\u8bed", "pt": "\u8461\u8404\u7259\u8bed",
        "fr": "\u6cd5\u8bed", "de": "\u5fb7\u8bed", "it": "\u610f\u5927\u5229\u8bed",
        "nl": "\u8377\u5170\u8bed", "tr": "\u571f\u8033\u5176\u8bed",
        "vi": "\u8d8a\u5357\u8bed", "id": "\u5370\u5ea6\u5c3c\u897f\u4e9a\u8bed",
        "ru": "\u4fc4\u8bed", "ar": "\u963f\u62c9\u4f2f\u8bed", "zh": "\u4e2d\u6587",
        "zh-Hans": "\u7b80\u4f53\u4e2d\u6587", "zh-Hant": "\u7e41\u4f53\u4e2d\u6587",
        "ja": "\u65e5\u8bed", "ko": "\u97e9\u8bed", "th": "\u6cf0\u8bed",
    },
}  # fmt: skip


@lru_cache(maxsize=512)
def display_name(code: str, ui_lang: str = "en") -> str:
    """`es` -> `Spanish` (or its Chinese name for a Chinese UI); unknown codes come back as is."""
    table = _NAMES.get(ui_lang)
    if table is not None and code in table:
        return table[code]
    from babel import Locale, UnknownLocaleError

    try:
        ui = Locale.parse(ui_lang.replace("-", "_"))
        target = Locale.parse(code.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return code
    name = target.get_display_name(ui)
    return name[:1].upper() + name[1:] if name else code
