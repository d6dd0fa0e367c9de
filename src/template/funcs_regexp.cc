// regexReplaceAll and regexMatch: Go's regexp (RE2 syntax, leftmost-first matching) on top of
// PCRE (Poco::RegularExpression).
//
// A pattern is first parsed the way Go's regexp/syntax does, which rejects what RE2 rejects with
// Go's error text (missing or unexpected parens, missing ], bad escapes, backreferences,
// lookaround, nested or argument-less repetition, repeat counts over 1000, bad named captures),
// and re-emitted in an equivalent PCRE form: literals and class members as \x{...} escapes,
// braces that Go treats as literals escaped, Go's \s (no \v), \v (vertical tab), octal escapes,
// named groups as plain groups (names are kept here for ${name} expansion). Subjects are matched
// in PCRE's UTF-8 mode with $ matching only at the very end (as Go's OneLine mode); invalid UTF-8
// bytes are matched as U+FFFD, as Go decodes them.
//
// Known differences: \p{Name} is passed to PCRE as written, so a script PCRE 8.39 does not know
// (newer than Unicode 8) is rejected with Go's "invalid character class range" text although Go
// accepts it, and PCRE-only names (\p{Xan}, \p{L&}) are accepted; the size limit Go puts on
// nested repeats ((a{500}){3}) is not checked; PCRE's Unicode tables (case folding for (?i),
// \p classes) are older than Go's; PCRE's backtracking can hit its match limit on patterns RE2
// runs in linear time (reported as an error).
#include <Poco/Exception.h>
#include <Poco/RegularExpression.h>
#include <Poco/Unicode.h>

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "funcs_internal.h"

namespace hc::tmpl::funcs {

namespace {

struct Compiled {
  std::unique_ptr<Poco::RegularExpression> re;
  std::vector<std::string> names;  ///< Capture group names by index (0 = whole match).
};

std::shared_ptr<const Compiled> compile(const std::string& pattern) {
  static std::mutex mu;
  static std::unordered_map<std::string, std::shared_ptr<const Compiled>> cache;
  {
    std::lock_guard<std::mutex> lock(mu);
    auto it = cache.find(pattern);
    if (it != cache.end()) return it->second;
  }
  const RegexpTranslation tr = translateRegexp(pattern);
  auto c = std::make_shared<Compiled>();
  c->names = tr.names;
  try {
    c->re = std::make_unique<Poco::RegularExpression>(
        tr.pcre, Poco::RegularExpression::RE_UTF8 | Poco::RegularExpression::RE_DOLLAR_ENDONLY |
                     Poco::RegularExpression::RE_NEWLINE_LF);
  } catch (const Poco::Exception& e) {
    // Go names the Unicode class it does not know; PCRE's own message is the fallback.
    for (const auto& cls : tr.unicodeClasses) {
      try {
        Poco::RegularExpression probe(cls, Poco::RegularExpression::RE_UTF8);
      } catch (const Poco::Exception&) {
        throw FuncError("error parsing regexp: invalid character class range: `" + cls + "`");
      }
    }
    throw FuncError("error parsing regexp: " + e.message() + ": `" + pattern + "`");
  }
  std::lock_guard<std::mutex> lock(mu);
  if (cache.size() >= 512) cache.clear();  // Templates use few patterns; bound the memory.
  cache.emplace(pattern, c);
  return c;
}

// The subject as PCRE sees it: invalid UTF-8 bytes replaced by U+FFFD (Go decodes each as that
// rune), with the map back to original offsets.
struct Subject {
  std::string text;
  std::vector<size_t> orig;  ///< orig[i] = offset in the original of text offset i; empty = same.
  size_t toOrig(size_t i) const { return orig.empty() ? i : orig[i]; }
};

Subject prepare(const std::string& s) {
  Subject sub;
  if (validUTF8(s)) {
    sub.text = s;
    return sub;
  }
  std::string_view rest = s;
  size_t pos = 0;
  while (!rest.empty()) {
    const DecodedRune d = decodeRune(rest);
    const size_t before = sub.text.size();
    if (d.rune == kRuneError && d.width == 1)
      appendRune(sub.text, kRuneError);
    else
      sub.text.append(rest.substr(0, static_cast<size_t>(d.width)));
    for (size_t k = before; k < sub.text.size(); ++k) sub.orig.push_back(pos);
    pos += static_cast<size_t>(d.width);
    rest.remove_prefix(static_cast<size_t>(d.width));
  }
  sub.orig.push_back(pos);
  return sub;
}

// One leftmost-first match at or after `from` (offsets in sub.text): (start, end) per group,
// npos for unset groups; empty if none.
using Groups = std::vector<std::pair<size_t, size_t>>;

Groups find(const Compiled& c, const Subject& sub, size_t from) {
  Poco::RegularExpression::MatchVec mv;
  int n = 0;
  try {
    n = c.re->match(sub.text, from, mv, Poco::RegularExpression::RE_NO_UTF8_CHECK);
  } catch (const Poco::Exception& e) {
    throw FuncError("regexp: " + e.message());
  }
  Groups groups;
  if (n <= 0) return groups;
  for (size_t i = 0; i < c.names.size(); ++i) {
    if (i < mv.size() && mv[i].offset != std::string::npos)
      groups.emplace_back(mv[i].offset, mv[i].offset + mv[i].length);
    else
      groups.emplace_back(std::string::npos, std::string::npos);
  }
  return groups;
}

Groups toOrig(const Subject& sub, Groups g) {
  for (auto& p : g)
    if (p.first != std::string::npos) p = {sub.toOrig(p.first), sub.toOrig(p.second)};
  return g;
}

bool isNameRune(char32_t r) {
  if (r < 0x80)
    return (r >= '0' && r <= '9') || (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z') || r == '_';
  return Poco::Unicode::isAlpha(static_cast<int>(r)) || Poco::Unicode::isDigit(static_cast<int>(r));
}

// Go's Regexp.expand: $1, ${1}, $name, ${name}, $$; unknown or unmatched groups expand to "".
void expand(std::string& out, std::string_view tmpl, const std::string& src,
            const std::vector<std::pair<size_t, size_t>>& m, const Compiled& c) {
  while (!tmpl.empty()) {
    const size_t dollar = tmpl.find('$');
    if (dollar == std::string_view::npos) break;
    out += tmpl.substr(0, dollar);
    tmpl.remove_prefix(dollar + 1);
    if (!tmpl.empty() && tmpl[0] == '$') {
      out += '$';
      tmpl.remove_prefix(1);
      continue;
    }
    // extract(): a name of letters, digits and '_', optionally in braces.
    std::string_view str = tmpl;
    const bool brace = !str.empty() && str[0] == '{';
    if (brace) str.remove_prefix(1);
    size_t i = 0;
    while (i < str.size()) {
      const DecodedRune d = decodeRune(str.substr(i));
      if (!isNameRune(d.rune) || (d.rune == kRuneError && d.width == 1)) break;
      i += static_cast<size_t>(d.width);
    }
    if (i == 0 || (brace && (i >= str.size() || str[i] != '}'))) {
      out += '$';  // Malformed: the '$' is literal text.
      continue;
    }
    const std::string_view name = str.substr(0, i);
    if (brace) ++i;
    tmpl = str.substr(i);
    long num = 0;
    for (char ch : name) {
      if (ch < '0' || ch > '9' || num >= 100000000) {
        num = -1;
        break;
      }
      num = num * 10 + (ch - '0');
    }
    if (name[0] == '0' && name.size() > 1) num = -1;
    size_t group = std::string::npos;
    if (num >= 0) {
      group = static_cast<size_t>(num);
    } else {
      for (size_t g = 0; g < c.names.size(); ++g)
        if (c.names[g] == name && m[g].first != std::string::npos) {
          group = g;
          break;
        }
    }
    if (group < m.size() && m[group].first != std::string::npos)
      out.append(src, m[group].first, m[group].second - m[group].first);
  }
  out += tmpl;
}

// Go's Regexp.ReplaceAllString.
std::string replaceAll(const Compiled& c, const std::string& src, const std::string& repl) {
  const Subject sub = prepare(src);
  std::string out;
  size_t lastMatchEnd = 0;  // In src.
  size_t searchPos = 0;     // In sub.text.
  while (searchPos <= sub.text.size()) {
    const Groups m = find(c, sub, searchPos);
    if (m.empty()) break;
    const Groups mo = toOrig(sub, m);
    out.append(src, lastMatchEnd, mo[0].first - lastMatchEnd);
    // No replacement for an empty match right after the previous match.
    if (mo[0].second > lastMatchEnd || mo[0].first == 0) expand(out, repl, src, mo, c);
    lastMatchEnd = mo[0].second;
    // Advance past this match, by at least one rune.
    size_t width = 0;
    if (searchPos < sub.text.size())
      width = static_cast<size_t>(decodeRune(std::string_view(sub.text).substr(searchPos)).width);
    if (searchPos + width > m[0].second)
      searchPos += width;
    else if (searchPos + 1 > m[0].second)
      searchPos++;
    else
      searchPos = m[0].second;
  }
  out.append(src, lastMatchEnd, std::string::npos);
  return out;
}

}  // namespace

void addRegexpFuncs(FuncMap& m) {
  // regexReplaceAll(re, pl, s string)
  define(m, "regexReplaceAll", {Param::String, Param::String, Param::String},
         [](CallContext&, std::vector<Value>& a) {
           const auto c = compile(argString(a, 0));
           return Value::string(replaceAll(*c, argString(a, 2), argString(a, 1)));
         });
  // regexMatch(re, s string)
  define(m, "regexMatch", {Param::String, Param::String}, [](CallContext&, std::vector<Value>& a) {
    const auto c = compile(argString(a, 0));
    return Value::boolean(!find(*c, prepare(argString(a, 1)), 0).empty());
  });
}

}  // namespace hc::tmpl::funcs
