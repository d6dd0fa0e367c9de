#!/usr/bin/env python3
"""Differential conformance driver: renders the same cases with Go's text/template (gorender)
and with hc::template (cpprender) and compares the outputs byte for byte.

  run.py corpus --go GORENDER --cpp CPPRENDER [--corpus DIR|FILE...] [--filter SUBSTR]
  run.py fuzz   --go GORENDER --cpp CPPRENDER --gen FUZZGEN [--seed N] [--count N]
  run.py dump   [--corpus ...]            # print the corpus as JSON lines (the renderers' input)
  run.py show   --go GORENDER [--filter]  # print each case with Go's result (for corpus authors)

Common options: --workdir DIR (scratch files), --report FILE (full mismatch list),
--show N (mismatches printed in full on stdout, default 40), --timeout SECONDS.
Exit status: 0 when every compared case matches, 1 otherwise.

The reference is the installed Go (1.19); the engine follows current Go. Known differences are
handled explicitly: corpus cases carry `skip:` or a pinned `expect:`/`expect-err:`, and the
error-text differences listed in VERSION_RULES (comparison errors naming the types, the lexer's
"unexpected right paren") are accepted in current Go's form and counted separately.

Corpus format (corpus/*.txt), see corpus/README for the full description:

  ## comment (outside a case; "#" alone works too where no template body precedes it)
  @data {"json": "default data for the following cases"}
  @missingkey zero                      (default option for the following cases)
  @reset                                (forget @data/@missingkey)
  ~ NAME TEMPLATE                       one-line case, template is the rest of the line
  === NAME                              multi-line case
  data: JSON                            header lines (all optional)
  missingkey: default|zero|error
  tname: template name (default "t")
  exec: name of a define to execute instead of the main template
  delims: L R
  skip: REASON                          excluded from the comparison (must say why)
  expect: JSON string                   pinned expected output (Go 1.19 differs from current Go)
  expect-err: JSON string               pinned expected error text
  # comment
  ---                                   the template follows, up to the next line starting
  TEMPLATE LINES                        with "=== ", "~ ", "## " or "@" (the newline before it is
                                        not part of the template: leave an empty line to end
                                        with "\\n"; so put no blank line before a "## ")
  --- json                              (instead of ---) the template is one JSON string
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


# A multi-line template ends before the next line starting with one of these.
BODY_END = ("=== ", "~ ", "## ", "@")


class CorpusError(Exception):
    pass


def parse_corpus_file(path):
    cases = []
    defaults = {}
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    stem = os.path.splitext(os.path.basename(path))[0]
    i = 0

    def where(n):
        return "%s:%d" % (path, n + 1)

    def header_value(case, key, value, n):
        if key == "data":
            try:
                case["data"] = json.loads(value)
            except ValueError as e:
                raise CorpusError("%s: bad data JSON: %s" % (where(n), e))
        elif key in ("missingkey", "tname", "exec", "skip"):
            case[key] = value
        elif key == "delims":
            parts = value.split(" ")
            if len(parts) != 2:
                raise CorpusError("%s: delims needs two words" % where(n))
            case["ldelim"], case["rdelim"] = parts
        elif key in ("expect", "expect-err"):
            try:
                case[key] = json.loads(value)
            except ValueError as e:
                raise CorpusError("%s: bad %s JSON: %s" % (where(n), key, e))
            if not isinstance(case[key], str):
                raise CorpusError("%s: %s must be a JSON string" % (where(n), key))
        else:
            raise CorpusError("%s: unknown header %r" % (where(n), key))

    def new_case(name, n):
        if not name or any(c in name for c in "\n\r"):
            raise CorpusError("%s: bad case name %r" % (where(n), name))
        case = {"name": stem + "/" + name, "line": n + 1, "file": path}
        if "data" in defaults:
            case["data"] = defaults["data"]
        if "missingkey" in defaults:
            case["missingkey"] = defaults["missingkey"]
        return case

    while i < len(lines):
        line = lines[i]
        if line == "" or line.startswith("#"):
            i += 1
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            if key == "data":
                try:
                    defaults["data"] = json.loads(value)
                except ValueError as e:
                    raise CorpusError("%s: bad @data JSON: %s" % (where(i), e))
            elif key == "missingkey":
                defaults["missingkey"] = value
            elif key == "reset":
                defaults.clear()
            else:
                raise CorpusError("%s: unknown directive @%s" % (where(i), key))
            i += 1
            continue
        if line.startswith("~ "):
            name, sep, tmpl = line[2:].partition(" ")
            if not sep:
                raise CorpusError("%s: one-line case needs a template" % where(i))
            case = new_case(name, i)
            case["tmpl"] = tmpl
            cases.append(case)
            i += 1
            continue
        if line.startswith("=== "):
            case = new_case(line[4:].strip(), i)
            start = i
            i += 1
            while i < len(lines) and lines[i] not in ("---", "--- json"):
                h = lines[i]
                if h.startswith("#"):
                    case.setdefault("why", h.lstrip("# ").strip())
                if h.startswith("#") or h == "":
                    i += 1
                    continue
                key, sep, value = h.partition(":")
                if not sep:
                    raise CorpusError("%s: expected 'key: value' or '---'" % where(i))
                header_value(case, key.strip(), value.strip(), i)
                i += 1
            if i >= len(lines):
                raise CorpusError("%s: case without '---'" % where(start))
            is_json = lines[i] == "--- json"
            i += 1
            body = []
            while i < len(lines) and not lines[i].startswith(BODY_END):
                body.append(lines[i])
                i += 1
            tmpl = "\n".join(body)
            if is_json:
                try:
                    tmpl = json.loads(tmpl)
                except ValueError as e:
                    raise CorpusError("%s: bad JSON template: %s" % (where(start), e))
            case["tmpl"] = tmpl
            cases.append(case)
            continue
        raise CorpusError("%s: unexpected line %r" % (where(i), line))
    return cases


def load_corpus(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".txt"))
        else:
            files.append(p)
    cases = []
    seen = {}
    for f in files:
        for c in parse_corpus_file(f):
            if c["name"] in seen:
                raise CorpusError("%s:%d: duplicate case name %s (first at line %d)" %
                                  (f, c["line"], c["name"], seen[c["name"]]))
            seen[c["name"]] = c["line"]
            cases.append(c)
    return cases


RENDER_KEYS = ("name", "tmpl", "data", "missingkey", "tname", "exec", "ldelim", "rdelim")


def write_jsonl(cases, path):
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps({k: c[k] for k in RENDER_KEYS if k in c}) + "\n")


def parse_frames(data):
    """Parses '### name\\nTAG N\\n<N bytes>\\n' frames; returns (dict name -> (tag, bytes), order)."""
    out = {}
    order = []
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0 or not data.startswith(b"### ", pos):
            break
        name = data[pos + 4:nl].decode("utf-8", "replace")
        nl2 = data.find(b"\n", nl + 1)
        if nl2 < 0:
            break
        tag, _, n = data[nl + 1:nl2].decode("ascii", "replace").partition(" ")
        try:
            n = int(n)
        except ValueError:
            break
        body = data[nl2 + 1:nl2 + 1 + n]
        if len(body) != n or data[nl2 + 1 + n:nl2 + 2 + n] != b"\n":
            break
        out[name] = (tag, body)
        order.append(name)
        pos = nl2 + 2 + n
    return out, order


def run_renderer(binary, cases, workdir, label, timeout):
    """Runs a renderer over the cases. A crash or hang is charged to the first case without
    output, and the run resumes after it, so one bad case does not hide the others."""
    results = {}
    remaining = list(cases)
    part = 0
    while remaining:
        path = os.path.join(workdir, "%s-%d.jsonl" % (label, part))
        part += 1
        write_jsonl(remaining, path)
        cmd = binary if isinstance(binary, list) else [binary]
        try:
            p = subprocess.run(cmd + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=timeout)
            stdout, rc, stderr = p.stdout, p.returncode, p.stderr
            failure = None if rc == 0 else "CRASH (exit status %d): %s" % (
                rc, stderr.decode("utf-8", "replace").strip()[-2000:])
        except subprocess.TimeoutExpired as e:
            stdout, failure = e.stdout or b"", "HANG (no result within %ss)" % timeout
        frames, _ = parse_frames(stdout)
        results.update(frames)
        done = 0
        for c in remaining:
            if c["name"] in frames:
                done += 1
            else:
                break
        if failure is None:
            if done != len(remaining):
                failure = "MISSING OUTPUT (renderer exited 0 without a result)"
            else:
                break
        if done < len(remaining):
            results[remaining[done]["name"]] = ("FAIL", failure.encode())
            remaining = remaining[done + 1:]
        else:
            break
    return results


def show(b):
    s = b.decode("utf-8", "backslashreplace")
    return s


def fmt_result(r):
    if r is None:
        return "(no result)"
    tag, body = r
    return "%s %r" % (tag, show(body))


# Known differences between Go 1.19 (the installed reference) and current Go (the engine's
# target). Each rule says when the engine's result p is current Go's form of Go 1.19's result g.
INCOMPATIBLE = b"incompatible types for comparison"
TYPE_PAIR = re.compile(rb"^: [][a-z0-9 {}*.]+ and [][a-z0-9 {}*.]+$")
GO119_RPAREN = re.compile(rb'^(template: .*?:[0-9]+: )unexpected "\)" in [a-z ]+$')


def rule_incompatible(g, p):
    """Go 1.19: "incompatible types for comparison"; current Go appends ": T1 and T2"."""
    return (g[1].endswith(INCOMPATIBLE) and p[1].startswith(g[1])
            and TYPE_PAIR.match(p[1][len(g[1]):]) is not None)


def rule_rparen(g, p):
    """Go 1.19's lexer emits a stray ')' before failing (parser: 'unexpected ")" in command');
    since Go 1.20 the lexer fails first: "unexpected right paren"."""
    m = GO119_RPAREN.match(g[1])
    return m is not None and p[1] == m.group(1) + b"unexpected right paren"


VERSION_RULES = [rule_incompatible, rule_rparen]


def version_adjusted(g, p):
    """True when p is current Go's form of Go 1.19's error g."""
    if g is None or p is None or g[0] != "ERR" or p[0] != "ERR":
        return False
    return any(rule(g, p) for rule in VERSION_RULES)


def version_note(g, p):
    """Explains a mismatch where the engine printed Go 1.19's text where current Go differs."""
    if g is not None and p == g and g[0] == "ERR" and g[1].endswith(INCOMPATIBLE):
        return ("engine prints Go 1.19's wording; current Go says "
                "\"incompatible types for comparison: T1 and T2\"")
    return None


def compare(cases, go_res, cpp_res):
    mismatches = []
    skipped = []
    pinned = 0
    adjusted = 0
    for c in cases:
        if "skip" in c:
            skipped.append(c)
            continue
        g = go_res.get(c["name"])
        g119 = g
        if "expect" in c:
            g, pinned = ("OK", c["expect"].encode()), pinned + 1
        elif "expect-err" in c:
            g, pinned = ("ERR", c["expect-err"].encode()), pinned + 1
        p = cpp_res.get(c["name"])
        if g is not g119 and p is not None and p == g119 and p != g:
            mismatches.append((c, g, p, "engine gives Go 1.19's result where current Go differs: %s"
                               % c.get("why", "(pinned)")))
        elif g is None or g[0] == "FAIL":
            mismatches.append((c, g, p, "reference side failed"))
        elif p != g:
            if version_adjusted(g, p):
                adjusted += 1
            else:
                mismatches.append((c, g, p, None))
        elif version_note(g, p):
            mismatches.append((c, g, p, version_note(g, p)))
    return mismatches, skipped, pinned, adjusted


def describe(c, g, p, note, go_res):
    lines = ["--- MISMATCH %s%s" % (c["name"], "  (%s:%d)" % (c["file"], c["line"]) if "file" in c else "")]
    if note:
        lines.append("  note:     %s" % note)
    lines.append("  template: %r" % c["tmpl"])
    if "data" in c:
        lines.append("  data:     %s" % json.dumps(c["data"]))
    for k in ("missingkey", "tname", "exec", "ldelim", "rdelim"):
        if k in c:
            lines.append("  %s: %r" % (k, c[k]))
    label = "go:      "
    if "expect" in c or "expect-err" in c:
        label = "expected:"
        lines.append("  go1.19:   %s" % fmt_result(go_res.get(c["name"])))
    lines.append("  %s %s" % (label, fmt_result(g)))
    lines.append("  cpp:      %s" % fmt_result(p))
    return "\n".join(lines)


def error_tail(b):
    """The message of an error without its location and context, numbers blanked."""
    t = b.decode("utf-8", "replace")
    m = re.search(r'executing "[^"]*" at <.*?>: (.*)$', t, re.S)
    if m:
        t = m.group(1)
    else:
        t = re.sub(r"^template: [^:]*:[0-9]+:([0-9]+:)? ", "", t)
    t = re.sub(r'"[^"]*"', '"…"', t)
    return re.sub(r"[0-9]+", "N", t)[:90]


def cause(c, g, p, note):
    """A short label grouping mismatches that probably share a cause."""
    if note:
        return note
    if p is None or p[0] == "FAIL":
        return "engine %s" % (p[1].decode("utf-8", "replace").split(" (")[0] if p else "gave no result")
    if g[0] == "ERR" and p[0] == "ERR":
        gt, pt = error_tail(g[1]), error_tail(p[1])
        if gt == pt:
            return "same error, different location/context: %s" % gt
        return "different error: go %r / engine %r" % (gt, pt)
    if g[0] == "OK" and p[0] == "ERR":
        return "engine fails where Go renders: %s" % error_tail(p[1])
    if g[0] == "ERR" and p[0] == "OK":
        return "engine renders where Go fails: %s" % error_tail(g[1])
    return "different output"


def summarize(mismatches):
    """Groups mismatches by cause: [(cause, count, smallest example)], biggest group first."""
    groups = {}
    for m in mismatches:
        groups.setdefault(cause(*m), []).append(m)
    out = []
    for k, ms in groups.items():
        ms.sort(key=lambda m: (len(m[0]["tmpl"]), m[0]["name"]))
        out.append((k, len(ms), ms[0]))
    out.sort(key=lambda x: (-x[1], x[0]))
    return out


def run_compare(cases, args, title):
    workdir = args.workdir or tempfile.mkdtemp(prefix="hc-conformance-")
    os.makedirs(workdir, exist_ok=True)
    active = [c for c in cases if "skip" not in c]
    go_res = run_renderer(args.go, active, workdir, "go", args.timeout)
    cpp_res = run_renderer(args.cpp, active, workdir, "cpp", args.timeout)
    mismatches, skipped, pinned, adjusted = compare(cases, go_res, cpp_res)
    texts = [describe(c, g, p, note, go_res) for c, g, p, note in mismatches]
    for t in texts[:args.show]:
        print(t)
    if len(texts) > args.show:
        print("... %d more mismatches (see --report)" % (len(texts) - args.show))
    groups = summarize(mismatches)
    if groups:
        print("mismatches by probable cause (count, smallest example):")
        for k, n, (c, _, _, _) in groups:
            print("  %4d  %s\n        e.g. %s %r" % (n, k, c["name"], c["tmpl"][:120]))
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write("%s: %d mismatches\n\n" % (title, len(texts)))
            if groups:
                f.write("By probable cause (count; the smallest example follows each):\n\n")
                for k, n, (c, g, p, note) in groups:
                    f.write("[%d] %s\n%s\n\n" % (n, k, describe(c, g, p, note, go_res)))
                f.write("All mismatches:\n\n")
            f.write("\n".join(texts) + "\n")
    for c in skipped:
        if args.verbose:
            print("skipped %s: %s" % (c["name"], c["skip"]))
    n_ok = len(active) - len(mismatches)
    print("%s: %d cases, %d match, %d mismatch; %d skipped and %d pinned (Go 1.19 vs current Go), "
          "%d matched by a Go-version rule" % (title, len(cases), n_ok, len(mismatches),
                                                      len(skipped), pinned, adjusted))
    return 0 if not mismatches else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=["corpus", "fuzz", "dump", "show"])
    ap.add_argument("--go", help="gorender binary")
    ap.add_argument("--cpp", help="cpprender binary")
    ap.add_argument("--gen", help="fuzzgen binary")
    ap.add_argument("--corpus", nargs="*", default=[os.path.join(HERE, "corpus")])
    ap.add_argument("--filter", help="only cases whose name contains this")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--workdir")
    ap.add_argument("--report")
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    if args.mode == "fuzz":
        if not (args.gen and args.go and args.cpp):
            ap.error("fuzz needs --gen, --go and --cpp")
        p = subprocess.run([args.gen, "-seed", str(args.seed), "-n", str(args.count)],
                           stdout=subprocess.PIPE, check=True)
        cases = [json.loads(l) for l in p.stdout.decode("utf-8").split("\n") if l.strip()]
        if args.filter:
            cases = [c for c in cases if args.filter in c["name"]]
        return run_compare(cases, args, "fuzz seed %d" % args.seed)

    try:
        cases = load_corpus(args.corpus)
    except CorpusError as e:
        print("corpus error: %s" % e, file=sys.stderr)
        return 2
    if args.filter:
        cases = [c for c in cases if args.filter in c["name"]]
    if args.mode == "dump":
        for c in cases:
            print(json.dumps({k: c[k] for k in RENDER_KEYS if k in c}))
        return 0
    if args.mode == "show":
        if not args.go:
            ap.error("show needs --go")
        workdir = args.workdir or tempfile.mkdtemp(prefix="hc-conformance-")
        os.makedirs(workdir, exist_ok=True)
        res = run_renderer(args.go, cases, workdir, "show", args.timeout)
        for c in cases:
            print("%-50s %r\n%50s -> %s" % (c["name"], c["tmpl"], "", fmt_result(res.get(c["name"]))))
        return 0
    if not (args.go and args.cpp):
        ap.error("corpus needs --go and --cpp")
    return run_compare(cases, args, "corpus")


if __name__ == "__main__":
    sys.exit(main())
