#pragma once
// Private helpers of the template lexer and parser: the pieces of Go's unicode, strconv and fmt
// that text/template/parse relies on, reproduced exactly (strconv.Unquote / UnquoteChar, %#U,
// strconv.ParseInt / ParseUint / ParseFloat and the number rules of parse/node.go newNumber).
// UTF-8, strconv.IsPrint and strconv.Quote are the shared ones (unicode.h, format_unicode.cc).
#include <cstdint>
#include <string>
#include <string_view>

#include "template/unicode.h"

namespace hc::tmpl {
struct NumberNode;
}

namespace hc::tmpl::detail {

// UTF-8 decoding/encoding and strconv.IsPrint come from the shared unicode module.
using unicode::appendRune;
using unicode::DecodedRune;
using unicode::decodeLastRune;
using unicode::decodeRune;
using unicode::kMaxRune;
using unicode::kRuneError;

/// unicode.IsLetter(r) || unicode.IsDigit(r) (Go's tables; see parse_unicode.cc).
bool isLetterOrDigitRune(char32_t r);

/// strconv.Quote(s) (what fmt's %q prints for a string): hc::tmpl::goQuote, without the rest
/// of the fmt printer that format.cc links in (the fuzz target builds the parser alone).
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
