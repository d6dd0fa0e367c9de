// timestamp and Go's time.Time.Format for UTC times (consul-template formats now().UTC()).
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "funcs_internal.h"

namespace hc::tmpl {

namespace {

enum class Std {
  None,
  LongMonth,
  Month,
  NumMonth,
  ZeroMonth,
  LongWeekDay,
  WeekDay,
  Day,
  UnderDay,
  ZeroDay,
  UnderYearDay,
  ZeroYearDay,
  Hour,
  Hour12,
  ZeroHour12,
  Minute,
  ZeroMinute,
  Second,
  ZeroSecond,
  LongYear,
  Year,
  PM,
  pm,
  TZ,
  ISO8601TZ,
  ISO8601SecondsTZ,
  ISO8601ShortTZ,
  ISO8601ColonTZ,
  ISO8601ColonSecondsTZ,
  NumTZ,
  NumSecondsTz,
  NumShortTZ,
  NumColonTZ,
  NumColonSecondsTZ,
  FracSecond0,
  FracSecond9,
};

struct Chunk {
  std::string_view prefix;
  Std std = Std::None;
  std::string_view suffix;
  int fracDigits = 0;
  char fracSep = '.';
};

bool startsWithLower(std::string_view s) {
  return !s.empty() && s[0] >= 'a' && s[0] <= 'z';
}
bool startsWith(std::string_view s, size_t i, std::string_view p) {
  return s.substr(i, p.size()) == p;
}

// Go's nextStdChunk: the text before the first layout element, the element, and the rest.
Chunk nextChunk(std::string_view l) {
  auto at = [&](size_t i, Std std, size_t len) {
    return Chunk{l.substr(0, i), std, l.substr(i + len)};
  };
  for (size_t i = 0; i < l.size(); ++i) {
    switch (l[i]) {
      case 'J':
        if (startsWith(l, i, "Jan")) {
          if (startsWith(l, i, "January")) return at(i, Std::LongMonth, 7);
          if (!startsWithLower(l.substr(i + 3))) return at(i, Std::Month, 3);
        }
        break;
      case 'M':
        if (startsWith(l, i, "Mon")) {
          if (startsWith(l, i, "Monday")) return at(i, Std::LongWeekDay, 6);
          if (!startsWithLower(l.substr(i + 3))) return at(i, Std::WeekDay, 3);
        }
        if (startsWith(l, i, "MST")) return at(i, Std::TZ, 3);
        break;
      case '0':
        if (i + 1 < l.size() && l[i + 1] >= '1' && l[i + 1] <= '6') {
          static const Std std0x[] = {Std::ZeroMonth,  Std::ZeroDay,    Std::ZeroHour12,
                                      Std::ZeroMinute, Std::ZeroSecond, Std::Year};
          return at(i, std0x[l[i + 1] - '1'], 2);
        }
        if (startsWith(l, i, "002")) return at(i, Std::ZeroYearDay, 3);
        break;
      case '1':
        if (startsWith(l, i, "15")) return at(i, Std::Hour, 2);
        return at(i, Std::NumMonth, 1);
      case '2':
        if (startsWith(l, i, "2006")) return at(i, Std::LongYear, 4);
        return at(i, Std::Day, 1);
      case '_':
        if (i + 1 < l.size() && l[i + 1] == '2') {
          if (startsWith(l, i + 1, "2006"))
            return Chunk{l.substr(0, i + 1), Std::LongYear, l.substr(i + 5)};
          return at(i, Std::UnderDay, 2);
        }
        if (startsWith(l, i, "__2")) return at(i, Std::UnderYearDay, 3);
        break;
      case '3':
        return at(i, Std::Hour12, 1);
      case '4':
        return at(i, Std::Minute, 1);
      case '5':
        return at(i, Std::Second, 1);
      case 'P':
        if (startsWith(l, i, "PM")) return at(i, Std::PM, 2);
        break;
      case 'p':
        if (startsWith(l, i, "pm")) return at(i, Std::pm, 2);
        break;
      case '-':
        if (startsWith(l, i, "-070000")) return at(i, Std::NumSecondsTz, 7);
        if (startsWith(l, i, "-07:00:00")) return at(i, Std::NumColonSecondsTZ, 9);
        if (startsWith(l, i, "-0700")) return at(i, Std::NumTZ, 5);
        if (startsWith(l, i, "-07:00")) return at(i, Std::NumColonTZ, 6);
        if (startsWith(l, i, "-07")) return at(i, Std::NumShortTZ, 3);
        break;
      case 'Z':
        if (startsWith(l, i, "Z070000")) return at(i, Std::ISO8601SecondsTZ, 7);
        if (startsWith(l, i, "Z07:00:00")) return at(i, Std::ISO8601ColonSecondsTZ, 9);
        if (startsWith(l, i, "Z0700")) return at(i, Std::ISO8601TZ, 5);
        if (startsWith(l, i, "Z07:00")) return at(i, Std::ISO8601ColonTZ, 6);
        if (startsWith(l, i, "Z07")) return at(i, Std::ISO8601ShortTZ, 3);
        break;
      case '.':
      case ',':
        if (i + 1 < l.size() && (l[i + 1] == '0' || l[i + 1] == '9')) {
          const char ch = l[i + 1];
          size_t j = i + 1;
          while (j < l.size() && l[j] == ch) ++j;
          if (!(j < l.size() && l[j] >= '0' && l[j] <= '9')) {
            Chunk c{l.substr(0, i), ch == '0' ? Std::FracSecond0 : Std::FracSecond9, l.substr(j)};
            c.fracDigits = static_cast<int>(j - (i + 1));
            c.fracSep = l[i];
            return c;
          }
        }
        break;
      default:
        break;
    }
  }
  return Chunk{l, Std::None, {}};
}

// Go's appendInt: x zero-padded to `width` digits, '-' first when negative.
void appendInt(std::string& b, int64_t x, int width) {
  uint64_t u = static_cast<uint64_t>(x);
  if (x < 0) {
    b += '-';
    u = 0 - u;
  }
  std::string digits = std::to_string(u);
  if (static_cast<int>(digits.size()) < width)
    b.append(static_cast<size_t>(width) - digits.size(), '0');
  b += digits;
}

struct Civil {
  int64_t year;
  int month, day, yday, weekday, hour, minute, second;
  int64_t nanos;
};

// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days).
Civil civil(std::chrono::system_clock::time_point t) {
  using namespace std::chrono;
  const int64_t ns = duration_cast<nanoseconds>(t.time_since_epoch()).count();
  int64_t secs = ns / 1000000000;
  int64_t frac = ns % 1000000000;
  if (frac < 0) {
    frac += 1000000000;
    --secs;
  }
  int64_t days = secs / 86400;
  int64_t sod = secs % 86400;
  if (sod < 0) {
    sod += 86400;
    --days;
  }
  Civil c{};
  c.nanos = frac;
  c.hour = static_cast<int>(sod / 3600);
  c.minute = static_cast<int>(sod / 60 % 60);
  c.second = static_cast<int>(sod % 60);
  c.weekday = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday (4).
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = yoe + era * 400 + (c.month <= 2 ? 1 : 0);
  static const int cum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  const bool leap = (c.year % 4 == 0 && c.year % 100 != 0) || c.year % 400 == 0;
  c.yday = cum[c.month - 1] + c.day + (leap && c.month > 2 ? 1 : 0);
  return c;
}

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};
const char* const kDays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                             "Thursday", "Friday", "Saturday"};

}  // namespace

std::string formatGoTime(std::chrono::system_clock::time_point t, const std::string& layout) {
  const Civil c = civil(t);
  std::string b;
  std::string_view l = layout;
  while (!l.empty()) {
    const Chunk ch = nextChunk(l);
    b += ch.prefix;
    if (ch.std == Std::None) break;
    l = ch.suffix;
    const int hr12 = c.hour % 12 == 0 ? 12 : c.hour % 12;
    switch (ch.std) {
      case Std::None:
        break;
      case Std::Year:
        appendInt(b, (c.year < 0 ? -c.year : c.year) % 100, 2);
        break;
      case Std::LongYear:
        appendInt(b, c.year, 4);
        break;
      case Std::Month:
        b += std::string_view(kMonths[c.month - 1]).substr(0, 3);
        break;
      case Std::LongMonth:
        b += kMonths[c.month - 1];
        break;
      case Std::NumMonth:
        appendInt(b, c.month, 0);
        break;
      case Std::ZeroMonth:
        appendInt(b, c.month, 2);
        break;
      case Std::WeekDay:
        b += std::string_view(kDays[c.weekday]).substr(0, 3);
        break;
      case Std::LongWeekDay:
        b += kDays[c.weekday];
        break;
      case Std::Day:
        appendInt(b, c.day, 0);
        break;
      case Std::UnderDay:
        if (c.day < 10) b += ' ';
        appendInt(b, c.day, 0);
        break;
      case Std::ZeroDay:
        appendInt(b, c.day, 2);
        break;
      case Std::UnderYearDay:
        if (c.yday < 100) {
          b += ' ';
          if (c.yday < 10) b += ' ';
        }
        appendInt(b, c.yday, 0);
        break;
      case Std::ZeroYearDay:
        appendInt(b, c.yday, 3);
        break;
      case Std::Hour:
        appendInt(b, c.hour, 2);
        break;
      case Std::Hour12:
        appendInt(b, hr12, 0);
        break;
      case Std::ZeroHour12:
        appendInt(b, hr12, 2);
        break;
      case Std::Minute:
        appendInt(b, c.minute, 0);
        break;
      case Std::ZeroMinute:
        appendInt(b, c.minute, 2);
        break;
      case Std::Second:
        appendInt(b, c.second, 0);
        break;
      case Std::ZeroSecond:
        appendInt(b, c.second, 2);
        break;
      case Std::PM:
        b += c.hour >= 12 ? "PM" : "AM";
        break;
      case Std::pm:
        b += c.hour >= 12 ? "pm" : "am";
        break;
      case Std::TZ:
        b += "UTC";
        break;
      // The zone is UTC: ISO 8601 forms print Z, numeric forms a zero offset.
      case Std::ISO8601TZ:
      case Std::ISO8601SecondsTZ:
      case Std::ISO8601ShortTZ:
      case Std::ISO8601ColonTZ:
      case Std::ISO8601ColonSecondsTZ:
        b += 'Z';
        break;
      case Std::NumTZ:
        b += "+0000";
        break;
      case Std::NumSecondsTz:
        b += "+000000";
        break;
      case Std::NumShortTZ:
        b += "+00";
        break;
      case Std::NumColonTZ:
        b += "+00:00";
        break;
      case Std::NumColonSecondsTZ:
        b += "+00:00:00";
        break;
      case Std::FracSecond0:
      case Std::FracSecond9: {
        const bool trim = ch.std == Std::FracSecond9;
        if (trim && (ch.fracDigits == 0 || c.nanos == 0)) break;
        std::string digits;
        appendInt(digits, c.nanos, 9);
        if (ch.fracDigits < 9) digits.resize(static_cast<size_t>(ch.fracDigits));
        if (trim) {
          while (!digits.empty() && digits.back() == '0') digits.pop_back();
          if (digits.empty()) break;
        }
        b += ch.fracSep;
        b += digits;
        break;
      }
    }
  }
  return b;
}

namespace funcs {

void addTimeFuncs(FuncMap& m, const NowFn& now) {
  NowFn clock = now ? now : NowFn([] { return std::chrono::system_clock::now(); });
  // timestamp([layout string]): RFC 3339 by default, "unix" for Unix seconds.
  define(
      m, "timestamp", {},
      [clock](CallContext&, std::vector<Value>& a) {
        if (a.size() > 1)
          throw FuncError("timestamp: wrong number of arguments, expected 0 or 1, but got " +
                          std::to_string(a.size()));
        const auto t = clock();
        if (a.empty()) return Value::string(formatGoTime(t, "2006-01-02T15:04:05Z07:00"));
        const std::string& layout = argString(a, 0);
        if (layout == "unix") {
          const auto secs = std::chrono::floor<std::chrono::seconds>(t.time_since_epoch()).count();
          return Value::string(std::to_string(secs));
        }
        return Value::string(formatGoTime(t, layout));
      },
      true, Param::String);
}

}  // namespace funcs

}  // namespace hc::tmpl
