#include "hcl_lexer.h"

#include <charconv>
#include <cstdint>
#include <stdexcept>

#include "hc/config/go_values.h"
#include "hc/template/format.h"

namespace hc::config::detail {
namespace {

bool isLetter(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  // Non-ASCII bytes count as letters: hcl takes any Unicode letter, and a stray symbol in a key
  // would fail later as an unknown key anyway.
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || u >= 0x80;
}
bool isDecimal(char c) {
  return c >= '0' && c <= '9';
}
bool isHex(char c) {
  return isDecimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int hexValue(char c) {
  if (isDecimal(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}
bool isContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
// Go's [[:space:]], used by hcl's heredoc terminator pattern.
bool isPosixSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

void appendUtf8(std::string& out, uint32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

// Length of the valid UTF-8 sequence at s[i], or 0 when it is not one.
size_t utf8Length(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  uint32_t r = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n; ++k) {
    if (!isContinuation(s[i + k])) return 0;
    r = (r << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (r < kMin[n] || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return 0;
  return n;
}

std::string normalizeLineEnds(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

}  // namespace

std::string describe(const Token& t) {
  switch (t.type) {
    case Tok::Ident:
      return "identifier " + tmpl::goQuote(t.text);
    case Tok::String:
      return "string " + tmpl::goQuote(t.value);
    case Tok::Heredoc:
      return "heredoc";
    case Tok::Number:
    case Tok::Float:
      return "number " + t.text;
    case Tok::Bool:
      return "bool " + t.text;
    case Tok::Eof:
      return "end of file";
    default:
      return "'" + t.text + "'";
  }
}

HclLexer::HclLexer(std::string_view text, std::string name)
    : text_(normalizeLineEnds(text)), name_(std::move(name)) {
  // hcl's scanner rejects NUL and invalid UTF-8 wherever they are, comments included.
  for (size_t i = 0; i < text_.size();) {
    size_t n = utf8Length(text_, i);
    if (n == 0 || text_[i] == '\0') {
      while (off_ < i) advance();
      fail(here(), n == 0 ? "invalid UTF-8 encoding" : "unexpected null character (0x00)");
    }
    i += n;
  }
}

void HclLexer::fail(SourcePos pos, const std::string& message) const {
  throw ConfigError(formatPos(name_, pos) + ": " + message);
}

void HclLexer::advance() {
  char c = text_[off_++];
  if (c == '\n') {
    ++line_;
    col_ = 1;
    return;
  }
  // A column per character: count it once its last byte is passed.
  if (off_ >= text_.size() || !isContinuation(text_[off_])) ++col_;
}

void HclLexer::skipSpaceAndComments() {
  for (;;) {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
      advance();
    if (atEnd()) return;
    if (peek() == '#' || (peek() == '/' && peek(1) == '/')) {
      while (!atEnd() && peek() != '\n') advance();
      continue;
    }
    if (peek() == '/' && peek(1) == '*') {
      SourcePos start = here();
      advance();
      advance();
      for (;;) {
        if (atEnd()) fail(start, "comment not terminated (expected \"*/\")");
        if (peek() == '*' && peek(1) == '/') {
          advance();
          advance();
          break;
        }
        advance();
      }
      continue;
    }
    if (peek() == '/') fail(here(), "expected '/' or '*' after '/' to start a comment");
    return;
  }
}

Token HclLexer::next() {
  skipSpaceAndComments();
  Token t;
  t.pos = here();
  if (atEnd()) {
    t.type = Tok::Eof;
    return t;
  }
  char c = peek();
  if (isLetter(c)) {
    scanIdentifier(t);
  } else if (isDecimal(c) || (c == '-' && isDecimal(peek(1))) || (c == '.' && isDecimal(peek(1)))) {
    scanNumber(t);
  } else if (c == '"') {
    scanString(t);
  } else if (c == '<') {
    scanHeredoc(t);
  } else {
    static const std::string punct = "{}[],=+-.";
    static const Tok types[] = {Tok::LBrace, Tok::RBrace, Tok::LBrack, Tok::RBrack, Tok::Comma,
                                Tok::Assign, Tok::Other,  Tok::Other,  Tok::Other};
    size_t k = punct.find(c);
    if (k == std::string::npos) {
      size_t n = utf8Length(text_, off_);
      fail(t.pos, "unexpected character " + tmpl::goQuote(text_.substr(off_, n ? n : 1)));
    }
    t.type = types[k];
    t.text = std::string(1, c);
    advance();
  }
  return t;
}

void HclLexer::scanIdentifier(Token& t) {
  size_t start = off_;
  advance();
  while (!atEnd() && (isLetter(peek()) || isDecimal(peek()) || peek() == '-' || peek() == '.'))
    advance();
  t.text = text_.substr(start, off_ - start);
  t.type = t.text == "true" || t.text == "false" ? Tok::Bool : Tok::Ident;
}

void HclLexer::scanNumber(Token& t) {
  // hcl's scanNumber: decimal, 0x hex, 0-led octal; a fraction or exponent makes a float.
  size_t start = off_;
  if (peek() == '-') advance();
  bool isFloat = false;
  if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
    advance();
    advance();
    while (!atEnd() && isHex(peek())) advance();
  } else {
    while (!atEnd() && isDecimal(peek())) advance();
    if (peek() == '.') {
      isFloat = true;
      advance();
      while (!atEnd() && isDecimal(peek())) advance();
    }
    if (peek() == 'e' || peek() == 'E') {
      isFloat = true;
      advance();
      if (peek() == '+' || peek() == '-') advance();
      while (!atEnd() && isDecimal(peek())) advance();
    }
  }
  t.text = text_.substr(start, off_ - start);
  t.type = isFloat ? Tok::Float : Tok::Number;
  if (isFloat) {
    double d = 0;
    auto r = std::from_chars(t.text.data(), t.text.data() + t.text.size(), d);
    // from_chars reads every form hcl scans as a float: 1.5, 1., .5, 1e3, 1.5e-3.
    if (r.ec != std::errc() && r.ec != std::errc::result_out_of_range)
      fail(t.pos, "invalid number " + t.text);
  } else {
    try {
      parseGoInt(t.text, 0, 64);
    } catch (const std::invalid_argument&) {
      fail(t.pos, "invalid number " + t.text);
    }
  }
}

void HclLexer::scanEscape(std::string& out) {
  SourcePos pos = here();
  advance();  // the backslash
  if (atEnd()) fail(pos, "invalid escape sequence at end of file");
  char c = peek();
  auto digits = [&](int count, int base) {
    uint32_t v = 0;
    for (int i = 0; i < count; ++i) {
      char d = peek();
      bool ok = base == 8 ? (d >= '0' && d <= '7') : isHex(d);
      if (atEnd() || !ok)
        fail(pos, "invalid escape sequence: \\" + std::string(1, c) + " needs " +
                      std::to_string(count) + (base == 8 ? " octal" : " hex") + " digits");
      v = v * static_cast<uint32_t>(base) + static_cast<uint32_t>(hexValue(d));
      advance();
    }
    return v;
  };
  switch (c) {
    case 'a':
      out += '\a';
      advance();
      return;
    case 'b':
      out += '\b';
      advance();
      return;
    case 'f':
      out += '\f';
      advance();
      return;
    case 'n':
      out += '\n';
      advance();
      return;
    case 'r':
      out += '\r';
      advance();
      return;
    case 't':
      out += '\t';
      advance();
      return;
    case 'v':
      out += '\v';
      advance();
      return;
    case '\\':
      out += '\\';
      advance();
      return;
    case '"':
      out += '"';
      advance();
      return;
    case 'x':
      advance();
      out += static_cast<char>(digits(2, 16));
      return;
    case 'u':
    case 'U': {
      advance();
      uint32_t r = digits(c == 'u' ? 4 : 8, 16);
      if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        fail(pos, "invalid escape sequence: not a Unicode code point");
      appendUtf8(out, r);
      return;
    }
    default:
      if (c >= '0' && c <= '7') {
        uint32_t v = digits(3, 8);
        if (v > 255) fail(pos, "invalid escape sequence: octal value above \\377");
        out += static_cast<char>(v);
        return;
      }
      size_t n = utf8Length(text_, off_);
      fail(pos, "invalid escape sequence \\" + text_.substr(off_, n ? n : 1) + " in string");
  }
}

void HclLexer::scanString(Token& t) {
  // hcl copies `${ ... }` as written (quotes and newlines included) and unescapes the rest.
  t.type = Tok::String;
  size_t start = off_;
  advance();
  int braces = 0;
  for (;;) {
    if (atEnd() || (peek() == '\n' && braces == 0))
      fail(t.pos, "string not terminated (expected '\"' before the end of the line)");
    char c = peek();
    if (c == '"' && braces == 0) {
      advance();
      break;
    }
    if (braces == 0 && c == '$' && peek(1) == '{') {
      braces = 1;
      t.value += "${";
      advance();
      advance();
      continue;
    }
    if (braces > 0) {
      if (c == '{') ++braces;
      if (c == '}') --braces;
      t.value += c;
      advance();
      continue;
    }
    if (c == '\\') {
      scanEscape(t.value);
      continue;
    }
    t.value += c;
    advance();
  }
  t.text = text_.substr(start, off_ - start);
}

void HclLexer::scanHeredoc(Token& t) {
  t.type = Tok::Heredoc;
  size_t start = off_;
  advance();
  if (peek() != '<') fail(t.pos, "expected '<<' to start a heredoc");
  advance();
  bool indented = peek() == '-';
  if (indented) advance();
  size_t anchorStart = off_;
  while (!atEnd() && (isLetter(peek()) || isDecimal(peek()))) advance();
  std::string anchor = text_.substr(anchorStart, off_ - anchorStart);
  if (atEnd()) fail(t.pos, "heredoc not terminated");
  if (peek() != '\n') fail(here(), "invalid characters after the heredoc anchor");
  if (anchor.empty()) fail(t.pos, "heredoc anchor missing after '<<'");
  advance();

  // Body lines up to the closing line: optional whitespace, the anchor, optional '\r's.
  std::string body;
  std::vector<std::string> lines;
  std::string closeIndent;
  for (;;) {
    if (atEnd()) fail(t.pos, "heredoc not terminated (no line " + tmpl::goQuote(anchor) + ")");
    size_t lineStart = off_;
    while (!atEnd() && peek() != '\n') advance();
    std::string line = text_.substr(lineStart, off_ - lineStart);
    size_t ws = 0;
    while (ws < line.size() && isPosixSpace(line[ws])) ++ws;
    size_t end = line.size();
    while (end > ws && line[end - 1] == '\r') --end;
    bool closes = line.compare(ws, end - ws, anchor) == 0;
    if (!atEnd()) advance();  // the newline
    if (closes) {
      closeIndent = line.substr(0, ws);
      break;
    }
    lines.push_back(line);
    body += line + "\n";
  }
  t.text = text_.substr(start, off_ - start);
  if (!indented) {
    // hcl keeps the closing line's indentation: its slice stops at the anchor.
    t.value = body + closeIndent;
    return;
  }
  for (const std::string& l : lines) {
    if (l.compare(0, closeIndent.size(), closeIndent) != 0) {
      t.value = body;  // not every line is indented as much as the closing line: as written
      return;
    }
  }
  for (const std::string& l : lines) t.value += l.substr(closeIndent.size()) + "\n";
}

}  // namespace hc::config::detail
