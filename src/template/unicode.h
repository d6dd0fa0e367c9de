#pragma once
// The pieces of Go's unicode/utf8 and unicode packages (and strconv.IsPrint) that the template
// engine is built from, reproduced byte for byte, invalid UTF-8 included. Private to
// src/template: the fmt printer (format_*.cc), the helper functions (funcs_*.cc) and the
// lexer/parser all need the same UTF-8 and rune-class rules.
#include <cstddef>
#include <string>
#include <string_view>

namespace hc::tmpl::unicode {

/// utf8.RuneError (U+FFFD).
constexpr char32_t kRuneError = 0xFFFD;
/// unicode.MaxRune.
constexpr char32_t kMaxRune = 0x10FFFF;

struct DecodedRune {
  char32_t rune;
  int width;  ///< Bytes consumed: 1 for an invalid byte (rune is then kRuneError), 0 for "".
};

/// utf8.DecodeRuneInString: invalid or truncated sequences give (RuneError, 1), "" gives
/// (RuneError, 0).
DecodedRune decodeRune(std::string_view s);
/// utf8.DecodeLastRuneInString (same error conventions as decodeRune).
DecodedRune decodeLastRune(std::string_view s);
/// utf8.AppendRune: surrogates and runes above MaxRune are encoded as U+FFFD.
void appendRune(std::string& out, char32_t r);
/// utf8.RuneCountInString: every invalid byte counts as one rune.
size_t runeCount(std::string_view s);
/// utf8.ValidString.
bool validUTF8(std::string_view s);
/// Whether r is a valid Unicode scalar value (utf8.ValidRune).
constexpr bool validRune(char32_t r) {
  return r <= kMaxRune && !(r >= 0xD800 && r <= 0xDFFF);
}

/// strconv.IsPrint (Go 1.19, Unicode 13 tables).
bool isPrint(char32_t r);
/// unicode.IsSpace.
bool isSpace(char32_t r);
/// unicode.ToUpper / unicode.ToLower (simple case mapping, Unicode 15.0).
char32_t toUpper(char32_t r);
char32_t toLower(char32_t r);

}  // namespace hc::tmpl::unicode
