"""Draw the application icon: wizard.png (window icon) and wizard.ico (Windows exe, installer).

Run from the repository folder after changing the drawing:

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/make_icons.py

Only PySide6 is needed. The .ico holds 32-bit BMP images up to 64 px (what every icon reader,
NSIS included, understands) and a PNG image at 256 px, as Windows' own icons do.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
PNG_SIZE = 256

BLUE_TOP = QColor("#1e6fd9")
BLUE_BOTTOM = QColor("#0b3d91")
PAGE = QColor("#ffffff")
LINE = QColor("#b9cbe6")
GREEN = QColor("#2e9d4f")


def draw(size: int) -> QImage:
    """The icon at `size` pixels; below 40 px only the badge and a tick, so it stays legible."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)

    gradient = QLinearGradient(0, 0, 0, 256)
    gradient.setColorAt(0, BLUE_TOP)
    gradient.setColorAt(1, BLUE_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)

    if size < 40:
        tick = QPainterPath(QPointF(62, 134))
        tick.lineTo(QPointF(108, 180))
        tick.lineTo(QPointF(196, 84))
        painter.setPen(QPen(PAGE, 34, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
        painter.end()
        return image

    # A checklist page ...
    painter.setBrush(PAGE)
    painter.drawRoundedRect(QRectF(56, 40, 128, 168), 14, 14)
    for row, y in enumerate((82, 118, 154)):
        painter.setPen(QPen(LINE, 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(110, y), QPointF(162 - (row == 2) * 22, y))
        painter.setPen(QPen(BLUE_BOTTOM, 7))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(76, y - 9, 18, 18), 4, 4)
        painter.setBrush(PAGE)
    # ... with a green "done" badge over its corner.
    painter.setPen(QPen(PAGE, 10))
    painter.setBrush(GREEN)
    painter.drawEllipse(QPointF(178, 182), 46, 46)
    tick = QPainterPath(QPointF(156, 183))
    tick.lineTo(QPointF(172, 199))
    tick.lineTo(QPointF(202, 166))
    painter.setPen(QPen(PAGE, 13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image as PNG file content."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """A 32-bit DIB as .ico files hold it: doubled height, bottom-up BGRA, then an AND mask."""
    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32).flipped(Qt.Orientation.Vertical)
    # Format_ARGB32 is 0xAARRGGBB per pixel, i.e. B, G, R, A bytes on little-endian machines.
    pixels = b"".join(bytes(argb.constScanLine(y))[: size * 4] for y in range(size))
    mask = bytes(((size + 31) // 32) * 4 * size)  # all visible: the alpha channel decides
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(sizes: tuple[int, ...]) -> bytes:
    """An .ico file with one image per size."""
    entries = [png_bytes(draw(s)) if s >= 256 else bmp_entry(draw(s)) for s in sizes]
    offset = 6 + 16 * len(sizes)
    directory = b""
    for size, data in zip(sizes, entries, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(sizes)) + directory + b"".join(entries)


def main() -> int:
    """Write both files next to this script."""
    QGuiApplication(sys.argv[:1])
    (HERE / "wizard.png").write_bytes(png_bytes(draw(PNG_SIZE)))
    (HERE / "wizard.ico").write_bytes(ico_bytes(ICO_SIZES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
