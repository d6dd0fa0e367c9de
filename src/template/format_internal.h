#pragma once
// Private helpers of the Go fmt implementation (format.cc): quoting as in Go's strconv, float
// conversion as strconv.FormatFloat, and the low-level padding and number formatter (Go's fmt.fmt).
#include <cstdint>
#include <string>
#include <string_view>

#include "template/unicode.h"

namespace hc::tmpl::fmtimpl {

// UTF-8 and strconv.IsPrint come from the shared unicode module.
using unicode::appendRune;
using unicode::DecodedRune;
using unicode::decodeRune;
using unicode::isPrint;
using unicode::kMaxRune;
using unicode::kRuneError;
using unicode::runeCount;

/// strconv.Quote (asciiOnly=false) or strconv.QuoteToASCII (asciiOnly=true), appended.
void appendQuoted(std::string& out, std::string_view s, bool asciiOnly);
/// strconv.QuoteRune / QuoteRuneToASCII, appended.
void appendQuotedRune(std::string& out, char32_t r, bool asciiOnly);
/// strconv.CanBackquote.
bool canBackquote(std::string_view s);

/// strconv.AppendFloat for fmt in b e E f g G x X.
void appendFloat(std::string& out, double f, char fmt, int prec, int bitSize);

/// Go's fmt flags.
struct FmtFlags {
  bool widPresent = false;
  bool precPresent = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  bool plusV = false;   ///< %+v
  bool sharpV = false;  ///< %#v
};

/// Go's fmt.fmt: formats one operand with width/precision/flags into a buffer.
class Fmt {
 public:
  explicit Fmt(std::string& buf) : buf_(buf) {}

  FmtFlags f;
  int wid = 0;
  int prec = 0;

  void clearFlags() { f = FmtFlags{}; }

  void writePadding(int n);
  void pad(std::string_view s);
  void padString(std::string_view s) { pad(s); }
  void fmtBoolean(bool v) { pad(v ? "true" : "false"); }
  void fmtUnicode(uint64_t u);
  /// `upper` selects "0123456789ABCDEFX" digits.
  void fmtInteger(uint64_t u, int base, bool isSigned, char32_t verb, bool upper);
  void fmtS(std::string_view s);
  /// %x / %X of the bytes of s.
  void fmtSbx(std::string_view s, bool upper);
  void fmtQ(std::string_view s);
  void fmtC(uint64_t c);
  void fmtQc(uint64_t c);
  void fmtFloat(double v, int size, char verb, int prec);

 private:
  std::string_view truncate(std::string_view s) const;
  std::string& buf_;
};

}  // namespace hc::tmpl::fmtimpl
