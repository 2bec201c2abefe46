#!/usr/bin/env python3
"""Re-renders the committed PNG icons from their SVG sources.

Qt's SVG image plugin is not a dependency, so the icons ship as PNGs. Run this
after editing an SVG here (needs librsvg-2 and cairo, present on Debian desktops;
ImageMagick's built-in SVG renderer drops the gradients):

    python3 resources/icons/render_icons.py
"""
import ctypes
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

# source svg -> [(png, size)]
RENDERINGS = {
    "shardscope-16.svg": [("shardscope-16.png", 16)],
    "shardscope-small.svg": [("shardscope-24.png", 24)],
    "shardscope.svg": [(f"shardscope-{s}.png", s) for s in (32, 48, 64, 128, 256)],
}
for action in ("new-table", "delete-table", "refresh"):
    RENDERINGS[f"actions/{action}.svg"] = [(f"actions/{action}.png", 24), (f"actions/{action}@2x.png", 48)]


class _Rect(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double), ("w", ctypes.c_double), ("h", ctypes.c_double)]


def _libraries():
    rsvg = ctypes.CDLL("librsvg-2.so.2")
    cairo = ctypes.CDLL("libcairo.so.2")
    rsvg.rsvg_handle_new_from_file.restype = ctypes.c_void_p
    rsvg.rsvg_handle_new_from_file.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    rsvg.rsvg_handle_render_document.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(_Rect),
                                                 ctypes.c_void_p]
    cairo.cairo_image_surface_create.restype = ctypes.c_void_p
    cairo.cairo_create.restype = ctypes.c_void_p
    cairo.cairo_create.argtypes = [ctypes.c_void_p]
    cairo.cairo_surface_write_to_png.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    cairo.cairo_destroy.argtypes = [ctypes.c_void_p]
    cairo.cairo_surface_destroy.argtypes = [ctypes.c_void_p]
    return rsvg, cairo


def render(rsvg, cairo, svg: pathlib.Path, png: pathlib.Path, size: int) -> None:
    handle = rsvg.rsvg_handle_new_from_file(str(svg).encode(), None)
    if not handle:
        raise RuntimeError(f"cannot load {svg}")
    surface = cairo.cairo_image_surface_create(0, size, size)  # CAIRO_FORMAT_ARGB32
    context = cairo.cairo_create(surface)
    viewport = _Rect(0, 0, size, size)
    if not rsvg.rsvg_handle_render_document(handle, context, ctypes.byref(viewport), None):
        raise RuntimeError(f"cannot render {svg}")
    if cairo.cairo_surface_write_to_png(surface, str(png).encode()) != 0:
        raise RuntimeError(f"cannot write {png}")
    cairo.cairo_destroy(context)
    cairo.cairo_surface_destroy(surface)


def main() -> None:
    rsvg, cairo = _libraries()
    for source, outputs in RENDERINGS.items():
        for png, size in outputs:
            render(rsvg, cairo, HERE / source, HERE / png, size)
            print(f"{png} ({size} px)")


if __name__ == "__main__":
    main()
