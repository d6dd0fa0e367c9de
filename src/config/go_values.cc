#include "hc/config/go_values.h"

#include <algorithm>
#include <cctype>
#include <csignal>
#include <limits>
#include <map>
#include <stdexcept>

#include "hc/template/format.h"

namespace hc::config {
namespace {

using tmpl::goQuote;

// time's own quote(): bytes outside printable ASCII become \xHH, " and \ are escaped.
std::string timeQuote(std::string_view s) {
  static const char* hex = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c >= 0x80 || c < ' ') {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 0xF];
    } else {
      if (c == '"' || c == '\\') out += '\\';
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

[[noreturn]] void badDuration(std::string_view orig) {
  throw std::invalid_argument("time: invalid duration " + timeQuote(orig));
}

const std::map<std::string, int>& signalTable() {
  static const std::map<std::string, int> table = {
      {"SIGNULL", 0},       {"SIGABRT", SIGABRT},   {"SIGALRM", SIGALRM}, {"SIGBUS", SIGBUS},
      {"SIGCONT", SIGCONT}, {"SIGFPE", SIGFPE},     {"SIGHUP", SIGHUP},   {"SIGILL", SIGILL},
      {"SIGINT", SIGINT},   {"SIGIO", SIGIO},       {"SIGIOT", SIGIOT},   {"SIGKILL", SIGKILL},
      {"SIGPIPE", SIGPIPE}, {"SIGPROF", SIGPROF},   {"SIGQUIT", SIGQUIT}, {"SIGSEGV", SIGSEGV},
      {"SIGSTOP", SIGSTOP}, {"SIGSYS", SIGSYS},     {"SIGTERM", SIGTERM}, {"SIGTRAP", SIGTRAP},
      {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN},   {"SIGTTOU", SIGTTOU}, {"SIGUSR1", SIGUSR1},
      {"SIGUSR2", SIGUSR2}, {"SIGWINCH", SIGWINCH}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ},
  };
  return table;
}

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

enum class UintResult { Ok, Syntax, Range };

// strconv.ParseUint's core (without underscores, which Go allows only with base prefixes and
// which no HCL number or flag here produces).
UintResult parseUintCore(std::string_view s, int base, int bits, uint64_t& out) {
  if (s.empty()) return UintResult::Syntax;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && (s[1] == 'o' || s[1] == 'O')) {
        base = 8;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && (s[1] == 'b' || s[1] == 'B')) {
        base = 2;
        s.remove_prefix(2);
      } else {
        base = 8;
        s.remove_prefix(1);
        if (s.empty()) {
          out = 0;
          return UintResult::Ok;
        }
      }
    }
  }
  uint64_t maxVal = bits >= 64 ? std::numeric_limits<uint64_t>::max() : (uint64_t{1} << bits) - 1;
  uint64_t n = 0;
  bool overflow = false;
  for (char c : s) {
    int d = digitValue(c);
    if (d >= base) return UintResult::Syntax;
    if (overflow) continue;
    if (n > (maxVal - static_cast<uint64_t>(d)) / static_cast<uint64_t>(base)) {
      overflow = true;
      continue;
    }
    n = n * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
  }
  if (overflow) return UintResult::Range;
  out = n;
  return UintResult::Ok;
}

}  // namespace

std::optional<bool> parseGoBool(std::string_view s) {
  if (s == "1" || s == "t" || s == "T" || s == "TRUE" || s == "true" || s == "True") return true;
  if (s == "0" || s == "f" || s == "F" || s == "FALSE" || s == "false" || s == "False")
    return false;
  return std::nullopt;
}

bool parseGoBoolOrThrow(std::string_view s) {
  std::optional<bool> b = parseGoBool(s);
  if (!b)
    throw std::invalid_argument("strconv.ParseBool: parsing " + goQuote(s) + ": invalid syntax");
  return *b;
}

uint64_t parseGoUint(std::string_view s, int base, int bits) {
  uint64_t out = 0;
  switch (parseUintCore(s, base, bits, out)) {
    case UintResult::Ok:
      return out;
    case UintResult::Syntax:
      throw std::invalid_argument("strconv.ParseUint: parsing " + goQuote(s) + ": invalid syntax");
    case UintResult::Range:
      break;
  }
  throw std::invalid_argument("strconv.ParseUint: parsing " + goQuote(s) + ": value out of range");
}

int64_t parseGoInt(std::string_view s, int base, int bits) {
  std::string_view digits = s;
  bool neg = false;
  if (!digits.empty() && (digits[0] == '+' || digits[0] == '-')) {
    neg = digits[0] == '-';
    digits.remove_prefix(1);
  }
  uint64_t u = 0;
  UintResult r = parseUintCore(digits, base, 64, u);
  uint64_t cutoff = uint64_t{1} << (bits - 1);
  if (r == UintResult::Syntax)
    throw std::invalid_argument("strconv.ParseInt: parsing " + goQuote(s) + ": invalid syntax");
  if (r == UintResult::Range || (!neg && u >= cutoff) || (neg && u > cutoff))
    throw std::invalid_argument("strconv.ParseInt: parsing " + goQuote(s) + ": value out of range");
  return neg ? static_cast<int64_t>(0 - u) : static_cast<int64_t>(u);
}

int64_t parseGoDuration(std::string_view orig) {
  // Go's time.ParseDuration: [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+
  static const std::map<std::string_view, uint64_t> units = {
      {"ns", 1},
      {"us", 1000},
      {"\xC2\xB5s", 1000},  // U+00B5 micro sign
      {"\xCE\xBCs", 1000},  // U+03BC Greek mu
      {"ms", 1000000},
      {"s", 1000000000},
      {"m", 60ull * 1000000000},
      {"h", 3600ull * 1000000000},
  };
  constexpr uint64_t kLimit = uint64_t{1} << 63;
  std::string_view s = orig;
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s == "0") return 0;
  if (s.empty()) badDuration(orig);
  uint64_t total = 0;
  while (!s.empty()) {
    if (!(s[0] == '.' || (s[0] >= '0' && s[0] <= '9'))) badDuration(orig);
    uint64_t v = 0;
    size_t i = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
      if (v > kLimit / 10) badDuration(orig);
      v = v * 10 + static_cast<uint64_t>(s[i] - '0');
      if (v > kLimit) badDuration(orig);
    }
    bool pre = i > 0;
    s.remove_prefix(i);
    uint64_t frac = 0;
    double scale = 1;
    bool post = false;
    if (!s.empty() && s[0] == '.') {
      s.remove_prefix(1);
      size_t j = 0;
      bool overflow = false;
      for (; j < s.size() && s[j] >= '0' && s[j] <= '9'; ++j) {
        if (overflow) continue;
        if (frac > (std::numeric_limits<int64_t>::max() - 9) / 10) {
          overflow = true;
          continue;
        }
        frac = frac * 10 + static_cast<uint64_t>(s[j] - '0');
        scale *= 10;
      }
      post = j > 0;
      s.remove_prefix(j);
    }
    if (!pre && !post) badDuration(orig);
    size_t u = 0;
    while (u < s.size() && s[u] != '.' && !(s[u] >= '0' && s[u] <= '9')) ++u;
    if (u == 0) throw std::invalid_argument("time: missing unit in duration " + timeQuote(orig));
    std::string_view unitName = s.substr(0, u);
    s.remove_prefix(u);
    auto it = units.find(unitName);
    if (it == units.end())
      throw std::invalid_argument("time: unknown unit " + timeQuote(unitName) + " in duration " +
                                  timeQuote(orig));
    uint64_t unit = it->second;
    if (v > kLimit / unit) badDuration(orig);
    v *= unit;
    if (frac > 0) {
      v += static_cast<uint64_t>(static_cast<double>(frac) * (static_cast<double>(unit) / scale));
      if (v > kLimit) badDuration(orig);
    }
    total += v;
    if (total > kLimit) badDuration(orig);
  }
  if (neg)
    return total == kLimit ? std::numeric_limits<int64_t>::min() : -static_cast<int64_t>(total);
  if (total > kLimit - 1) badDuration(orig);
  return static_cast<int64_t>(total);
}

std::chrono::milliseconds parseGoDurationMillis(std::string_view s) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::nanoseconds(parseGoDuration(s)));
}

std::string formatGoDuration(std::chrono::milliseconds d) {
  int64_t ms = d.count();
  if (ms == 0) return "0s";
  std::string sign = ms < 0 ? "-" : "";
  uint64_t u = ms < 0 ? 0 - static_cast<uint64_t>(ms) : static_cast<uint64_t>(ms);
  if (u < 1000) return sign + std::to_string(u) + "ms";
  uint64_t h = u / 3600000, m = (u / 60000) % 60, sec = (u / 1000) % 60, frac = u % 1000;
  std::string secs = std::to_string(sec);
  if (frac != 0) {
    std::string f = std::to_string(frac);
    f = std::string(3 - f.size(), '0') + f;
    while (f.back() == '0') f.pop_back();
    secs += "." + f;
  }
  std::string out = sign;
  if (h > 0) out += std::to_string(h) + "h";
  if (h > 0 || m > 0) out += std::to_string(m) + "m";
  return out + secs + "s";
}

const std::vector<std::string>& validSignalNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const auto& [name, number] : signalTable()) v.push_back(name);
    std::sort(v.begin(), v.end());
    return v;
  }();
  return names;
}

int parseSignalName(std::string_view s) {
  std::string upper(s);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto it = signalTable().find(upper);
  if (it != signalTable().end()) return it->second;
  std::string list;
  for (const std::string& name : validSignalNames()) {
    if (!list.empty()) list += ' ';
    list += goQuote(name);
  }
  throw std::invalid_argument("invalid signal " + goQuote(s) + " - valid signals are [" + list +
                              "]");
}

std::string signalName(int signal) {
  // SIGIOT is SIGABRT's alias on Linux: name the common one.
  if (signal == SIGABRT) return "SIGABRT";
  for (const auto& [name, number] : signalTable())
    if (number == signal) return name;
  return "";
}

}  // namespace hc::config
