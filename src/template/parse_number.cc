// Number constants: Go's strconv.ParseUint/ParseInt/ParseFloat (base 0, underscores), the
// complex scanning of fmt.Sscan, and parse/node.go newNumber on top of them.
#include <locale.h>

#include <clocale>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "hc/template/ast.h"
#include "template/parse_util.h"

namespace hc::tmpl::detail {

namespace {

char lower(char c) {
  return static_cast<char>(c | 0x20);
}
bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

// strconv.underscoreOK.
bool underscoreOK(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' &&
      (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); i++) {
    if (isDigit(s[i]) || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
      saw = '0';
      continue;
    }
    if (s[i] == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

// strconv.special: infinities and NaN; returns consumed length or 0.
size_t special(std::string_view s, double& f) {
  if (s.empty()) return 0;
  auto prefixLen = [](std::string_view a, std::string_view word) {
    size_t n = 0;
    while (n < a.size() && n < word.size() && lower(a[n]) == word[n]) n++;
    return n;
  };
  bool negative = false;
  size_t nsign = 0;
  switch (s[0]) {
    case '+':
    case '-':
      negative = s[0] == '-';
      nsign = 1;
      s.remove_prefix(1);
      [[fallthrough]];
    case 'i':
    case 'I': {
      size_t n = prefixLen(s, "infinity");
      if (n > 3 && n < 8) n = 3;  // "inf" or "infinity"
      if (n == 3 || n == 8) {
        f = negative ? -std::numeric_limits<double>::infinity()
                     : std::numeric_limits<double>::infinity();
        return nsign + n;
      }
      return 0;
    }
    case 'n':
    case 'N':
      if (prefixLen(s, "nan") == 3) {
        f = std::numeric_limits<double>::quiet_NaN();
        return 3;
      }
      return 0;
    default:
      return 0;
  }
}

// The syntax check of strconv.readFloat: returns the length of the well-formed prefix, or
// npos when it is malformed.
size_t readFloat(std::string_view s) {
  constexpr size_t bad = std::string_view::npos;
  size_t i = 0;
  bool underscores = false;
  if (i >= s.size()) return bad;
  if (s[i] == '+' || s[i] == '-') i++;
  bool hex = false;
  char expChar = 'e';
  if (i + 2 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x') {
    i += 2;
    hex = true;
    expChar = 'p';
  }
  bool sawdot = false, sawdigits = false;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawdot) break;
      sawdot = true;
      continue;
    }
    if (isDigit(c) || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      sawdigits = true;
      continue;
    }
    break;
  }
  if (!sawdigits) return bad;
  if (i < s.size() && lower(s[i]) == expChar) {
    i++;
    if (i >= s.size()) return bad;
    if (s[i] == '+' || s[i] == '-') i++;
    if (i >= s.size() || !isDigit(s[i])) return bad;
    for (; i < s.size() && (isDigit(s[i]) || s[i] == '_'); i++) {
      if (s[i] == '_') underscores = true;
    }
  } else if (hex) {
    return bad;  // A hex mantissa needs a 'p' exponent.
  }
  if (underscores && !underscoreOK(s.substr(0, i))) return bad;
  return i;
}

locale_t cLocale() {
  static locale_t loc = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
  return loc;
}

bool floatIsInt(double f, int64_t& out) {
  // Go (amd64): float64(int64(f)) == f; out-of-range conversions never compare equal.
  if (!(f >= -9223372036854775808.0 && f < 9223372036854775808.0)) return false;
  auto i = static_cast<int64_t>(f);
  if (static_cast<double>(i) != f) return false;
  out = i;
  return true;
}

bool floatIsUint(double f, uint64_t& out) {
  // Go (amd64): float64(uint64(f)) == f holds exactly for integral f in [0, 2^64) (and -0).
  if (!(f > -1.0 && f < 18446744073709551616.0)) return false;
  if (f < 0 && f != 0) return false;
  auto u = static_cast<uint64_t>(f);
  if (static_cast<double>(u) != f) return false;
  out = u;
  return true;
}

void simplifyComplex(NumberNode& n) {
  n.isFloat = n.complexImag == 0;
  if (n.isFloat) {
    n.floatValue = n.complexReal;
    n.isInt = floatIsInt(n.floatValue, n.intValue);
    n.isUint = floatIsUint(n.floatValue, n.uintValue);
  }
}

std::string numError(const char* fn, std::string_view num, NumErr e) {
  return std::string("strconv.") + fn + ": parsing " + quoteGo(num) + ": " +
         (e == NumErr::Range ? "value out of range" : "invalid syntax");
}

// fmt's ss.floatToken over `s` starting at `pos` (ASCII input).
std::string_view floatToken(std::string_view s, size_t& pos) {
  size_t start = pos;
  auto accept = [&](std::string_view set) {
    if (pos < s.size() && set.find(s[pos]) != std::string_view::npos) {
      pos++;
      return true;
    }
    return false;
  };
  if (accept("nN") && accept("aA") && accept("nN")) return s.substr(start, pos - start);
  accept("+-");
  if (accept("iI") && accept("nN") && accept("fF")) return s.substr(start, pos - start);
  std::string_view digits = "0123456789_";
  std::string_view exp = "eEpP";
  if (accept("0") && accept("xX")) {
    digits = "0123456789aAbBcCdDeEfF_";
    exp = "pP";
  }
  while (accept(digits)) {
  }
  if (accept(".")) {
    while (accept(digits)) {
    }
  }
  if (accept(exp)) {
    accept("+-");
    while (accept("0123456789_")) {
    }
  }
  return s.substr(start, pos - start);
}

// fmt's ss.convertFloat. Returns "" or the error text.
std::string convertFloat(std::string_view str, double& out) {
  size_t p = str.find('p');
  if (p != std::string_view::npos && str.find_first_of("xX") == std::string_view::npos) {
    double f;
    NumErr e = parseFloat(str.substr(0, p), f);
    if (e != NumErr::None) return numError("ParseFloat", str, e);
    std::string_view ms = str.substr(p + 1);
    // strconv.Atoi: optional sign, decimal digits only.
    size_t i = (!ms.empty() && (ms[0] == '+' || ms[0] == '-')) ? 1 : 0;
    bool ok = i < ms.size();
    uint64_t mag = 0;
    bool range = false;
    for (size_t j = i; ok && j < ms.size(); j++) {
      ok = isDigit(ms[j]);
      if (ok && !range) {
        mag = mag * 10 + static_cast<uint64_t>(ms[j] - '0');
        range = mag > (uint64_t{1} << 63);
      }
    }
    if (!ok) return numError("Atoi", str, NumErr::Syntax);
    bool neg = ms[0] == '-';
    if (range || (!neg && mag == (uint64_t{1} << 63))) return numError("Atoi", str, NumErr::Range);
    int64_t m = neg ? -static_cast<int64_t>(mag - 1) - 1 : static_cast<int64_t>(mag);
    int exp = m > 100000 ? 100000 : m < -100000 ? -100000 : static_cast<int>(m);
    out = std::ldexp(f, exp);
    return "";
  }
  NumErr e = parseFloat(str, out);
  if (e != NumErr::None) return numError("ParseFloat", str, e);
  return "";
}

// fmt.Sscan(text, &complex128).
std::string scanComplex(std::string_view s, double& re, double& im) {
  const std::string complexError = "syntax error scanning complex number";
  size_t pos = 0;
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\r' || s[pos] == '\n'))
    pos++;
  if (pos >= s.size()) return "unexpected EOF";
  bool parens = s[pos] == '(';
  if (parens) pos++;
  std::string_view real = floatToken(s, pos);
  if (pos >= s.size() || (s[pos] != '+' && s[pos] != '-')) return complexError;
  std::string imag(1, s[pos++]);
  imag += floatToken(s, pos);
  if (pos >= s.size() || s[pos] != 'i') return complexError;
  pos++;
  if (parens && (pos >= s.size() || s[pos] != ')')) return complexError;
  std::string err = convertFloat(real, re);
  if (err.empty()) err = convertFloat(imag, im);
  return err;
}

}  // namespace

NumErr parseUint(std::string_view s, uint64_t& out) {
  out = 0;
  if (s.empty()) return NumErr::Syntax;
  std::string_view s0 = s;
  unsigned base = 10;
  if (s[0] == '0') {
    if (s.size() >= 3 && lower(s[1]) == 'b') {
      base = 2;
      s.remove_prefix(2);
    } else if (s.size() >= 3 && lower(s[1]) == 'o') {
      base = 8;
      s.remove_prefix(2);
    } else if (s.size() >= 3 && lower(s[1]) == 'x') {
      base = 16;
      s.remove_prefix(2);
    } else {
      base = 8;
      s.remove_prefix(1);
    }
  }
  const uint64_t maxVal = std::numeric_limits<uint64_t>::max();
  const uint64_t cutoff = maxVal / base + 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    unsigned d;
    if (c == '_') {
      underscores = true;
      continue;
    } else if (isDigit(c)) {
      d = static_cast<unsigned>(c - '0');
    } else if (lower(c) >= 'a' && lower(c) <= 'z') {
      d = static_cast<unsigned>(lower(c) - 'a' + 10);
    } else {
      return NumErr::Syntax;
    }
    if (d >= base) return NumErr::Syntax;
    if (n >= cutoff) {
      out = maxVal;
      return NumErr::Range;
    }
    n *= base;
    uint64_t n1 = n + d;
    if (n1 < n) {
      out = maxVal;
      return NumErr::Range;
    }
    n = n1;
  }
  if (underscores && !underscoreOK(s0)) return NumErr::Syntax;
  out = n;
  return NumErr::None;
}

NumErr parseInt(std::string_view s, int64_t& out) {
  out = 0;
  if (s.empty()) return NumErr::Syntax;
  bool neg = false;
  if (s[0] == '+') {
    s.remove_prefix(1);
  } else if (s[0] == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  uint64_t un;
  NumErr e = parseUint(s, un);
  if (e == NumErr::Syntax) return e;
  const uint64_t cutoff = uint64_t{1} << 63;
  if (!neg && un >= cutoff) {
    out = std::numeric_limits<int64_t>::max();
    return NumErr::Range;
  }
  if (neg && un > cutoff) {
    out = std::numeric_limits<int64_t>::min();
    return NumErr::Range;
  }
  out = neg ? static_cast<int64_t>(0 - un) : static_cast<int64_t>(un);
  return NumErr::None;
}

NumErr parseFloat(std::string_view s, double& out) {
  out = 0;
  if (size_t n = special(s, out); n > 0) return n == s.size() ? NumErr::None : NumErr::Syntax;
  size_t n = readFloat(s);
  if (n == std::string_view::npos || n != s.size()) {
    out = 0;
    return NumErr::Syntax;
  }
  std::string clean;
  clean.reserve(s.size());
  for (char c : s) {
    if (c != '_') clean += c;
  }
  char* end = nullptr;
  double f = strtod_l(clean.c_str(), &end, cLocale());
  out = f;
  if (std::isinf(f)) return NumErr::Range;
  return NumErr::None;
}

std::string evalNumber(NumberNode& n, std::string_view text, NumberKind kind) {
  n.text.assign(text);
  if (kind == NumberKind::Char) {
    char32_t r;
    bool multibyte;
    std::string_view tail;
    if (text.empty() || !unquoteChar(text.substr(1), text[0], r, multibyte, tail)) {
      return "invalid syntax";
    }
    if (tail != "'") return "malformed character constant: " + std::string(text);
    n.intValue = r;
    n.isInt = true;
    n.uintValue = r;
    n.isUint = true;
    n.floatValue = r;
    n.isFloat = true;
    return "";
  }
  if (kind == NumberKind::Complex) {
    std::string err = scanComplex(text, n.complexReal, n.complexImag);
    if (!err.empty()) return err;
    n.isComplex = true;
    simplifyComplex(n);
    return "";
  }
  if (!text.empty() && text.back() == 'i') {
    double f;
    if (parseFloat(text.substr(0, text.size() - 1), f) == NumErr::None) {
      n.isComplex = true;
      n.complexReal = 0;
      n.complexImag = f;
      simplifyComplex(n);
      return "";
    }
  }
  uint64_t u;
  if (parseUint(text, u) == NumErr::None) {
    n.isUint = true;
    n.uintValue = u;
  }
  int64_t i;
  if (parseInt(text, i) == NumErr::None) {
    n.isInt = true;
    n.intValue = i;
    if (i == 0) {
      n.isUint = true;  // In case of -0.
      n.uintValue = u;
    }
  }
  if (n.isInt) {
    n.isFloat = true;
    n.floatValue = static_cast<double>(n.intValue);
  } else if (n.isUint) {
    n.isFloat = true;
    n.floatValue = static_cast<double>(n.uintValue);
  } else {
    double f;
    if (parseFloat(text, f) == NumErr::None) {
      if (text.find_first_of(".eEpP") == std::string_view::npos) {
        return "integer overflow: " + quoteGo(text);
      }
      n.isFloat = true;
      n.floatValue = f;
      if (!n.isInt) n.isInt = floatIsInt(f, n.intValue);
      if (!n.isUint) n.isUint = floatIsUint(f, n.uintValue);
    }
  }
  if (!n.isInt && !n.isUint && !n.isFloat) return "illegal number syntax: " + quoteGo(text);
  return "";
}

}  // namespace hc::tmpl::detail
