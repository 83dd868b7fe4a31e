"""Measuring and drawing a printout: lines, rules and QR codes stacked top to bottom on a
page exactly as tall as its content (a roll has no page length)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.printing.script import Font, Fonts, font_runs, text_width, visual

PAGE_WIDTH: float = 80 * mm


MARGIN: float = 4 * mm


CONTENT_WIDTH: float = PAGE_WIDTH - 2 * MARGIN


Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class TextLine:
    runs: tuple[tuple[Font, str], ...]  # visual order, left to right
    size: float
    width: float
    above: float  # line box above the baseline
    below: float  # line box below the baseline
    align: Align
    gap: float  # space before the line

    @property
    def height(self) -> float:
        return self.gap + self.above + self.below


@dataclass(frozen=True)
class Rule:
    gap: float

    @property
    def height(self) -> float:
        return self.gap


@dataclass(frozen=True)
class QrBlock:
    matrix: tuple[tuple[bool, ...], ...]
    module: float
    gap: float

    @property
    def height(self) -> float:
        return self.gap + self.module * len(self.matrix)


Block = TextLine | Rule | QrBlock


class Layout:
    """Collects measured blocks top to bottom for one ticket."""

    def __init__(self, fonts: Fonts, rtl: bool) -> None:
        self.fonts = fonts
        self.rtl = rtl
        self.start: Align = "right" if rtl else "left"
        self.blocks: list[Block] = []

    def _line(
        self, visual: str, size: float, bold: bool, align: Align, gap: float, tight: bool = False
    ) -> TextLine:
        f = self.fonts
        regular, arabic = (f.latin_bold, f.arabic_bold) if bold else (f.latin, f.arabic)
        runs = font_runs(visual, regular, arabic, self.rtl)
        used = [font for font, _ in runs] or [regular]
        if tight:  # capitals and digits only: no room for accents or descenders
            above = max(font.cap_height for font in used) * size
            below = 0.12 * size
        else:
            above = max(font.ascent for font in used) * size
            below = max(font.descent for font in used) * size
        return TextLine(tuple(runs), size, text_width(runs, size), above, below, align, gap)

    def text(
        self,
        logical: str,
        size: float,
        *,
        bold: bool = False,
        align: Align | None = None,
        gap: float = 0.0,
        leading: float = 0.15,
    ) -> None:
        """Wrap ``logical`` to the content width (measuring the shaped form, which is what
        gets drawn) and add one block per line."""
        first = True
        for part in self._wrap(logical, size, bold):
            line = self._line(
                visual(part, self.rtl),
                size,
                bold,
                align or self.start,
                gap if first else leading * size,
            )
            self.blocks.append(line)
            first = False

    def _measure(self, logical: str, size: float, bold: bool) -> float:
        return self._line(visual(logical, self.rtl), size, bold, "left", 0).width

    def _wrap(self, logical: str, size: float, bold: bool) -> list[str]:
        """Greedy word wrap in logical order; a word wider than the line is cut."""
        words = logical.split()
        if self._measure(" ".join(words), size, bold) <= CONTENT_WIDTH:
            return [" ".join(words)]  # the common case: one measurement
        lines: list[str] = []
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if self._measure(candidate, size, bold) <= CONTENT_WIDTH:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while self._measure(word, size, bold) > CONTENT_WIDTH and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and self._measure(word[:cut], size, bold) > CONTENT_WIDTH:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        if current:
            lines.append(current)
        return lines or [""]

    def number(self, number: str, max_size: float, gap: float) -> None:
        """The called number, as large as fits (long numbers shrink instead of wrapping)."""
        bold = self.fonts.latin_bold
        unit = text_width(font_runs(number, bold, self.fonts.arabic_bold, False), 1.0) or 1.0
        size = min(max_size, CONTENT_WIDTH / unit)
        self.blocks.append(self._line(number, size, True, "center", gap, tight=True))

    def rule(self, gap: float) -> None:
        self.blocks.append(Rule(gap))

    def qr(self, payload: str, gap: float) -> float:
        """The QR code; returns its module size so the caller can keep the quiet zone."""
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
        code.add_data(payload)
        code.make(fit=True)
        matrix = tuple(tuple(bool(v) for v in row) for row in code.get_matrix())
        n = len(matrix)
        # ~24 mm is easy for phone cameras; 0.5 mm modules are 4 dots at 203 dpi.
        fit = (CONTENT_WIDTH - 8 * 0.5 * mm) / n
        module: float = max(0.5 * mm, min(0.9 * mm, 24 * mm / n, fit))
        self.blocks.append(QrBlock(matrix, module, max(gap, 4 * module)))
        return module

    @property
    def height(self) -> float:
        return sum(b.height for b in self.blocks)


def draw(canvas: Canvas, blocks: list[Block], page_height: float) -> None:
    y = page_height - MARGIN
    for block in blocks:
        y -= block.gap
        if isinstance(block, Rule):
            canvas.setLineWidth(0.6)
            canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
        elif isinstance(block, TextLine):
            baseline = y - block.above
            if block.align == "left":
                x = MARGIN
            elif block.align == "right":
                x = PAGE_WIDTH - MARGIN - block.width
            else:
                x = (PAGE_WIDTH - block.width) / 2
            text = canvas.beginText(x, baseline)
            for font, chunk in block.runs:
                text.setFont(font.name, block.size)
                text.textOut(chunk)
            canvas.drawText(text)
            y = baseline - block.below
        else:
            _draw_qr(canvas, block, y)
            y -= block.module * len(block.matrix)


def _draw_qr(canvas: Canvas, block: QrBlock, top: float) -> None:
    """Dark modules as one filled path of horizontal runs: a single fill leaves no
    hairline seams between neighbouring modules when rasterised, and is small."""
    n = len(block.matrix)
    m = block.module
    left = (PAGE_WIDTH - n * m) / 2
    path = canvas.beginPath()
    for r, row in enumerate(block.matrix):
        y = top - (r + 1) * m
        c = 0
        while c < n:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < n and row[c]:
                c += 1
            path.rect(left + start * m, y, (c - start) * m, m)
    canvas.drawPath(path, stroke=0, fill=1)
