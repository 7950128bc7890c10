#!/usr/bin/python3
"""borders.py [WIDTH] - reads a screen (tmux capture-pane -p) on standard
input and checks that no line is wider than WIDTH display columns and that
every box on it is whole: from each top-left corner, the top border runs
to its top-right corner, and on every row down to the bottom corners the
left and right borders stand in the same columns. A wide (CJK) character
counted as one column, or written over a border, breaks this. Prints
"ok" or one line per fault; exit status 0 or 1."""
import sys
import unicodedata

VERT = set("│┃║├┤┼╟╢")
TOPL, TOPR, BOTL, BOTR = "┌", "┐", "└", "┘"


def width(ch):
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def cells(line):
    """The line as a list of cells; a wide character's second cell is ''."""
    out = []
    for ch in line:
        w = width(ch)
        if w == 0:
            if out:
                out[-1] += ch
            continue
        out.append(ch)
        if w == 2:
            out.append("")
    return out


def check(lines, maxw):
    faults = []
    grid = [cells(l) for l in lines]
    for r, row in enumerate(grid):
        if len(row) > maxw:
            faults.append("row %d: %d columns wide" % (r + 1, len(row)))

    def at(r, c):
        return grid[r][c] if r < len(grid) and c < len(grid[r]) else " "

    def trace(r, c):
        """The box whose top-left corner is at r, c: (rect, None) when it
        is whole, else (None, (row, col, why)) where it breaks."""
        row = grid[r]
        c2 = next((k for k in range(c + 1, len(row)) if row[k] in (TOPR, TOPL)), None)
        if c2 is None or row[c2] != TOPR:
            return None, (r, c2 if c2 is not None else len(row), "no top-right corner")
        r2 = r + 1
        while r2 < len(grid) and at(r2, c) in VERT and at(r2, c2) in VERT:
            r2 += 1
        left, right = at(r2, c), at(r2, c2)
        if left not in VERT and left != BOTL:
            return None, (r2, c, "%r at its left" % left)
        if right not in VERT and right != BOTR:
            return None, (r2, c2, "%r at its right" % right)
        if left != BOTL or right != BOTR:
            side = c if left != BOTL else c2
            return None, (r2, side, "its bottom corners not on one row")
        for k in range(c + 1, c2):
            if at(r2, k) != "─":
                return None, (r2, k, "a broken bottom border")
        return (r, c, r2, c2), None

    whole, broken = [], []
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == TOPL:
                rect, why = trace(r, c)
                if rect:
                    whole.append(rect)
                else:
                    broken.append((r, c, why))
    # a box that breaks where a whole one (a dialog) lies over it is hidden
    # by it, not broken
    for r, c, (fr, fc, why) in broken:
        if any(t <= fr <= b and left <= fc <= right for t, left, b, right in whole):
            continue
        faults.append("row %d, column %d: the box from row %d, column %d breaks: %s"
                      % (fr + 1, fc + 1, r + 1, c + 1, why))
    return faults, len(whole)


def main():
    maxw = int(sys.argv[1]) if len(sys.argv) > 1 else 80
    lines = sys.stdin.read().split("\n")
    faults, boxes = check(lines, maxw)
    for f in faults:
        print(f)
    if not faults:
        print("ok: %d boxes" % boxes)
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
