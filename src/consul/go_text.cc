#include "go_text.h"

namespace hc::consul::detail {

std::optional<int64_t> parseGoDuration(std::string_view s) {
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s == "0") return 0;
  if (s.empty()) return std::nullopt;
  long double total = 0;
  while (!s.empty()) {
    size_t i = 0;
    long double value = 0;
    bool digits = false;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      value = value * 10 + (s[i] - '0');
      digits = true;
      ++i;
    }
    if (i < s.size() && s[i] == '.') {
      ++i;
      long double scale = 0.1L;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        value += (s[i] - '0') * scale;
        scale /= 10;
        digits = true;
        ++i;
      }
    }
    if (!digits) return std::nullopt;
    size_t u = i;
    while (u < s.size() && s[u] != '.' && !(s[u] >= '0' && s[u] <= '9')) ++u;
    std::string_view unit = s.substr(i, u - i);
    long double mult;
    if (unit == "ns")
      mult = 1;
    else if (unit == "us" || unit == "\xC2\xB5s" || unit == "\xCE\xBCs")
      mult = 1e3L;
    else if (unit == "ms")
      mult = 1e6L;
    else if (unit == "s")
      mult = 1e9L;
    else if (unit == "m")
      mult = 60e9L;
    else if (unit == "h")
      mult = 3600e9L;
    else
      return std::nullopt;
    total += value * mult;
    if (total > 9223372036854775807.0L) return std::nullopt;
    s.remove_prefix(u);
  }
  auto ns = static_cast<int64_t>(total);
  return neg ? -ns : ns;
}

namespace {
// Go's fmtFrac: v / 10^prec with the fraction's trailing zeros dropped.
std::string fracString(uint64_t v, int prec) {
  std::string frac;
  bool nonzero = false;
  for (int i = 0; i < prec; ++i) {
    int digit = static_cast<int>(v % 10);
    nonzero = nonzero || digit != 0;
    if (nonzero) frac.insert(frac.begin(), static_cast<char>('0' + digit));
    v /= 10;
  }
  std::string out = std::to_string(v);
  if (!frac.empty()) out += "." + frac;
  return out;
}
}  // namespace

std::string formatGoDuration(int64_t ns) {
  if (ns == 0) return "0s";
  bool neg = ns < 0;
  uint64_t u = neg ? static_cast<uint64_t>(-(ns + 1)) + 1 : static_cast<uint64_t>(ns);
  std::string out;
  if (u < 1000000000ULL) {
    if (u < 1000ULL)
      out = std::to_string(u) + "ns";
    else if (u < 1000000ULL)
      out = fracString(u, 3) + "\xC2\xB5s";
    else
      out = fracString(u, 6) + "ms";
  } else {
    std::string secs = fracString(u % 60000000000ULL, 9) + "s";
    uint64_t minutes = u / 60000000000ULL;
    if (minutes > 0) {
      uint64_t hours = minutes / 60;
      secs = std::to_string(minutes % 60) + "m" + secs;
      if (hours > 0) secs = std::to_string(hours) + "h" + secs;
    }
    out = secs;
  }
  return neg ? "-" + out : out;
}

std::string lowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool equalFoldAscii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

}  // namespace hc::consul::detail
