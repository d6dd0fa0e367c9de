// strconv.FormatFloat: Go's float to decimal conversion.
//
// The decimal digits come from std::to_chars, which gives both the shortest round-trip digits
// (like Go's Ryu) and correctly rounded fixed precisions (ties to even, like Go's exact
// decimal rounding); the layout of those digits (exponent form, %g's choice between %e and %f,
// trailing zero rules) follows Go.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

#include "hc/template/format.h"
#include "template/format_internal.h"

namespace hc::tmpl {
namespace fmtimpl {
namespace {

/// A decimal number 0.d[0]d[1]...d[nd-1] * 10^dp with no leading or trailing zeros; zero has
/// no digits and dp = 0 (Go's decimalSlice).
struct Digits {
  std::string d;
  int dp = 0;
  int nd() const { return static_cast<int>(d.size()); }
};

/// Parses std::to_chars output ("1.2345e+06", "123.4500", "0.0012") of a non-negative value.
Digits parseDigits(const char* s, const char* end) {
  Digits out;
  int intDigits = 0;
  bool seenPoint = false;
  const char* p = s;
  for (; p < end && *p != 'e'; ++p) {
    if (*p == '.') {
      seenPoint = true;
      continue;
    }
    out.d.push_back(*p);
    if (!seenPoint) ++intDigits;
  }
  int exp = 0;
  if (p < end) {  // 'e' sign digits
    ++p;
    bool negExp = *p == '-';
    ++p;
    for (; p < end; ++p) exp = exp * 10 + (*p - '0');
    if (negExp) exp = -exp;
  }
  out.dp = intDigits + exp;
  size_t lead = 0;
  while (lead < out.d.size() && out.d[lead] == '0') ++lead;
  out.d.erase(0, lead);
  out.dp -= static_cast<int>(lead);
  while (!out.d.empty() && out.d.back() == '0') out.d.pop_back();
  if (out.d.empty()) out.dp = 0;
  return out;
}

/// Shortest digits that round-trip at the given bit size. Precondition: finite, v >= 0.
Digits shortestDigits(double v, int bitSize) {
  char buf[64];
  std::to_chars_result r =
      bitSize == 32 ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(v),
                                    std::chars_format::scientific)
                    : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  return parseDigits(buf, r.ptr);
}

/// `n` significant digits, correctly rounded. Precondition: finite, v >= 0, n >= 1.
Digits significantDigits(double v, int n) {
  std::string buf(static_cast<size_t>(n) + 32, '\0');
  auto r =
      std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::scientific, n - 1);
  return parseDigits(buf.data(), r.ptr);
}

/// Digits rounded to `prec` places after the decimal point. Precondition: finite, v >= 0.
Digits fixedDigits(double v, int prec) {
  std::string buf(static_cast<size_t>(prec) + 340, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, prec);
  return parseDigits(buf.data(), r.ptr);
}

// %e: d.dddde±dd
void fmtE(std::string& out, const Digits& d, int prec, char e) {
  out.push_back(d.nd() ? d.d[0] : '0');
  if (prec > 0) {
    out.push_back('.');
    int have = std::min(d.nd(), prec + 1);
    if (have > 1) out.append(d.d, 1, static_cast<size_t>(have - 1));
    out.append(static_cast<size_t>(prec + 1 - std::max(have, 1)), '0');
  }
  out.push_back(e);
  int exp = d.nd() ? d.dp - 1 : 0;
  out.push_back(exp < 0 ? '-' : '+');
  if (exp < 0) exp = -exp;
  if (exp >= 100) out.push_back(static_cast<char>('0' + exp / 100));
  out.push_back(static_cast<char>('0' + exp / 10 % 10));
  out.push_back(static_cast<char>('0' + exp % 10));
}

// %f: ddd.dddd
void fmtF(std::string& out, const Digits& d, int prec) {
  if (d.dp > 0) {
    int m = std::min(d.nd(), d.dp);
    out.append(d.d, 0, static_cast<size_t>(m));
    out.append(static_cast<size_t>(d.dp - m), '0');
  } else {
    out.push_back('0');
  }
  if (prec > 0) {
    out.push_back('.');
    for (int i = 0; i < prec; ++i) {
      int j = d.dp + i;
      out.push_back(j >= 0 && j < d.nd() ? d.d[static_cast<size_t>(j)] : '0');
    }
  }
}

void appendDecimal(std::string& out, uint64_t u) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, u);
  out.append(buf, r.ptr);
}

/// Mantissa (with implicit bit) and unbiased binary exponent as Go's genericFtoa computes them.
void decompose(double v, int bitSize, uint64_t& mant, int& exp, int& mantbits) {
  if (bitSize == 32) {
    float f = static_cast<float>(v);
    uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    mantbits = 23;
    int e = static_cast<int>((bits >> 23) & 0xFF);
    mant = bits & ((1u << 23) - 1);
    if (e == 0)
      ++e;
    else
      mant |= uint64_t{1} << 23;
    exp = e - 127;
  } else {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    mantbits = 52;
    int e = static_cast<int>((bits >> 52) & 0x7FF);
    mant = bits & ((uint64_t{1} << 52) - 1);
    if (e == 0)
      ++e;
    else
      mant |= uint64_t{1} << 52;
    exp = e - 1023;
  }
}

// %b: ddddp±ddd
void fmtB(std::string& out, uint64_t mant, int exp, int mantbits) {
  appendDecimal(out, mant);
  out.push_back('p');
  exp -= mantbits;
  if (exp >= 0) {
    out.push_back('+');
    appendDecimal(out, static_cast<uint64_t>(exp));
  } else {
    out.push_back('-');
    appendDecimal(out, static_cast<uint64_t>(-exp));
  }
}

// %x: 0x1.yyyyp±dd (hexadecimal mantissa, binary exponent).
void fmtX(std::string& out, int prec, char fmt, uint64_t mant, int exp, int mantbits) {
  if (mant == 0) exp = 0;
  const uint64_t top = uint64_t{1} << 60;
  mant <<= 60 - mantbits;
  while (mant != 0 && (mant & top) == 0) {
    mant <<= 1;
    --exp;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = static_cast<unsigned>(prec * 4);
    uint64_t extra = (mant << shift) & (top - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (top >> 1)) ++mant;
    mant <<= 60 - shift;
    if (mant & (top << 1)) {  // carried into a new leading digit
      mant >>= 1;
      ++exp;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  out.push_back('0');
  out.push_back(fmt);
  out.push_back(static_cast<char>('0' + ((mant >> 60) & 1)));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    out.push_back('.');
    for (; mant != 0; mant <<= 4) out.push_back(hex[(mant >> 60) & 15]);
  } else if (prec > 0) {
    out.push_back('.');
    for (int i = 0; i < prec; ++i, mant <<= 4) out.push_back(hex[(mant >> 60) & 15]);
  }
  out.push_back(fmt == 'X' ? 'P' : 'p');
  out.push_back(exp < 0 ? '-' : '+');
  if (exp < 0) exp = -exp;
  if (exp < 10) out.push_back('0');
  appendDecimal(out, static_cast<uint64_t>(exp));
}

}  // namespace

void appendFloat(std::string& out, double v, char fmt, int prec, int bitSize) {
  if (bitSize == 32) v = static_cast<float>(v);
  if (std::isnan(v)) {
    out += "NaN";
    return;
  }
  if (std::isinf(v)) {
    out += v < 0 ? "-Inf" : "+Inf";
    return;
  }
  if (std::signbit(v)) out.push_back('-');
  if (fmt == 'b' || fmt == 'x' || fmt == 'X') {
    uint64_t mant;
    int exp, mantbits;
    decompose(v, bitSize, mant, exp, mantbits);
    if (fmt == 'b')
      fmtB(out, mant, exp, mantbits);
    else
      fmtX(out, prec, fmt, mant, exp, mantbits);
    return;
  }
  v = std::fabs(v);
  bool shortest = prec < 0;
  Digits d;
  if (shortest) {
    d = shortestDigits(v, bitSize);
    switch (fmt) {
      case 'e':
      case 'E':
        prec = std::max(d.nd() - 1, 0);
        break;
      case 'f':
        prec = std::max(d.nd() - d.dp, 0);
        break;
      default:
        prec = d.nd();
        break;
    }
  } else if (fmt == 'f') {
    d = fixedDigits(v, prec);
  } else if (fmt == 'e' || fmt == 'E') {
    d = significantDigits(v, prec + 1);
  } else if (fmt == 'g' || fmt == 'G') {
    if (prec == 0) prec = 1;
    d = significantDigits(v, prec);
  }
  switch (fmt) {
    case 'e':
    case 'E':
      fmtE(out, d, prec, fmt);
      return;
    case 'f':
      fmtF(out, d, prec);
      return;
    case 'g':
    case 'G': {
      int eprec = prec;
      if (eprec > d.nd() && d.nd() >= d.dp) eprec = d.nd();
      // Shortest output decides between %e and %f as if the precision were 6.
      if (shortest) eprec = 6;
      int exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        fmtE(out, d, std::min(prec, d.nd()) - 1, fmt == 'g' ? 'e' : 'E');
        return;
      }
      if (prec > d.dp) prec = d.nd();
      fmtF(out, d, std::max(prec - d.dp, 0));
      return;
    }
    default:
      out.push_back('%');
      out.push_back(fmt);
  }
}

}  // namespace fmtimpl

std::string goFormatFloat(double f, char fmt, int prec, int bitSize) {
  std::string out;
  fmtimpl::appendFloat(out, f, fmt, prec, bitSize == 32 ? 32 : 64);
  return out;
}

}  // namespace hc::tmpl
