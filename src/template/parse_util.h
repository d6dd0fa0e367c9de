#pragma once
// Private helpers of the template lexer and parser: the pieces of Go's unicode/utf8, unicode,
// strconv and fmt that text/template/parse relies on, reproduced exactly (UTF-8 decoding with
// Go's error rune, strconv.Quote / Unquote / UnquoteChar, %#U, strconv.ParseInt / ParseUint /
// ParseFloat and the number rules of parse/node.go newNumber).
#include <cstdint>
#include <string>
#include <string_view>

namespace hc::tmpl {
struct NumberNode;
}

namespace hc::tmpl::detail {

constexpr char32_t kRuneError = 0xFFFD;
constexpr char32_t kMaxRune = 0x10FFFF;

struct DecodedRune {
  char32_t rune;
  int width;  ///< 0 only for empty input.
};

/// utf8.DecodeRuneInString: invalid or truncated sequences give (RuneError, 1).
DecodedRune decodeRune(std::string_view s);
/// utf8.DecodeLastRuneInString.
DecodedRune decodeLastRune(std::string_view s);
/// utf8.EncodeRune appended to `out` (invalid runes encode as U+FFFD).
void appendRune(std::string& out, char32_t r);

/// unicode.IsLetter(r) || unicode.IsDigit(r) (Go's tables; see parse_unicode.cc).
bool isLetterOrDigitRune(char32_t r);
/// strconv.IsPrint(r).
bool isPrintRune(char32_t r);

/// strconv.Quote(s) (what fmt's %q prints for a string).
std::string quoteGo(std::string_view s);
/// fmt.Sprintf("%.Nq", s): s truncated to `runes` runes, then quoted.
std::string quoteGoPrefix(std::string_view s, size_t runes);
/// fmt.Sprintf("%#U", r), e.g. "U+0040 '@'" or "U+0001".
std::string formatRuneU(char32_t r);

/// strconv.UnquoteChar. Returns false on ErrSyntax.
bool unquoteChar(std::string_view s, char quote, char32_t& value, bool& multibyte,
                 std::string_view& tail);
/// strconv.Unquote for "...", `...` and '...'. Returns false on ErrSyntax ("invalid syntax").
bool unquote(std::string_view in, std::string& out);

/// Go's strconv number errors.
enum class NumErr : uint8_t { None, Syntax, Range };

/// strconv.ParseUint(s, 0, 64).
NumErr parseUint(std::string_view s, uint64_t& out);
/// strconv.ParseInt(s, 0, 64).
NumErr parseInt(std::string_view s, int64_t& out);
/// strconv.ParseFloat(s, 64).
NumErr parseFloat(std::string_view s, double& out);

/// The kinds of number token newNumber accepts.
enum class NumberKind : uint8_t { Number, Char, Complex };

/// parse/node.go newNumber: fills n's flags and values from `text`. Returns "" on success or
/// Go's error text ("illegal number syntax: \"0x\"", "integer overflow: ...", "invalid syntax",
/// "malformed character constant: 'ab'", fmt.Sscan's complex errors ...).
std::string evalNumber(NumberNode& n, std::string_view text, NumberKind kind);

}  // namespace hc::tmpl::detail
