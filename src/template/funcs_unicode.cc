// strings.ToUpper / ToLower and golang.org/x/text/cases title casing, as the string helpers need
// them byte for byte (invalid UTF-8 included); rune-level rules are in unicode.h.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "funcs_internal.h"

namespace hc::tmpl::funcs {

namespace {

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

TitleClass titleClass(char32_t r) {
  const auto* end = std::end(kTitleClasses);
  const auto* it = std::upper_bound(std::begin(kTitleClasses), end, r,
                                    [](char32_t v, const TitleClassRange& c) { return v < c.lo; });
  if (it == std::begin(kTitleClasses)) return kBreak;
  --it;
  return r <= it->hi ? it->cls : kBreak;
}

// strings.Map(mapping, s): invalid bytes become U+FFFD.
template <typename F>
std::string mapRunes(std::string_view s, F mapping) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    const DecodedRune d = decodeRune(s);
    appendRune(out, mapping(d.rune));
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
  return mapRunes(s, unicode::toUpper);
}

std::string goToLower(std::string_view s) {
  if (isASCII(s)) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
  }
  return mapRunes(s, unicode::toLower);
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
    const DecodedRune d = decodeRune(s);
    const bool invalid = d.rune == kRuneError && d.width == 1;
    const TitleClass cls = invalid ? kBreak : titleClass(d.rune);
    const bool isMid = cls == kMid;
    if (!first && prevMid && isMid) midWord = false;
    first = false;
    const std::string_view raw = s.substr(0, static_cast<size_t>(d.width));
    if (cls == kCased) {
      if (!midWord) {
        const auto* end = std::end(kTitleSpecials);
        const auto* sp = std::find_if(std::begin(kTitleSpecials), end,
                                      [&](const TitleSpecial& t) { return t.r == d.rune; });
        if (sp != end)
          out += sp->utf8;
        else
          appendRune(out, unicode::toUpper(d.rune));
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
