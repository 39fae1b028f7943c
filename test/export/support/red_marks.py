#!/usr/bin/python3
"""red_marks.py FILE.pdf -> JSON {red: [...], dark: [...]}: bands of red pixels (R >= 200, G and B <= 80,
export-compliance D-BANTOU-01) and of dark non-red pixels on page 1, in mm from the page's top-left,
read from a pdftoppm raster. Consecutive pixel rows are grouped into bands: the 发文机关标志 is a tall
red band, the separator a thin one; the 发文字号 is the dark band just above the separator."""
import json
import subprocess
import sys

DPI = 150
MM = 25.4 / DPI


def main(pdf):
    ppm = subprocess.run(['pdftoppm', '-f', '1', '-l', '1', '-r', str(DPI), pdf], check=True, capture_output=True).stdout
    # P6 header: magic, width, height, maxval, each followed by one whitespace byte.
    parts = ppm.split(maxsplit=4)
    w, h, data = int(parts[1]), int(parts[2]), parts[4]
    red = lambda r, g, b: r >= 200 and g <= 80 and b <= 80
    dark = lambda r, g, b: r < 100 and g < 100 and b < 100
    json.dump({'red': bands(data, w, h, red), 'dark': bands(data, w, h, dark)}, sys.stdout)


def bands(data, w, h, test):
    out = []
    for y in range(h):
        line = data[y * w * 3:(y + 1) * w * 3]
        xs = [x for x in range(w) if test(line[3 * x], line[3 * x + 1], line[3 * x + 2])]
        if not xs:
            continue
        if out and y - out[-1]['y1'] <= 1:
            b = out[-1]
            b['y1'], b['x0'], b['x1'] = y, min(b['x0'], xs[0]), max(b['x1'], xs[-1])
        else:
            out.append({'y0': y, 'y1': y, 'x0': xs[0], 'x1': xs[-1]})
    return [{'top_mm': round(b['y0'] * MM, 2), 'bottom_mm': round((b['y1'] + 1) * MM, 2),
             'left_mm': round(b['x0'] * MM, 2), 'right_mm': round((b['x1'] + 1) * MM, 2)} for b in out]


if __name__ == '__main__':
    main(sys.argv[1])
