#pragma once
// The HCL v1 scanner (hashicorp/hcl v1 hcl/scanner): tokens with positions, strings and heredocs
// decoded. Internal to src/config.
#include <string>
#include <string_view>

#include "hc/config/hcl.h"

namespace hc::config::detail {

enum class Tok {
  Ident,
  String,
  Heredoc,
  Number,
  Float,
  Bool,
  LBrace,
  RBrace,
  LBrack,
  RBrack,
  Comma,
  Assign,
  Eof,
  Other,  ///< '+', '-' or '.' on their own: a token HCL knows but no value may be.
};

struct Token {
  Tok type = Tok::Eof;
  SourcePos pos;
  std::string text;   ///< As written (numbers, identifiers, punctuation).
  std::string value;  ///< String / heredoc: the decoded text.
};

/// "identifier \"x\"", "'{'", "end of file", ... for messages.
std::string describe(const Token& t);

class HclLexer {
 public:
  /// `text` may use CRLF line ends (normalised to LF as hcl does).
  HclLexer(std::string_view text, std::string name);

  /// The next token, comments skipped. Throws ConfigError on a lexical error.
  Token next();

  [[noreturn]] void fail(SourcePos pos, const std::string& message) const;
  const std::string& name() const { return name_; }

 private:
  bool atEnd() const { return off_ >= text_.size(); }
  char peek(size_t ahead = 0) const {
    return off_ + ahead < text_.size() ? text_[off_ + ahead] : '\0';
  }
  SourcePos here() const { return {line_, col_}; }
  void advance();
  void skipSpaceAndComments();
  void scanIdentifier(Token& t);
  void scanNumber(Token& t);
  void scanString(Token& t);
  void scanEscape(std::string& out);
  void scanHeredoc(Token& t);

  std::string text_;
  std::string name_;
  size_t off_ = 0;
  int line_ = 1;
  int col_ = 1;
};

}  // namespace hc::config::detail
