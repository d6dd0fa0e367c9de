#pragma once
// The template lexer: Go's text/template/parse/lex.go (the pull-based lexer of Go 1.20+),
// emitting the same items with the same positions, line numbers and error texts.
#include <cstdint>
#include <string>
#include <string_view>

namespace hc::tmpl::detail {

enum class ItemType : uint8_t {
  Error,         ///< Value is the error text.
  Bool,          ///< true / false
  Char,          ///< Printable ASCII character; grab bag for comma etc.
  CharConstant,  ///< 'a'
  Comment,       ///< /* ... */ (only when LexOptions::emitComment)
  Complex,       ///< 1+2i
  Assign,        ///< =
  Declare,       ///< :=
  Eof,
  Field,       ///< .Alphanumeric
  Identifier,  ///< Alphanumeric not starting with '.'
  LeftDelim,   ///< {{ (or the configured left delimiter)
  LeftParen,   ///< (
  Number,      ///< Simple number, including imaginary.
  Pipe,        ///< |
  RawString,   ///< `...` (with the quotes)
  RightDelim,  ///< }}
  RightParen,  ///< )
  Space,       ///< Run of spaces separating arguments.
  String,      ///< "..." (with the quotes)
  Text,        ///< Plain text.
  Variable,    ///< $, $x, $1
  Keyword,     ///< Only delimits the keywords below.
  Block,
  Break,
  Continue,
  Dot,
  Define,
  Else,
  End,
  If,
  Nil,
  Range,
  Template,
  With,
};

struct Item {
  ItemType type = ItemType::Eof;
  int64_t pos = 0;       ///< Byte offset in the input.
  std::string_view val;  ///< Into the input, or into the lexer's error text for Error items.
  int line = 0;          ///< Line number at the start of the item.

  /// Go's item.String(): EOF, the error text, <keyword>, or %q (%.10q... when long).
  std::string str() const;
};

struct LexOptions {
  bool emitComment = false;  ///< Emit Comment items.
  bool breakOK = true;       ///< `break` is a keyword (else an identifier).
  bool continueOK = true;    ///< `continue` is a keyword (else an identifier).
};

class Lexer {
 public:
  /// `input` must outlive the lexer and its items. Empty delimiters mean "{{" / "}}".
  Lexer(std::string_view input, std::string_view leftDelim, std::string_view rightDelim);

  LexOptions options;

  /// The next item. After an Error item, every further call returns Eof.
  Item nextItem();

 private:
  enum class State : uint8_t {
    Emit,  ///< An item is ready in item_.
    Text,
    LeftDelim,
    Comment,
    RightDelim,
    InsideAction,
    Space,
    Identifier,
    Field,
    Variable,
    Char,
    Number,
    Quote,
    RawQuote,
  };

  static constexpr char32_t kEof = 0xFFFFFFFF;

  char32_t next();
  char32_t peek();
  void backup();
  Item thisItem(ItemType t);
  State emit(ItemType t);
  State emitItem(const Item& i);
  void ignore();
  bool accept(std::string_view valid);
  void acceptRun(std::string_view valid);
  State errorf(std::string msg);
  bool atRightDelim(bool* trimSpaces) const;
  bool atTerminator();
  bool scanNumber();

  State lexText();
  State lexLeftDelim();
  State lexComment();
  State lexRightDelim();
  State lexInsideAction();
  State lexSpace();
  State lexIdentifier();
  State lexFieldOrVariable(ItemType typ);
  State lexVariable();
  State lexChar();
  State lexNumber();
  State lexQuote();
  State lexRawQuote();

  std::string_view input_;
  std::string_view leftDelim_;
  std::string_view rightDelim_;
  size_t pos_ = 0;
  size_t start_ = 0;
  bool atEOF_ = false;
  int parenDepth_ = 0;
  int line_ = 1;
  int startLine_ = 1;
  Item item_;
  bool insideAction_ = false;
  bool failed_ = false;
  std::string error_;  ///< Storage of the last error item's text.
};

}  // namespace hc::tmpl::detail
