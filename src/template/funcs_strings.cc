// String helpers: join, split, splitToMap, replaceAll, trim*, toLower, toUpper, toTitle, indent
// (consul-template's thin wrappers over Go's strings package, argument order swapped so the
// subject string can be piped in last).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "funcs_internal.h"

namespace hc::tmpl::funcs {

namespace {

std::vector<char32_t> runesOf(std::string_view s) {
  std::vector<char32_t> out;
  while (!s.empty()) {
    const DecodedRune d = decodeRune(s);
    out.push_back(d.rune);
    s.remove_prefix(static_cast<size_t>(d.width));
  }
  return out;
}

bool contains(const std::vector<char32_t>& set, char32_t r) {
  for (char32_t c : set)
    if (c == r) return true;
  return false;
}

// strings.Trim: drop leading and trailing runes found in cutset (an invalid byte counts as
// U+FFFD on both sides, as Go's ContainsRune treats it).
std::string_view trimCutset(std::string_view s, std::string_view cutset) {
  if (s.empty() || cutset.empty()) return s;
  const std::vector<char32_t> set = runesOf(cutset);
  while (!s.empty()) {
    const DecodedRune d = decodeRune(s);
    if (!contains(set, d.rune)) break;
    s.remove_prefix(static_cast<size_t>(d.width));
  }
  while (!s.empty()) {
    const DecodedRune d = decodeLastRune(s);
    if (!contains(set, d.rune)) break;
    s.remove_suffix(static_cast<size_t>(d.width));
  }
  return s;
}

// strings.Count(s, sep) for non-empty sep.
size_t countOf(std::string_view s, std::string_view sep) {
  size_t n = 0;
  for (size_t pos = s.find(sep); pos != std::string_view::npos; pos = s.find(sep, pos + sep.size()))
    ++n;
  return n;
}

// strings.ReplaceAll.
std::string replaceAllOf(std::string_view s, std::string_view from, std::string_view to) {
  if (from == to) return std::string(s);
  std::string out;
  if (from.empty()) {
    // Go inserts `to` before every rune and at the end.
    out += to;
    while (!s.empty()) {
      const DecodedRune d = decodeRune(s);
      out += s.substr(0, static_cast<size_t>(d.width));
      out += to;
      s.remove_prefix(static_cast<size_t>(d.width));
    }
    return out;
  }
  if (countOf(s, from) == 0) return std::string(s);
  size_t start = 0;
  for (size_t pos = s.find(from); pos != std::string_view::npos; pos = s.find(from, start)) {
    out += s.substr(start, pos - start);
    out += to;
    start = pos + from.size();
  }
  out += s.substr(start);
  return out;
}

std::string indentBy(int64_t spaces, std::string_view s) {
  if (spaces < 0) throw FuncError("indent value must be a positive integer");
  const std::string prefix(static_cast<size_t>(spaces), ' ');
  std::string out;
  bool lineStart = true;
  for (char c : s) {
    if (lineStart && c != '\n') out += prefix;
    out += c;
    lineStart = c == '\n';
  }
  return out;
}

Value str(std::string s) {
  return Value::string(std::move(s));
}

}  // namespace

std::vector<std::string> goSplit(std::string_view s, std::string_view sep) {
  std::vector<std::string> out;
  if (sep.empty()) {
    while (!s.empty()) {
      const DecodedRune d = decodeRune(s);
      out.emplace_back(s.substr(0, static_cast<size_t>(d.width)));
      s.remove_prefix(static_cast<size_t>(d.width));
    }
    return out;
  }
  size_t start = 0;
  for (size_t pos = s.find(sep); pos != std::string_view::npos; pos = s.find(sep, start)) {
    out.emplace_back(s.substr(start, pos - start));
    start = pos + sep.size();
  }
  out.emplace_back(s.substr(start));
  return out;
}

std::string_view goTrimSpace(std::string_view s) {
  while (!s.empty()) {
    const DecodedRune d = decodeRune(s);
    if (!isSpace(d.rune)) break;
    s.remove_prefix(static_cast<size_t>(d.width));
  }
  while (!s.empty()) {
    const DecodedRune d = decodeLastRune(s);
    if (!isSpace(d.rune)) break;
    s.remove_suffix(static_cast<size_t>(d.width));
  }
  return s;
}

void addStringFuncs(FuncMap& m) {
  using P = Param;
  // join(sep string, a []string)
  define(m, "join", {P::String, P::StringList}, [](CallContext&, std::vector<Value>& a) {
    const std::string& sep = argString(a, 0);
    std::string out;
    bool first = true;
    for (const auto& s : argStrings(a, 1)) {
      if (!first) out += sep;
      out += s;
      first = false;
    }
    return str(std::move(out));
  });
  // split(sep, s string): s is trimmed first; an empty s gives an empty list.
  define(m, "split", {P::String, P::String}, [](CallContext&, std::vector<Value>& a) {
    const std::string_view s = goTrimSpace(argString(a, 1));
    if (s.empty()) return Value::stringList({});
    return Value::stringList(goSplit(s, argString(a, 0)));
  });
  // splitToMap(sep1, sep2, s string): items without sep2 are skipped.
  define(m, "splitToMap", {P::String, P::String, P::String},
         [](CallContext&, std::vector<Value>& a) {
           const std::string_view s = goTrimSpace(argString(a, 2));
           std::vector<std::pair<std::string, Value>> entries;
           if (!s.empty()) {
             const std::string& sep2 = argString(a, 1);
             for (const auto& item : goSplit(s, argString(a, 0))) {
               const size_t pos = item.find(sep2);
               if (pos == std::string::npos) continue;
               entries.emplace_back(item.substr(0, pos), str(item.substr(pos + sep2.size())));
             }
           }
           return Value::map(std::move(entries), "map[string]string", str(""));
         });
  // replaceAll(from, to, s string)
  define(m, "replaceAll", {P::String, P::String, P::String},
         [](CallContext&, std::vector<Value>& a) {
           return str(replaceAllOf(argString(a, 2), argString(a, 0), argString(a, 1)));
         });
  // trim(cutset, s string)
  define(m, "trim", {P::String, P::String}, [](CallContext&, std::vector<Value>& a) {
    return str(std::string(trimCutset(argString(a, 1), argString(a, 0))));
  });
  define(m, "trimPrefix", {P::String, P::String}, [](CallContext&, std::vector<Value>& a) {
    std::string_view s = argString(a, 1);
    const std::string& prefix = argString(a, 0);
    if (s.substr(0, prefix.size()) == prefix) s.remove_prefix(prefix.size());
    return str(std::string(s));
  });
  define(m, "trimSuffix", {P::String, P::String}, [](CallContext&, std::vector<Value>& a) {
    std::string_view s = argString(a, 1);
    const std::string& suffix = argString(a, 0);
    if (s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix)
      s.remove_suffix(suffix.size());
    return str(std::string(s));
  });
  define(m, "trimSpace", {P::String}, [](CallContext&, std::vector<Value>& a) {
    return str(std::string(goTrimSpace(argString(a, 0))));
  });
  define(m, "toLower", {P::String},
         [](CallContext&, std::vector<Value>& a) { return str(goToLower(argString(a, 0))); });
  define(m, "toUpper", {P::String},
         [](CallContext&, std::vector<Value>& a) { return str(goToUpper(argString(a, 0))); });
  define(m, "toTitle", {P::String},
         [](CallContext&, std::vector<Value>& a) { return str(goTitle(argString(a, 0))); });
  // indent(spaces int, s string): blank lines stay unindented.
  define(m, "indent", {P::Int, P::String}, [](CallContext&, std::vector<Value>& a) {
    return str(indentBy(argInt(a, 0), argString(a, 1)));
  });
}

}  // namespace hc::tmpl::funcs
