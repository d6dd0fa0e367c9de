// Go's fmt.Sprintf format parsing: flags, width, precision, explicit argument indexes, verbs
// and the error forms (%!d(MISSING), %!(EXTRA ...), %!(BADWIDTH) ...).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "template/format_printer.h"

namespace hc::tmpl::fmtimpl {
namespace {

constexpr int kMaxWidth = 1000000;  // larger widths and precisions are rejected, as in Go

bool tooLarge(int64_t x) {
  return x > kMaxWidth || x < -kMaxWidth;
}

/// Go's parsenum: a decimal number at s[start:end] (stops at the first non-digit).
struct Num {
  int num = 0;
  bool isNum = false;
  size_t next;
};

Num parseNum(std::string_view s, size_t start, size_t end) {
  Num n;
  n.next = start;
  if (start >= end) {
    n.next = end;
    return n;
  }
  for (; n.next < end && s[n.next] >= '0' && s[n.next] <= '9'; ++n.next) {
    if (tooLarge(n.num)) return Num{0, false, end};  // overflow: most likely a crazy number
    n.num = n.num * 10 + (s[n.next] - '0');
    n.isNum = true;
  }
  return n;
}

/// Go's intFromArg: an integer operand for `*` width or precision.
bool intFromArg(const std::vector<Value>& args, size_t& argNum, int& out) {
  out = 0;
  if (argNum >= args.size()) return false;
  const Value& a = args[argNum++];
  bool isInt = false;
  int64_t n = 0;
  if (a.kind() == Kind::Int) {
    n = a.asInt();
    isInt = true;
  } else if (a.kind() == Kind::Uint && a.asUint() <= static_cast<uint64_t>(INT64_MAX)) {
    n = static_cast<int64_t>(a.asUint());
    isInt = true;
  }
  if (!isInt || tooLarge(n)) return false;
  out = static_cast<int>(n);
  return true;
}

}  // namespace

void Printer::doPrintf(std::string_view format, const std::vector<Value>& args) {
  const size_t end = format.size();
  const size_t numArgs = args.size();
  size_t argNum = 0;
  bool afterIndex = false;  // the previous item was an index like [3]
  bool reordered = false;
  bool goodArgNum = true;

  // Go's argNumber: an explicit [n] index at format[i].
  auto argNumber = [&](size_t i, bool& found) {
    found = false;
    if (i >= end || format[i] != '[') return i;
    reordered = true;
    // Find the closing bracket; there must be at least "[n]".
    size_t close = i + 1;
    while (close < end && format[close] != ']') ++close;
    if (end - i < 3 || close >= end) {
      goodArgNum = false;
      return i + 1;
    }
    Num n = parseNum(format, i + 1, close);
    if (!n.isNum || n.next != close) {
      goodArgNum = false;
      return close + 1;
    }
    found = true;
    int index = n.num - 1;
    if (index >= 0 && static_cast<size_t>(index) < numArgs)
      argNum = static_cast<size_t>(index);
    else
      goodArgNum = false;
    return close + 1;
  };

  for (size_t i = 0; i < end;) {
    goodArgNum = true;
    size_t lasti = i;
    while (i < end && format[i] != '%') ++i;
    if (i > lasti) buf_.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    ++i;  // skip '%'

    fmt_.clearFlags();
    for (bool flags = true; flags && i < end; ++i) {
      switch (format[i]) {
        case '#':
          fmt_.f.sharp = true;
          break;
        case '0':
          fmt_.f.zero = !fmt_.f.minus;
          break;  // zero padding only to the left
        case '+':
          fmt_.f.plus = true;
          break;
        case '-':
          fmt_.f.minus = true;
          fmt_.f.zero = false;
          break;
        case ' ':
          fmt_.f.space = true;
          break;
        default:
          flags = false;
          --i;
      }
    }

    i = argNumber(i, afterIndex);

    // Width.
    if (i < end && format[i] == '*') {
      ++i;
      fmt_.f.widPresent = intFromArg(args, argNum, fmt_.wid);
      if (!fmt_.f.widPresent) buf_ += "%!(BADWIDTH)";
      if (fmt_.wid < 0) {  // a negative width means left alignment
        fmt_.wid = -fmt_.wid;
        fmt_.f.minus = true;
        fmt_.f.zero = false;
      }
      afterIndex = false;
    } else {
      Num n = parseNum(format, i, end);
      fmt_.wid = n.num;
      fmt_.f.widPresent = n.isNum;
      i = n.next;
      if (afterIndex && fmt_.f.widPresent) goodArgNum = false;  // "%[3]2d"
    }

    // Precision.
    if (i + 1 < end && format[i] == '.') {
      ++i;
      if (afterIndex) goodArgNum = false;  // "%[3].2d"
      i = argNumber(i, afterIndex);
      if (i < end && format[i] == '*') {
        ++i;
        fmt_.f.precPresent = intFromArg(args, argNum, fmt_.prec);
        if (fmt_.prec < 0) {  // negative precisions make no sense
          fmt_.prec = 0;
          fmt_.f.precPresent = false;
        }
        if (!fmt_.f.precPresent) buf_ += "%!(BADPREC)";
        afterIndex = false;
      } else {
        Num n = parseNum(format, i, end);
        fmt_.prec = n.num;
        fmt_.f.precPresent = true;  // "%.d" is precision 0
        i = n.next;
      }
    }

    if (!afterIndex) i = argNumber(i, afterIndex);

    if (i >= end) {
      buf_ += "%!(NOVERB)";
      break;
    }

    char32_t verb = static_cast<unsigned char>(format[i]);
    size_t size = 1;
    if (verb >= 0x80) {
      DecodedRune d = decodeRune(format.substr(i));
      verb = d.rune;
      size = static_cast<size_t>(d.width);
    }
    i += size;

    if (verb == '%') {  // does not take an operand and ignores width and precision
      buf_.push_back('%');
    } else if (!goodArgNum) {
      writeMarker(verb, "(BADINDEX)");
    } else if (argNum >= numArgs) {
      writeMarker(verb, "(MISSING)");
    } else {
      if (verb == 'v') {
        // %#v is Go syntax and %+v adds struct field names; neither is a plain flag then.
        fmt_.f.sharpV = fmt_.f.sharp;
        fmt_.f.sharp = false;
        fmt_.f.plusV = fmt_.f.plus;
        fmt_.f.plus = false;
      }
      printArg(args[argNum], verb);
      ++argNum;
    }
  }

  // Extra operands, unless they were accessed out of order.
  if (!reordered && argNum < numArgs) {
    fmt_.clearFlags();
    buf_ += "%!(EXTRA ";
    for (size_t k = argNum; k < numArgs; ++k) {
      if (k > argNum) buf_ += ", ";
      if (isNilInterface(args[k])) {
        buf_ += "<nil>";
      } else {
        buf_ += args[k].goType();
        buf_.push_back('=');
        printArg(args[k], 'v');
      }
    }
    buf_.push_back(')');
  }
}

}  // namespace hc::tmpl::fmtimpl
