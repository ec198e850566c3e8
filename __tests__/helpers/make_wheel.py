"""Writes a tiny pure-Python wheel that pip and uv install: make_wheel.py OUTDIR NAME VERSION [REQUIRES...]."""
import base64, hashlib, sys, zipfile, os

out, name, version, *requires = sys.argv[1:]
mod = name.replace("-", "_").lower()
dist = f"{mod}-{version}"
files = {
    f"{mod}/__init__.py": f'__version__ = "{version}"\nNAME = "{name}"\n',
    f"{dist}.dist-info/METADATA": "Metadata-Version: 2.1\n"
    + f"Name: {name}\nVersion: {version}\n"
    + "".join(f"Requires-Dist: {r}\n" for r in requires),
    f"{dist}.dist-info/WHEEL": "Wheel-Version: 1.0\nGenerator: swrt-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
}
record = []
path = os.path.join(out, f"{dist}-py3-none-any.whl")
with zipfile.ZipFile(path, "w") as z:
    for arc, text in files.items():
        data = text.encode()
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{arc},sha256={digest},{len(data)}")
        z.writestr(zipfile.ZipInfo(arc, (2020, 1, 1, 0, 0, 0)), data)
    record.append(f"{dist}.dist-info/RECORD,,")
    z.writestr(zipfile.ZipInfo(f"{dist}.dist-info/RECORD", (2020, 1, 1, 0, 0, 0)), "\n".join(record) + "\n")
print(path)
