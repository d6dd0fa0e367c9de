// Go's fmt.fmt: padding, integers, strings, characters and floats with width, precision and
// flags.
#include <algorithm>
#include <string>

#include "template/format_internal.h"

namespace hc::tmpl::fmtimpl {
namespace {
constexpr char kLowerDigits[] = "0123456789abcdefx";
constexpr char kUpperDigits[] = "0123456789ABCDEFX";
}  // namespace

void Fmt::writePadding(int n) {
  if (n <= 0) return;
  buf_.append(static_cast<size_t>(n), f.zero ? '0' : ' ');
}

void Fmt::pad(std::string_view s) {
  if (!f.widPresent || wid == 0) {
    buf_.append(s);
    return;
  }
  int width = wid - static_cast<int>(runeCount(s));
  if (!f.minus) {
    writePadding(width);
    buf_.append(s);
  } else {
    buf_.append(s);
    writePadding(width);
  }
}

void Fmt::fmtUnicode(uint64_t u) {
  // Built right to left: "U+" hex digits (at least `prec`, default 4) and, for %#U, " 'c'".
  std::string tail;
  if (f.sharp && u <= kMaxRune && isPrint(static_cast<char32_t>(u))) {
    tail = " '";
    appendRune(tail, static_cast<char32_t>(u));
    tail.push_back('\'');
  }
  std::string hex;
  do {
    hex.push_back(kUpperDigits[u & 0xF]);
    u >>= 4;
  } while (u != 0);
  int minDigits = f.precPresent && prec > 4 ? prec : 4;
  if (static_cast<int>(hex.size()) < minDigits)
    hex.append(static_cast<size_t>(minDigits) - hex.size(), '0');
  std::string out = "U+";
  out.append(hex.rbegin(), hex.rend());
  out += tail;
  bool oldZero = f.zero;
  f.zero = false;
  pad(out);
  f.zero = oldZero;
}

void Fmt::fmtInteger(uint64_t u, int base, bool isSigned, char32_t verb, bool upper) {
  const char* digits = upper ? kUpperDigits : kLowerDigits;
  bool negative = isSigned && static_cast<int64_t>(u) < 0;
  if (negative) u = 0 - u;

  // Two ways to ask for leading zeros: %.3d or %03d; with both, the 0 flag is ignored.
  int minDigits = 0;
  if (f.precPresent) {
    minDigits = prec;
    if (prec == 0 && u == 0) {  // precision 0 and value 0 print only the padding
      bool oldZero = f.zero;
      f.zero = false;
      writePadding(wid);
      f.zero = oldZero;
      return;
    }
  } else if (f.zero && f.widPresent) {
    minDigits = wid;
    if (negative || f.plus || f.space) --minDigits;  // room for the sign
  }

  std::string rev;  // digits and prefixes, least significant first
  do {
    rev.push_back(digits[u % static_cast<unsigned>(base)]);
    u /= static_cast<unsigned>(base);
  } while (u != 0);
  if (static_cast<int>(rev.size()) < minDigits)
    rev.append(static_cast<size_t>(minDigits) - rev.size(), '0');

  if (f.sharp) {
    switch (base) {
      case 2:
        rev += "b0";
        break;
      case 8:
        if (rev.back() != '0') rev.push_back('0');
        break;
      case 16:
        rev.push_back(digits[16]);
        rev.push_back('0');
        break;
      default:
        break;
    }
  }
  if (verb == 'O') rev += "o0";
  if (negative)
    rev.push_back('-');
  else if (f.plus)
    rev.push_back('+');
  else if (f.space)
    rev.push_back(' ');

  std::reverse(rev.begin(), rev.end());
  bool oldZero = f.zero;
  f.zero = false;  // zero padding was done above as precision
  pad(rev);
  f.zero = oldZero;
}

std::string_view Fmt::truncate(std::string_view s) const {
  if (!f.precPresent) return s;
  int n = prec;
  for (size_t i = 0; i < s.size();) {
    if (--n < 0) return s.substr(0, i);
    i += static_cast<unsigned char>(s[i]) < 0x80
             ? 1
             : static_cast<size_t>(decodeRune(s.substr(i)).width);
  }
  return s;
}

void Fmt::fmtS(std::string_view s) {
  pad(truncate(s));
}

void Fmt::fmtSbx(std::string_view s, bool upper) {
  const char* digits = upper ? kUpperDigits : kLowerDigits;
  int length = static_cast<int>(s.size());
  if (f.precPresent && prec < length) length = prec;
  // Width of the encoding, with the # (0x prefix) and space (separate bytes) flags.
  int width = 2 * length;
  if (width <= 0) {
    if (f.widPresent) writePadding(wid);
    return;
  }
  if (f.space) {
    if (f.sharp) width *= 2;
    width += length - 1;
  } else if (f.sharp) {
    width += 2;
  }
  if (f.widPresent && wid > width && !f.minus) writePadding(wid - width);
  if (f.sharp) {
    buf_.push_back('0');
    buf_.push_back(digits[16]);
  }
  for (int i = 0; i < length; ++i) {
    if (f.space && i > 0) {
      buf_.push_back(' ');
      if (f.sharp) {
        buf_.push_back('0');
        buf_.push_back(digits[16]);
      }
    }
    auto c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
    buf_.push_back(digits[c >> 4]);
    buf_.push_back(digits[c & 0xF]);
  }
  if (f.widPresent && wid > width && f.minus) writePadding(wid - width);
}

void Fmt::fmtQ(std::string_view s) {
  s = truncate(s);
  std::string q;
  if (f.sharp && canBackquote(s)) {
    q.reserve(s.size() + 2);
    q.push_back('`');
    q.append(s);
    q.push_back('`');
  } else {
    appendQuoted(q, s, f.plus);
  }
  pad(q);
}

void Fmt::fmtC(uint64_t c) {
  std::string s;
  appendRune(s, c > kMaxRune ? kRuneError : static_cast<char32_t>(c));
  pad(s);
}

void Fmt::fmtQc(uint64_t c) {
  std::string s;
  appendQuotedRune(s, c > kMaxRune ? kRuneError : static_cast<char32_t>(c), f.plus);
  pad(s);
}

void Fmt::fmtFloat(double v, int size, char verb, int defaultPrec) {
  int p = f.precPresent ? prec : defaultPrec;
  // num[0] is the sign, always present ('+' when positive) until the end.
  std::string num = "+";
  appendFloat(num, v, verb, p, size);
  if (num[1] == '-' || num[1] == '+') num.erase(0, 1);
  // The space flag puts a space where a '+' would go, unless the + flag asks for the sign.
  if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
  // Infinities and NaN are never zero padded; NaN gets a sign only when asked for.
  if (num[1] == 'I' || num[1] == 'N') {
    bool oldZero = f.zero;
    f.zero = false;
    if (num[1] == 'N' && !f.space && !f.plus) num.erase(0, 1);
    pad(num);
    f.zero = oldZero;
    return;
  }
  // The # flag forces a decimal point and keeps trailing zeros (%g's are otherwise dropped).
  if (f.sharp && verb != 'b') {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = p == -1 ? 6 : p;
    std::string tail;  // exponent part, "e+06" or "p-01"
    bool hasDecimalPoint = false;
    bool sawNonzeroDigit = false;
    for (size_t i = 1; i < num.size(); ++i) {
      char c = num[i];
      if (c == '.') {
        hasDecimalPoint = true;
        continue;
      }
      if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.resize(i);
        break;
      }
      if (c != '0') sawNonzeroDigit = true;
      if (sawNonzeroDigit) --digits;  // significant digits after the first non-zero one
    }
    if (!hasDecimalPoint) {
      if (num.size() == 2 && num[1] == '0') --digits;  // a lone 0 counts once
      num.push_back('.');
    }
    if (digits > 0) num.append(static_cast<size_t>(digits), '0');
    num += tail;
  }
  if (f.plus || num[0] != '+') {
    // With zero padding the sign goes before the zeros.
    if (f.zero && f.widPresent && wid > static_cast<int>(num.size())) {
      buf_.push_back(num[0]);
      writePadding(wid - static_cast<int>(num.size()));
      buf_.append(num, 1, std::string::npos);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

}  // namespace hc::tmpl::fmtimpl
