// Go's unicode/utf8, unicode case mapping and golang.org/x/text/cases title casing, as the string
// helpers need them byte for byte (invalid UTF-8 included).
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "funcs_internal.h"

namespace hc::tmpl::funcs {

namespace {

constexpr int32_t kAlternating = 0x110000;  // Go's UpperLower marker (MaxRune + 1).

struct CaseRange {
  char32_t lo, hi;
  int32_t upper, lower;
};

enum TitleClass : uint8_t { kBreak, kCased, kLetter, kMid };

struct TitleClassRange {
  char32_t lo, hi;
  TitleClass cls;
};

struct TitleSpecial {
  char32_t r;
  const char* utf8;
};

#include "funcs_unicode_tables.inc"

const CaseRange* findCase(char32_t r) {
  const auto* end = std::end(kCaseRanges);
  const auto* it = std::upper_bound(std::begin(kCaseRanges), end, r,
                                    [](char32_t v, const CaseRange& c) { return v < c.lo; });
  if (it == std::begin(kCaseRanges)) return nullptr;
  --it;
  return r <= it->hi ? it : nullptr;
}

TitleClass titleClass(char32_t r) {
  const auto* end = std::end(kTitleClasses);
  const auto* it = std::upper_bound(std::begin(kTitleClasses), end, r,
                                    [](char32_t v, const TitleClassRange& c) { return v < c.lo; });
  if (it == std::begin(kTitleClasses)) return kBreak;
  --it;
  return r <= it->hi ? it->cls : kBreak;
}

bool inRange(unsigned char c, unsigned char lo, unsigned char hi) {
  return c >= lo && c <= hi;
}

}  // namespace

Rune decodeRune(std::string_view s) {
  const auto c0 = static_cast<unsigned char>(s[0]);
  if (c0 < 0x80) return {c0, 1};
  const Rune bad{kRuneError, 1};
  int n;
  unsigned char lo = 0x80, hi = 0xBF;
  char32_t r;
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    n = 2;
    r = c0 & 0x1F;
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    n = 3;
    r = c0 & 0x0F;
    if (c0 == 0xE0) lo = 0xA0;
    if (c0 == 0xED) hi = 0x9F;
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    n = 4;
    r = c0 & 0x07;
    if (c0 == 0xF0) lo = 0x90;
    if (c0 == 0xF4) hi = 0x8F;
  } else {
    return bad;
  }
  if (s.size() < static_cast<size_t>(n)) return bad;
  for (int i = 1; i < n; ++i) {
    const auto c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
    if (i == 1 ? !inRange(c, lo, hi) : !inRange(c, 0x80, 0xBF)) return bad;
    r = (r << 6) | (c & 0x3F);
  }
  return {r, n};
}

Rune decodeLastRune(std::string_view s) {
  const size_t end = s.size();
  const auto last = static_cast<unsigned char>(s[end - 1]);
  if (last < 0x80) return {last, 1};
  const size_t lim = end >= 4 ? end - 4 : 0;
  size_t start = end - 1;
  while (start > lim && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  const Rune d = decodeRune(s.substr(start));
  if (start + static_cast<size_t>(d.width) != end) return {kRuneError, 1};
  return d;
}

void appendRune(std::string& out, char32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

bool validUTF8(std::string_view s) {
  while (!s.empty()) {
    const Rune d = decodeRune(s);
    if (d.r == kRuneError && d.width == 1) return false;
    s.remove_prefix(static_cast<size_t>(d.width));
  }
  return true;
}

bool isSpace(char32_t r) {
  if (r <= 0xFF) {
    return r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == ' ' || r == 0x85 ||
           r == 0xA0;
  }
  // Unicode White_Space outside Latin-1 (category Z plus nothing else in Go's table).
  return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F ||
         r == 0x205F || r == 0x3000;
}

char32_t toUpperRune(char32_t r) {
  if (r < 0x80) return (r >= 'a' && r <= 'z') ? r - 32 : r;
  const CaseRange* c = findCase(r);
  if (!c) return r;
  if (c->upper == kAlternating) return c->lo + ((r - c->lo) & ~char32_t{1});
  return static_cast<char32_t>(static_cast<int32_t>(r) + c->upper);
}

char32_t toLowerRune(char32_t r) {
  if (r < 0x80) return (r >= 'A' && r <= 'Z') ? r + 32 : r;
  const CaseRange* c = findCase(r);
  if (!c) return r;
  if (c->lower == kAlternating) return c->lo + ((r - c->lo) | 1);
  return static_cast<char32_t>(static_cast<int32_t>(r) + c->lower);
}

namespace {

// strings.Map(mapping, s): invalid bytes become U+FFFD.
template <typename F>
std::string mapRunes(std::string_view s, F mapping) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    const Rune d = decodeRune(s);
    appendRune(out, mapping(d.r));
    s.remove_prefix(static_cast<size_t>(d.width));
  }
  return out;
}

bool isASCII(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

std::string goToUpper(std::string_view s) {
  if (isASCII(s)) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return out;
  }
  return mapRunes(s, toUpperRune);
}

std::string goToLower(std::string_view s) {
  if (isASCII(s)) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
  }
  return mapRunes(s, toLowerRune);
}

// x/text's titleCaser.Transform with NoLower: the first cased rune of a word is title-cased,
// the rest copied. A word ends at a break rune, or at two consecutive "mid" runes (MidLetter,
// MidNumLet, Single_Quote). Invalid bytes are copied and break words.
std::string goTitle(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool midWord = false;
  bool prevMid = false;
  bool first = true;
  while (!s.empty()) {
    const Rune d = decodeRune(s);
    const bool invalid = d.r == kRuneError && d.width == 1;
    const TitleClass cls = invalid ? kBreak : titleClass(d.r);
    const bool isMid = cls == kMid;
    if (!first && prevMid && isMid) midWord = false;
    first = false;
    const std::string_view raw = s.substr(0, static_cast<size_t>(d.width));
    if (cls == kCased) {
      if (!midWord) {
        const auto* end = std::end(kTitleSpecials);
        const auto* sp = std::find_if(std::begin(kTitleSpecials), end,
                                      [&](const TitleSpecial& t) { return t.r == d.r; });
        if (sp != end)
          out += sp->utf8;
        else
          appendRune(out, toUpperRune(d.r));
        midWord = true;
      } else {
        out += raw;
      }
    } else {
      out += raw;
      if (cls == kBreak) midWord = false;
    }
    prevMid = isMid;
    s.remove_prefix(static_cast<size_t>(d.width));
  }
  return out;
}

}  // namespace hc::tmpl::funcs
