// Scripts added to a packed conda env, as conda-pack adds its own, so that a bundle made here can
// be used by tools that know conda-pack archives: `bin/activate` (sourced: sets CONDA_PREFIX and
// PATH from where the env now is; swcli's restore of a packed env prints `source <env>/bin/activate`)
// and `bin/conda-unpack` (run once after unpacking by hand: rewrites the files listed in
// .swrt-prefix-files for the new place; the same rules as relocateCondaPrefix in restore.ts: only
// paths reached through real directories, files replaced rather than written into, the recorded
// prefix absolute and normalised, a moved symlink still inside the env).

export const ACTIVATE_SCRIPT = `# Added by swrt to a packed conda env. Source it from bash or zsh: . <env>/bin/activate
_swrt_src="\${BASH_SOURCE:-$0}"
_swrt_bin="$(cd "$(dirname "$_swrt_src")" && pwd)"
CONDA_PREFIX="$(dirname "$_swrt_bin")"
CONDA_DEFAULT_ENV="$CONDA_PREFIX"
PATH="$_swrt_bin:$PATH"
export CONDA_PREFIX CONDA_DEFAULT_ENV PATH
if [ -d "$CONDA_PREFIX/etc/conda/activate.d" ]; then
  for _swrt_f in "$CONDA_PREFIX"/etc/conda/activate.d/*.sh; do
    [ -f "$_swrt_f" ] && . "$_swrt_f"
  done
fi
unset _swrt_src _swrt_bin _swrt_f
`;

export const CONDA_UNPACK_SCRIPT = `#!/usr/bin/env python3
# Added by swrt to a packed conda env: moves the env to the place it was unpacked to.
# Run it once after unpacking: <env>/bin/conda-unpack (any python 3).
import os
import sys

RECORD = ".swrt-prefix-files"
HEADER = "# swrt conda prefix record v1"


def reach(root, rel):
    """root/rel when every directory on the way is a real one (no symlink followed), else None."""
    parts = [p for p in rel.split("/") if p not in ("", ".")]
    if not parts or ".." in parts or rel.startswith("/"):
        return None
    at = root
    for p in parts[:-1]:
        at = os.path.join(at, p)
        if os.path.islink(at) or not os.path.isdir(at):
            return None
    return os.path.join(at, parts[-1])


def inside(root, path):
    """Whether path, resolved as far as it exists, is inside root."""
    real_root = os.path.realpath(root)
    real = os.path.realpath(path)
    return real == real_root or real.startswith(real_root + os.sep)


def replace_file(path, data):
    # a new file renamed over the old one: a hard link elsewhere keeps its content
    mode = os.lstat(path).st_mode & 0o777
    tmp = "%s.swrt-%d" % (path, os.getpid())
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def fix_text(path, old, new):
    with open(path, "rb") as f:
        data = f.read()
    if old in data:
        replace_file(path, data.replace(old, new))
    return True


def fix_binary(path, old, new):
    with open(path, "rb") as f:
        data = bytearray(f.read())
    if old not in data:
        return True
    if len(new) > len(old):
        return False
    pos = data.find(old)
    while pos >= 0:
        end = data.find(b"\\0", pos)
        if end < 0:
            end = len(data)
        piece = bytes(data[pos:end]).replace(old, new)
        data[pos:end] = piece + b"\\0" * (end - pos - len(piece))
        pos = data.find(old, end)
    replace_file(path, bytes(data))
    return True


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    record_file = os.path.join(root, RECORD)
    if os.path.islink(record_file):
        sys.exit("%s is a symlink" % record_file)
    with open(record_file, encoding="utf-8") as f:
        lines = f.read().split("\\n")
    if lines[0] != HEADER:
        sys.exit("%s: unknown format" % record_file)
    prefix, entries = "", []
    for line in lines[1:]:
        if not line:
            continue
        kind, _, value = line.partition("\\t")
        if kind == "prefix":
            prefix = value
        else:
            entries.append((kind, value))
    if not prefix:
        sys.exit("%s: no prefix line" % record_file)
    if not prefix.startswith("/") or prefix == "/" or os.path.normpath(prefix) != prefix:
        sys.exit("%s: the prefix %r is not an absolute, normalised path" % (record_file, prefix))
    if prefix == root:
        return
    old, new = prefix.encode("utf-8"), root.encode("utf-8")
    left = []
    for kind, rel in entries:
        path = os.path.normpath(os.path.join(root, rel))
        if not path.startswith(root + os.sep):
            sys.exit("%s names a path outside the env: %s" % (RECORD, rel))
        path = reach(root, rel)
        if path is None:
            continue
        if kind == "symlink":
            if os.path.islink(path):
                target = os.readlink(path)
                if target == prefix or target.startswith(prefix + "/"):
                    moved = root + target[len(prefix):]
                    if ".." in moved[len(root):].split("/") or not inside(root, moved):
                        sys.exit("%s: the symlink %s -> %s would point outside the env once moved" % (RECORD, rel, target))
                    os.remove(path)
                    os.symlink(moved, path)
        elif os.path.isfile(path) and not os.path.islink(path):
            ok = fix_text(path, old, new) if kind == "text" else fix_binary(path, old, new)
            if not ok:
                left.append(rel)
    replace_file(record_file, ("\\n".join([HEADER, "prefix\\t" + root] + ["%s\\t%s" % e for e in entries]) + "\\n").encode("utf-8"))
    if left:
        sys.stderr.write("warning: %d binary file(s) still hold %s (the new path is longer): %s\\n" % (len(left), prefix, ", ".join(left[:3])))


if __name__ == "__main__":
    main()
`;
