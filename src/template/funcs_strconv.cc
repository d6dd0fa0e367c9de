// parseBool, parseFloat, parseInt, parseUint: Go's strconv parsers with their exact accepted
// syntax and NumError texts; "" parses as the zero value (consul-template's choice).
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>

#include "funcs_internal.h"

namespace hc::tmpl::funcs {

namespace {

[[noreturn]] void numError(const char* fn, const std::string& s, const char* what) {
  throw FuncError(std::string("strconv.") + fn + ": parsing " + quote(s) + ": " + what);
}

char lowerASCII(char c) {
  return static_cast<char>(c | 0x20);
}

// Length of the common prefix of s and (lower-case) prefix, ignoring ASCII case.
size_t commonPrefixLenIgnoreCase(const std::string& s, size_t from, const char* prefix) {
  size_t n = 0;
  while (prefix[n] && from + n < s.size() && lowerASCII(s[from + n]) == prefix[n]) ++n;
  return n;
}

// strconv's underscoreOK: underscores only between digits (a base prefix counts as a digit).
bool underscoreOK(const std::string& s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) i = 1;
  bool hex = false;
  if (s.size() >= i + 2 && s[i] == '0' &&
      (lowerASCII(s[i + 1]) == 'b' || lowerASCII(s[i + 1]) == 'o' || lowerASCII(s[i + 1]) == 'x')) {
    hex = lowerASCII(s[i + 1]) == 'x';
    i += 2;
    saw = '0';
  }
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && lowerASCII(c) >= 'a' && lowerASCII(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

// strconv's readFloat, reduced to what ParseFloat needs: whether s[0:n] is a well-formed Go
// float literal, and n.
bool readFloat(const std::string& s, size_t& n) {
  size_t i = 0;
  bool underscores = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  bool hex = false;
  if (i + 2 < s.size() && s[i] == '0' && lowerASCII(s[i + 1]) == 'x') {
    hex = true;
    i += 2;
  }
  bool sawdot = false, sawdigits = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '_') {
      underscores = true;
    } else if (c == '.') {
      if (sawdot) break;
      sawdot = true;
    } else if ((c >= '0' && c <= '9') || (hex && lowerASCII(c) >= 'a' && lowerASCII(c) <= 'f')) {
      sawdigits = true;
    } else {
      break;
    }
  }
  if (!sawdigits) return false;
  const char expChar = hex ? 'p' : 'e';
  if (i < s.size() && lowerASCII(s[i]) == expChar) {
    ++i;
    if (i >= s.size()) return false;
    if (s[i] == '+' || s[i] == '-') ++i;
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); ++i)
      if (s[i] == '_') underscores = true;
  } else if (hex) {
    return false;  // A hex mantissa needs a 'p' exponent.
  }
  if (underscores && !underscoreOK(s.substr(0, i))) return false;
  n = i;
  return true;
}

}  // namespace

uint64_t parseUint10(const std::string& s) {
  if (s.empty()) numError("ParseUint", s, "invalid syntax");
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') numError("ParseUint", s, "invalid syntax");
    const uint64_t d = static_cast<uint64_t>(c - '0');
    // Go stops at the first digit that overflows, before looking at the rest.
    if (v > (std::numeric_limits<uint64_t>::max() - d) / 10)
      numError("ParseUint", s, "value out of range");
    v = v * 10 + d;
  }
  return v;
}

namespace {

int64_t parseIntNamed(const std::string& s, const char* fn) {
  if (s.empty()) numError(fn, s, "invalid syntax");
  size_t i = 0;
  bool neg = false;
  if (s[0] == '+' || s[0] == '-') {
    neg = s[0] == '-';
    i = 1;
  }
  const std::string digits = s.substr(i);
  if (digits.empty()) numError(fn, s, "invalid syntax");
  uint64_t u = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') numError(fn, s, "invalid syntax");
    const uint64_t d = static_cast<uint64_t>(c - '0');
    if (u > (std::numeric_limits<uint64_t>::max() - d) / 10) numError(fn, s, "value out of range");
    u = u * 10 + d;
  }
  const uint64_t cutoff = uint64_t{1} << 63;
  if ((!neg && u >= cutoff) || (neg && u > cutoff)) numError(fn, s, "value out of range");
  return neg ? static_cast<int64_t>(0 - u) : static_cast<int64_t>(u);
}

}  // namespace

int64_t parseInt10(const std::string& s) {
  return parseIntNamed(s, "ParseInt");
}

int64_t atoi(const std::string& s) {
  return parseIntNamed(s, "Atoi");
}

double parseFloat64(const std::string& s) {
  // Infinity and NaN (case-insensitive; a sign only for infinity).
  {
    size_t i = 0;
    double sign = 1;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
      sign = s[0] == '-' ? -1 : 1;
      i = 1;
    }
    size_t n = commonPrefixLenIgnoreCase(s, i, "infinity");
    if (n > 3 && n < 8) n = 3;
    if ((n == 3 || n == 8) && i + n == s.size())
      return sign * std::numeric_limits<double>::infinity();
    if (i == 0 && s.size() == 3 && commonPrefixLenIgnoreCase(s, 0, "nan") == 3)
      return std::numeric_limits<double>::quiet_NaN();
    if (n == 3 || n == 8 || (i == 0 && commonPrefixLenIgnoreCase(s, 0, "nan") == 3))
      numError("ParseFloat", s, "invalid syntax");
  }
  size_t n = 0;
  if (!readFloat(s, n) || n != s.size()) numError("ParseFloat", s, "invalid syntax");
  std::string clean;
  clean.reserve(s.size());
  for (char c : s)
    if (c != '_') clean += c;
  errno = 0;
  char* end = nullptr;
  const double v = std::strtod(clean.c_str(), &end);
  if (std::isinf(v)) numError("ParseFloat", s, "value out of range");
  return v;
}

bool parseBool(const std::string& s) {
  if (s == "1" || s == "t" || s == "T" || s == "TRUE" || s == "true" || s == "True") return true;
  if (s == "0" || s == "f" || s == "F" || s == "FALSE" || s == "false" || s == "False")
    return false;
  numError("ParseBool", s, "invalid syntax");
}

namespace {

// consul-template wraps strconv's error with the function's name (pkg/errors.Wrap).
template <typename F>
auto wrapped(const char* name, F f) -> decltype(f()) {
  try {
    return f();
  } catch (const FuncError& e) {
    throw FuncError(std::string(name) + ": " + e.what());
  }
}

}  // namespace

void addStrconvFuncs(FuncMap& m) {
  define(m, "parseBool", {Param::String}, [](CallContext&, std::vector<Value>& a) {
    const std::string& s = argString(a, 0);
    if (s.empty()) return Value::boolean(false);
    return Value::boolean(wrapped("parseBool", [&] { return parseBool(s); }));
  });
  define(m, "parseFloat", {Param::String}, [](CallContext&, std::vector<Value>& a) {
    const std::string& s = argString(a, 0);
    if (s.empty()) return Value::floating(0);
    return Value::floating(wrapped("parseFloat", [&] { return parseFloat64(s); }));
  });
  define(m, "parseInt", {Param::String}, [](CallContext&, std::vector<Value>& a) {
    const std::string& s = argString(a, 0);
    if (s.empty()) return Value::integer(0, NumType::Int64);
    return Value::integer(wrapped("parseInt", [&] { return parseInt10(s); }), NumType::Int64);
  });
  define(m, "parseUint", {Param::String}, [](CallContext&, std::vector<Value>& a) {
    const std::string& s = argString(a, 0);
    if (s.empty()) return Value::uinteger(0, NumType::Uint64);
    return Value::uinteger(wrapped("parseUint", [&] { return parseUint10(s); }), NumType::Uint64);
  });
}

}  // namespace hc::tmpl::funcs
