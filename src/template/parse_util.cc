// UTF-8, quoting and unquoting exactly as Go's unicode/utf8, strconv and fmt do it.
#include "template/parse_util.h"

#include <cstddef>

#include "template/format_internal.h"

namespace hc::tmpl::detail {

namespace {

constexpr char kUpperHex[] = "0123456789ABCDEF";

int unhex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string quoteGo(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  fmtimpl::appendQuoted(out, s, false);
  return out;
}

std::string quoteGoPrefix(std::string_view s, size_t runes) {
  size_t i = 0;
  for (size_t n = 0; i < s.size() && n < runes; n++) i += decodeRune(s.substr(i)).width;
  return quoteGo(s.substr(0, i));
}

std::string formatRuneU(char32_t r) {
  std::string out = "U+";
  char buf[8];
  int n = 0;
  uint32_t v = r;
  do {
    buf[n++] = kUpperHex[v & 0xF];
    v >>= 4;
  } while (v != 0);
  for (int i = n; i < 4; i++) out += '0';
  while (n > 0) out += buf[--n];
  if (r <= kMaxRune && unicode::isPrint(r)) {
    out += " '";
    appendRune(out, r);
    out += '\'';
  }
  return out;
}

bool unquoteChar(std::string_view s, char quote, char32_t& value, bool& multibyte,
                 std::string_view& tail) {
  multibyte = false;
  if (s.empty()) return false;
  auto c = static_cast<unsigned char>(s[0]);
  if (c == static_cast<unsigned char>(quote) && (quote == '\'' || quote == '"')) return false;
  if (c >= 0x80) {
    DecodedRune d = decodeRune(s);
    value = d.rune;
    multibyte = true;
    tail = s.substr(d.width);
    return true;
  }
  if (c != '\\') {
    value = c;
    tail = s.substr(1);
    return true;
  }
  if (s.size() <= 1) return false;
  char e = s[1];
  s.remove_prefix(2);
  switch (e) {
    case 'a':
      value = '\a';
      break;
    case 'b':
      value = '\b';
      break;
    case 'f':
      value = '\f';
      break;
    case 'n':
      value = '\n';
      break;
    case 'r':
      value = '\r';
      break;
    case 't':
      value = '\t';
      break;
    case 'v':
      value = '\v';
      break;
    case 'x':
    case 'u':
    case 'U': {
      size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (s.size() < n) return false;
      char32_t v = 0;
      for (size_t j = 0; j < n; j++) {
        int x = unhex(s[j]);
        if (x < 0) return false;
        v = v << 4 | static_cast<char32_t>(x);
      }
      s.remove_prefix(n);
      if (e == 'x') {
        value = v;
        break;
      }
      if (!unicode::validRune(v)) return false;
      value = v;
      multibyte = true;
      break;
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      char32_t v = static_cast<char32_t>(e - '0');
      if (s.size() < 2) return false;
      for (size_t j = 0; j < 2; j++) {
        int x = s[j] - '0';
        if (x < 0 || x > 7) return false;
        v = (v << 3) | static_cast<char32_t>(x);
      }
      s.remove_prefix(2);
      if (v > 255) return false;
      value = v;
      break;
    }
    case '\\':
      value = '\\';
      break;
    case '\'':
    case '"':
      if (e != quote) return false;
      value = static_cast<char32_t>(e);
      break;
    default:
      return false;
  }
  tail = s;
  return true;
}

bool unquote(std::string_view in, std::string& out) {
  out.clear();
  if (in.size() < 2) return false;
  char quote = in[0];
  size_t endq = in.find(quote, 1);
  if (endq == std::string_view::npos) return false;
  size_t end = endq + 1;  // Position after the terminating quote (may be wrong with escapes).
  if (quote == '`') {
    if (end != in.size()) return false;  // Unquote: trailing input is an error.
    std::string_view body = in.substr(1, end - 2);
    out.reserve(body.size());
    for (char c : body) {
      if (c != '\r') out += c;
    }
    return true;
  }
  if (quote != '"' && quote != '\'') return false;
  std::string_view head = in.substr(0, end);
  if (head.find('\\') == std::string_view::npos && head.find('\n') == std::string_view::npos) {
    std::string_view body = in.substr(1, end - 2);
    bool valid;
    if (quote == '"') {
      valid = unicode::validUTF8(body);
    } else {
      DecodedRune d = decodeRune(body);
      valid = 1 + static_cast<size_t>(d.width) + 1 == end && (d.rune != kRuneError || d.width != 1);
    }
    if (valid) {
      if (end != in.size()) return false;
      out.assign(body);
      return true;
    }
  }
  std::string_view rest = in.substr(1);
  while (!rest.empty() && rest[0] != quote) {
    char32_t r;
    bool multibyte;
    std::string_view tail;
    if (rest[0] == '\n' || !unquoteChar(rest, quote, r, multibyte, tail)) return false;
    rest = tail;
    if (r < 0x80 || !multibyte) {
      out += static_cast<char>(r);
    } else {
      appendRune(out, r);
    }
    if (quote == '\'') break;
  }
  if (rest.empty() || rest[0] != quote) return false;
  rest.remove_prefix(1);
  return rest.empty();
}

}  // namespace hc::tmpl::detail
