"""Reads every CSV table Parley exported with Python's standard csv module and checks each cell
against the type the codebook gives its column. Usage: check_tables.py DIR TYPES.json, where
TYPES.json maps each file name to its columns as [name, type, [values]]. Exits with 1 on the first
mismatch, naming file, row, column and value."""
import csv
import json
import re
import sys

PATTERNS = {
    "integer": re.compile(r"-?[0-9]+"),
    "boolean": re.compile(r"true|false"),
    "date": re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"),
}


def main(folder, types_file):
    with open(types_file, encoding="utf-8") as f:
        tables = json.load(f)
    rows_read = 0
    for name, columns in tables.items():
        with open(f"{folder}/{name}", encoding="utf-8", newline="") as f:
            raw = f.read()
        if raw.startswith("\ufeff"):
            sys.exit(f"{name}: starts with a byte-order mark")
        reader = csv.reader(raw.splitlines(keepends=True), strict=True)
        header = next(reader)
        expected = [c[0] for c in columns]
        if header != expected:
            sys.exit(f"{name}: header {header} is not {expected}")
        for number, row in enumerate(reader, start=2):
            if len(row) != len(columns):
                sys.exit(f"{name}:{number}: {len(row)} cells for {len(columns)} columns")
            for (column, kind, values), cell in zip(columns, row):
                if cell == "":
                    continue
                if kind in PATTERNS and not PATTERNS[kind].fullmatch(cell):
                    sys.exit(f"{name}:{number}: {column} = {cell!r} is not a {kind}")
                if kind == "enum" and cell not in values:
                    sys.exit(f"{name}:{number}: {column} = {cell!r} is not one of {values}")
            rows_read += 1
    print(f"python csv: {len(tables)} files, {rows_read} rows, every cell of its column's type")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
