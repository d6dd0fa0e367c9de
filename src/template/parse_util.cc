// UTF-8, quoting and unquoting exactly as Go's unicode/utf8, strconv and fmt do it.
#include "template/parse_util.h"

#include <cstddef>

namespace hc::tmpl::detail {

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";
constexpr char kUpperHex[] = "0123456789ABCDEF";

bool validRune(char32_t r) {
  return r <= kMaxRune && !(r >= 0xD800 && r <= 0xDFFF);
}

void appendHex(std::string& out, uint32_t v, int digits) {
  for (int s = (digits - 1) * 4; s >= 0; s -= 4) out += kLowerHex[(v >> s) & 0xF];
}

// strconv.appendEscapedRune with quote '"', not ASCII-only, not graphic-only.
void appendEscapedRune(std::string& out, char32_t r) {
  if (r == '"' || r == '\\') {
    out += '\\';
    out += static_cast<char>(r);
    return;
  }
  if (isPrintRune(r)) {
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
    appendHex(out, r, 2);
  } else if (!validRune(r) || r < 0x10000) {
    out += "\\u";
    appendHex(out, validRune(r) ? r : kRuneError, 4);
  } else {
    out += "\\U";
    appendHex(out, r, 8);
  }
}

int unhex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool validUTF8(std::string_view s) {
  while (!s.empty()) {
    DecodedRune d = decodeRune(s);
    if (d.rune == kRuneError && d.width == 1) return false;
    s.remove_prefix(d.width);
  }
  return true;
}

}  // namespace

DecodedRune decodeRune(std::string_view s) {
  if (s.empty()) return {kRuneError, 0};
  auto b0 = static_cast<unsigned char>(s[0]);
  if (b0 < 0x80) return {b0, 1};
  int size;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    size = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    size = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    size = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return {kRuneError, 1};
  }
  if (s.size() < static_cast<size_t>(size)) return {kRuneError, 1};
  auto b1 = static_cast<unsigned char>(s[1]);
  if (b1 < lo || b1 > hi) return {kRuneError, 1};
  if (size == 2) return {static_cast<char32_t>((b0 & 0x1F) << 6 | (b1 & 0x3F)), 2};
  auto b2 = static_cast<unsigned char>(s[2]);
  if (b2 < 0x80 || b2 > 0xBF) return {kRuneError, 1};
  if (size == 3) {
    return {static_cast<char32_t>((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)), 3};
  }
  auto b3 = static_cast<unsigned char>(s[3]);
  if (b3 < 0x80 || b3 > 0xBF) return {kRuneError, 1};
  return {
      static_cast<char32_t>((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F)),
      4};
}

DecodedRune decodeLastRune(std::string_view s) {
  size_t end = s.size();
  if (end == 0) return {kRuneError, 0};
  auto last = static_cast<unsigned char>(s[end - 1]);
  if (last < 0x80) return {last, 1};
  std::ptrdiff_t start = static_cast<std::ptrdiff_t>(end) - 1;
  std::ptrdiff_t lim = static_cast<std::ptrdiff_t>(end) - 4;
  if (lim < 0) lim = 0;
  for (start--; start >= lim; start--) {
    if ((static_cast<unsigned char>(s[start]) & 0xC0) != 0x80) break;
  }
  if (start < 0) start = 0;
  DecodedRune d = decodeRune(s.substr(start));
  if (static_cast<size_t>(start) + d.width != end) return {kRuneError, 1};
  return d;
}

void appendRune(std::string& out, char32_t r) {
  if (!validRune(r)) r = kRuneError;
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

std::string quoteGo(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  while (!s.empty()) {
    auto c = static_cast<unsigned char>(s[0]);
    if (c < 0x80) {
      appendEscapedRune(out, c);
      s.remove_prefix(1);
      continue;
    }
    DecodedRune d = decodeRune(s);
    if (d.width == 1 && d.rune == kRuneError) {
      out += "\\x";
      out += kLowerHex[c >> 4];
      out += kLowerHex[c & 0xF];
    } else {
      appendEscapedRune(out, d.rune);
    }
    s.remove_prefix(d.width);
  }
  out += '"';
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
  if (r <= kMaxRune && isPrintRune(r)) {
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
      if (!validRune(v)) return false;
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
      valid = validUTF8(body);
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
