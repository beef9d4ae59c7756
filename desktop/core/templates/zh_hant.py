"""Derive the zh-Hant (Taiwan) bodies, titles and variable labels from zh-Hans with OpenCC
s2twp, then apply the reviewed corrections where the converter is wrong or uses mainland terms.

Run `python -m desktop.core.templates.zh_hant` after changing a zh-Hans body (`--check` exits 1
when a committed zh-Hant file differs from what the converter and corrections give). OpenCC is
a development dependency: the app never converts at run time, it ships the reviewed files.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

# Reviewed corrections after s2twp, in order (regex, replacement). Each line says why.
CORRECTIONS: tuple[tuple[str, str], ...] = (
    (r"賬", "帳"),  # 帳戶/帳號/到帳/入帳: Taiwan writes 帳, OpenCC keeps the mainland 賬
    (r"髮卡銀行", "發卡銀行"),  # OpenCC picks 髮 (hair) for 发 in 发卡
    (r"登出(帳戶|帳號)", r"註銷\1"),  # 注销账户 is closing the account, not logging out
    (r"(申請|帳戶)登出", r"\1註銷"),
    (r"交易雜湊", "交易哈希"),  # the glossary's zh-Hant term for TXID
    (r"二維碼", "QR Code"),
    (r"垃圾郵件箱", "垃圾郵件匣"),
    (r"郵箱", "電子郵件"),
    (r"手機號(?!碼)", "手機號碼"),
    (r"渠道", "管道"),  # 官方管道 in the glossary
    (r"社交媒體", "社群媒體"),
    (r"即時通訊軟體", "通訊軟體"),
    (r"應用商店", "應用程式商店"),
    (r"獲取", "取得"),
    # 信息: Taiwan keeps 資訊 for information, 訊息 for a message, 資料 for details one fills in
    (r"(不實|實名|登入|訂單|相關|所需|以下|以上|您的|雙方提供的)資訊", r"\1資料"),
    (r"資訊(核實|補充)", r"資料\1"),
    (r"(Travel Rule）)資訊", r"\1資料"),
    (r"(這類|提供的)資訊", r"\1訊息"),  # a message: 感謝您提供的訊息
    (r"反饋(?=的報錯)", "回報"),  # the error the customer reported
    (r"反饋", "回饋"),  # feedback
    (r"報錯資訊", "錯誤訊息"),
    (r"報錯", "錯誤"),
    (r"稽核", "審核"),  # OpenCC turns 审核 into 稽核 (audit); exchanges in Taiwan say 審核
    (r"釋出", "發布"),  # 发布 (publish) read as 释出 (release)
    (r"(?<![核證未利])通過(?!後)", "透過"),  # 通过 = "via"; 审核通过 (passed a review) stays
    (r"隻(?=會|能|有|在|是|從|使用|接受|按照)", "只"),  # 只会 (only), not the measure word 隻
    (r"許可權", "權限"),  # OpenCC's 权限 → 許可權 is a programming-term mistake
    (r"籤名", "簽名"),
    (r"型別", "類型"),
    (r"水平", "水準"),
    (r"手機運營商", "電信業者"),
    (r"帖子", "貼文"),
    (r"私信", "私訊"),
    (r"銀行卡被凍結", "銀行帳戶被凍結"),
    (r"銀行卡買幣", "信用卡／金融卡買幣"),
    (r"銀行卡支付", "刷卡付款"),
    (r"銀行卡和法幣充值", "信用卡、金融卡和法幣充值"),
    (r"銀行卡密碼", "卡片密碼"),
    (r"銀行卡", "信用卡／金融卡"),  # mainland 银行卡: a card is 信用卡 or 金融卡 in Taiwan
    (r"視訊", "影片"),
    (r"質量", "品質"),
    (r"默認", "預設"),
    (r"平臺", "平台"),  # exchanges in Taiwan write 平台
    (r"(帳戶|帳號)已登出", r"\1已註銷"),  # 账户已注销: closed, not logged out
    (r"當前", "目前"),
    (r"時間戳(?!記)", "時間戳記"),
    (r"打分", "評分"),
    (r"生成", "產生"),
    (r"劫持", "挾持"),  # SIM卡挾持 in the glossary
    (r"“", "「"),
    (r"”", "」"),
)


def convert(text: str, converter: Any) -> str:
    """zh-Hans → zh-Hant (Taiwan) with the reviewed corrections; Jinja tags stay ASCII."""
    out = str(converter.convert(text))
    for pattern, replacement in CORRECTIONS:
        out = re.sub(pattern, replacement, out)
    return out


def _converter() -> Any:
    try:
        import opencc
    except ImportError:
        sys.exit("zh_hant: needs the development dependency 'opencc' (pip install opencc)")
    return opencc.OpenCC("s2twp")


def _with_title(meta: str, title: str) -> str:
    """The metadata with `zh-Hant = ...` in [title], after zh-Hans (replaced when present)."""
    head, sep, rest = meta.partition("\n[keywords]")
    line = 'zh-Hant = "' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if re.search(r"^zh-Hant = .*$", head, re.M):
        head = re.sub(r"^zh-Hant = .*$", lambda _m: line, head, count=1, flags=re.M)
    else:
        head = re.sub(r"^(zh-Hans = .*)$", lambda m: m.group(1) + "\n" + line, head, count=1,
                      flags=re.M)  # fmt: skip
    return head + sep + rest


def _with_labels(meta: str, converter: Any) -> str:
    """The metadata with a `zh-Hant` line after each `zh-Hans` line of a [variables.label] table."""
    out: list[str] = []
    in_label = False
    for line in meta.split("\n"):
        if line.startswith("["):
            in_label = line == "[variables.label]"
        elif not line.strip():
            in_label = False
        if in_label and line.startswith("zh-Hant = "):
            continue  # replaced below, after its zh-Hans line
        out.append(line)
        found = re.fullmatch(r'zh-Hans = "((?:[^"\\]|\\.)*)"', line) if in_label else None
        if found:
            text = convert(found.group(1), converter)
            out.append('zh-Hant = "' + text + '"')
    return "\n".join(out)


def derive(templates: Path, converter: Any) -> dict[Path, str]:
    """Every file the derivation writes, with its content."""
    import tomllib

    out: dict[Path, str] = {}
    for source in sorted(templates.glob("*/*.zh-Hans.j2")):
        target = source.with_name(source.name.replace(".zh-Hans.j2", ".zh-Hant.j2"))
        out[target] = convert(source.read_text(encoding="utf-8"), converter)
        meta_file = source.with_name(source.name.replace(".zh-Hans.j2", ".toml"))
        if meta_file.is_file():
            meta = meta_file.read_text(encoding="utf-8")
            title = tomllib.loads(meta).get("title", {}).get("zh-Hans")
            if title:
                meta = _with_title(meta, convert(title, converter))
            out[meta_file] = _with_labels(meta, converter)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.core.templates.zh_hant")
    parser.add_argument("--templates", type=Path, default=None, help="templates folder")
    parser.add_argument("--check", action="store_true", help="exit 1 if a file would change")
    args = parser.parse_args(argv)
    from desktop.core.atomic import write_text
    from desktop.core.paths import shipped_dir

    folder = args.templates or shipped_dir("templates")
    changed = []
    for path, text in derive(folder, _converter()).items():
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current != text:
            changed.append(path)
            if not args.check:
                write_text(path, text)
    for path in changed:
        print(("differs: " if args.check else "wrote: ") + str(path))
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    raise SystemExit(main())
