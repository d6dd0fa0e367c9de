// strconv quoting as Go does it (Quote, QuoteToASCII, QuoteRune, CanBackquote), over the shared
// UTF-8 and strconv.IsPrint of unicode.h.
#include <string>

#include "template/format_internal.h"

namespace hc::tmpl::fmtimpl {
namespace {

constexpr char kLowerHex[] = "0123456789abcdef";

void appendEscapedRune(std::string& out, char32_t r, char quote, bool asciiOnly) {
  if (r == static_cast<char32_t>(quote) || r == '\\') {
    out.push_back('\\');
    out.push_back(static_cast<char>(r));
    return;
  }
  if (asciiOnly ? (r < 0x80 && isPrint(r)) : isPrint(r)) {
    appendRune(out, r);
    return;
  }
  switch (r) {
    case '\a':
      out += "\\a";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\v':
      out += "\\v";
      return;
    default:
      break;
  }
  if (r < ' ' || r == 0x7F) {
    out += "\\x";
    out.push_back(kLowerHex[(r >> 4) & 0xF]);
    out.push_back(kLowerHex[r & 0xF]);
    return;
  }
  if (r > kMaxRune || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
  int digits = r < 0x10000 ? 4 : 8;
  out += r < 0x10000 ? "\\u" : "\\U";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
    out.push_back(kLowerHex[(r >> shift) & 0xF]);
}

}  // namespace

void appendQuoted(std::string& out, std::string_view s, bool asciiOnly) {
  out.push_back('"');
  while (!s.empty()) {
    DecodedRune d = decodeRune(s);
    if (d.width == 1 && d.rune == kRuneError) {
      auto b = static_cast<unsigned char>(s[0]);
      out += "\\x";
      out.push_back(kLowerHex[b >> 4]);
      out.push_back(kLowerHex[b & 0xF]);
    } else {
      appendEscapedRune(out, d.rune, '"', asciiOnly);
    }
    s.remove_prefix(static_cast<size_t>(d.width));
  }
  out.push_back('"');
}

void appendQuotedRune(std::string& out, char32_t r, bool asciiOnly) {
  if (r > kMaxRune || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
  out.push_back('\'');
  appendEscapedRune(out, r, '\'', asciiOnly);
  out.push_back('\'');
}

bool canBackquote(std::string_view s) {
  while (!s.empty()) {
    DecodedRune d = decodeRune(s);
    s.remove_prefix(static_cast<size_t>(d.width));
    if (d.width > 1) {
      if (d.rune == 0xFEFF) return false;  // BOMs are invisible
      continue;
    }
    if (d.rune == kRuneError) return false;
    if ((d.rune < ' ' && d.rune != '\t') || d.rune == '`' || d.rune == 0x7F) return false;
  }
  return true;
}

}  // namespace hc::tmpl::fmtimpl
