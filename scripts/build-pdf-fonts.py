#!/usr/bin/env python3
"""Builds the PDF fonts for right-to-left reports (run by hand; output is committed).

jsPDF can embed one font per text run and cannot fall back to another font,
so an Arabic report needs a single font with both Arabic and Latin letters
(names, numbers and English words appear inside Arabic text). This script
merges Noto Sans Arabic with the Latin part of Noto Sans (both SIL Open Font
License 1.1, see public/fonts/OFL.txt).

Needs: pip install fonttools; Debian's fonts-noto-core for Noto Sans Arabic.
Usage: python3 scripts/build-pdf-fonts.py
"""
from pathlib import Path
from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
NOTO = Path('/usr/share/fonts/truetype/noto')
LATIN = (
    list(range(0x20, 0x7F)) + list(range(0xA0, 0x250)) +
    list(range(0x2000, 0x2070)) + [0x20AC, 0x2122, 0x2190, 0x2192, 0x2212, 0x2026]
)


def subset_font(path: Path, unicodes: list[int] | None, out: Path) -> Path:
    font = TTFont(path)
    options = subset.Options()
    options.layout_features = []  # jsPDF shapes Arabic itself (presentation forms)
    options.name_IDs = ['*']
    options.notdef_outline = True
    options.glyph_names = False
    sub = subset.Subsetter(options)
    if unicodes is None:
        unicodes = list(font.getBestCmap().keys())
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    for table in ('GSUB', 'GPOS', 'GDEF'):
        if table in font:
            del font[table]
    font.save(out)
    return out


def build(weight: str) -> None:
    tmp = Path('/tmp')
    arabic = subset_font(NOTO / f'NotoSansArabic-{weight}.ttf', None, tmp / f'ar-{weight}.ttf')
    latin = subset_font(ROOT / 'public/fonts' / f'NotoSans-{weight}.ttf', LATIN, tmp / f'la-{weight}.ttf')
    merged = Merger().merge([str(latin), str(arabic)])
    name = merged['name']
    for record in name.names:
        if record.nameID in (1, 4, 16):
            record.string = f'Noto Sans Arabic and Latin {weight}' if record.nameID == 4 else 'Noto Sans Arabic and Latin'
        if record.nameID == 6:
            record.string = f'NotoSansArabicLatin-{weight}'
    out = ROOT / 'public/fonts' / f'NotoSansArabicLatin-{weight}.ttf'
    merged.save(out)
    print(out, out.stat().st_size)


for w in ('Regular', 'Bold'):
    build(w)
