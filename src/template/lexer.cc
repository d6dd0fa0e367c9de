// Port of Go's text/template/parse/lex.go (Go 1.20+ pull-based lexer). Function names and
// control flow follow the Go source so the two can be compared line by line.
#include "template/lexer.h"

#include <algorithm>

#include "template/parse_util.h"

namespace hc::tmpl::detail {

namespace {

constexpr std::string_view kLeftComment = "/*";
constexpr std::string_view kRightComment = "*/";
constexpr size_t kTrimMarkerLen = 2;  // Marker plus space before or after.

bool isSpace(char32_t r) {
  return r == ' ' || r == '\t' || r == '\r' || r == '\n';
}
bool isSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isAlphaNumeric(char32_t r) {
  return r == '_' || isLetterOrDigitRune(r);
}

bool hasLeftTrimMarker(std::string_view s) {
  return s.size() >= 2 && s[0] == '-' && isSpaceByte(s[1]);
}

bool hasRightTrimMarker(std::string_view s) {
  return s.size() >= 2 && isSpaceByte(s[0]) && s[1] == '-';
}

bool hasPrefix(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

size_t rightTrimLength(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && isSpaceByte(s[s.size() - 1 - n])) n++;
  return n;
}

size_t leftTrimLength(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && isSpaceByte(s[n])) n++;
  return n;
}

int countNewlines(std::string_view s) {
  return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

ItemType keyword(std::string_view word) {
  switch (word.size()) {
    case 2:
      if (word == "if") return ItemType::If;
      break;
    case 3:
      if (word == "end") return ItemType::End;
      if (word == "nil") return ItemType::Nil;
      break;
    case 4:
      if (word == "else") return ItemType::Else;
      if (word == "with") return ItemType::With;
      break;
    case 5:
      if (word == "block") return ItemType::Block;
      if (word == "break") return ItemType::Break;
      if (word == "range") return ItemType::Range;
      break;
    case 6:
      if (word == "define") return ItemType::Define;
      break;
    case 8:
      if (word == "continue") return ItemType::Continue;
      if (word == "template") return ItemType::Template;
      break;
    default:
      break;
  }
  return ItemType::Keyword;  // Not a keyword.
}

}  // namespace

std::string Item::str() const {
  switch (type) {
    case ItemType::Eof:
      return "EOF";
    case ItemType::Error:
      return std::string(val);
    default:
      break;
  }
  if (type > ItemType::Keyword) return "<" + std::string(val) + ">";
  if (val.size() > 10) return quoteGoPrefix(val, 10) + "...";
  return quoteGo(val);
}

Lexer::Lexer(std::string_view input, std::string_view leftDelim, std::string_view rightDelim)
    : input_(input),
      leftDelim_(leftDelim.empty() ? std::string_view("{{") : leftDelim),
      rightDelim_(rightDelim.empty() ? std::string_view("}}") : rightDelim) {}

char32_t Lexer::next() {
  if (pos_ >= input_.size()) {
    atEOF_ = true;
    return kEof;
  }
  auto c = static_cast<unsigned char>(input_[pos_]);
  if (c < 0x80) {
    pos_++;
    if (c == '\n') line_++;
    return c;
  }
  DecodedRune d = decodeRune(input_.substr(pos_));
  pos_ += static_cast<size_t>(d.width);
  return d.rune;
}

char32_t Lexer::peek() {
  char32_t r = next();
  backup();
  return r;
}

void Lexer::backup() {
  if (!atEOF_ && pos_ > 0) {
    DecodedRune d = decodeLastRune(input_.substr(0, pos_));
    pos_ -= static_cast<size_t>(d.width);
    if (d.rune == '\n') line_--;
  }
}

Item Lexer::thisItem(ItemType t) {
  Item i{t, static_cast<int64_t>(start_), input_.substr(start_, pos_ - start_), startLine_};
  start_ = pos_;
  startLine_ = line_;
  return i;
}

Lexer::State Lexer::emit(ItemType t) {
  return emitItem(thisItem(t));
}

Lexer::State Lexer::emitItem(const Item& i) {
  item_ = i;
  return State::Emit;
}

void Lexer::ignore() {
  line_ += countNewlines(input_.substr(start_, pos_ - start_));
  start_ = pos_;
  startLine_ = line_;
}

bool Lexer::accept(std::string_view valid) {
  char32_t r = next();
  if (r < 0x80 && valid.find(static_cast<char>(r)) != std::string_view::npos) return true;
  backup();
  return false;
}

void Lexer::acceptRun(std::string_view valid) {
  for (;;) {
    char32_t r = next();
    if (!(r < 0x80 && valid.find(static_cast<char>(r)) != std::string_view::npos)) break;
  }
  backup();
}

Lexer::State Lexer::errorf(std::string msg) {
  error_ = std::move(msg);
  item_ = Item{ItemType::Error, static_cast<int64_t>(start_), error_, startLine_};
  failed_ = true;
  return State::Emit;
}

Item Lexer::nextItem() {
  if (failed_) {
    return Item{ItemType::Eof, static_cast<int64_t>(pos_), std::string_view(), startLine_};
  }
  item_ = Item{ItemType::Eof, static_cast<int64_t>(pos_), "EOF", startLine_};
  State state = insideAction_ ? State::InsideAction : State::Text;
  for (;;) {
    switch (state) {
      case State::Emit:
        return item_;
      case State::Text:
        state = lexText();
        break;
      case State::LeftDelim:
        state = lexLeftDelim();
        break;
      case State::Comment:
        state = lexComment();
        break;
      case State::RightDelim:
        state = lexRightDelim();
        break;
      case State::InsideAction:
        state = lexInsideAction();
        break;
      case State::Space:
        state = lexSpace();
        break;
      case State::Identifier:
        state = lexIdentifier();
        break;
      case State::Field:
        state = lexFieldOrVariable(ItemType::Field);
        break;
      case State::Variable:
        state = lexVariable();
        break;
      case State::Char:
        state = lexChar();
        break;
      case State::Number:
        state = lexNumber();
        break;
      case State::Quote:
        state = lexQuote();
        break;
      case State::RawQuote:
        state = lexRawQuote();
        break;
    }
  }
}

// lexText scans until an opening action delimiter.
Lexer::State Lexer::lexText() {
  size_t x = input_.find(leftDelim_, pos_);
  if (x != std::string_view::npos) {
    if (x > pos_) {
      pos_ = x;
      size_t trimLength = 0;
      size_t delimEnd = pos_ + leftDelim_.size();
      if (hasLeftTrimMarker(input_.substr(delimEnd))) {
        trimLength = rightTrimLength(input_.substr(start_, pos_ - start_));
      }
      pos_ -= trimLength;
      line_ += countNewlines(input_.substr(start_, pos_ - start_));
      Item i = thisItem(ItemType::Text);
      pos_ += trimLength;
      ignore();
      if (!i.val.empty()) return emitItem(i);
    }
    return State::LeftDelim;
  }
  pos_ = input_.size();
  if (pos_ > start_) {
    line_ += countNewlines(input_.substr(start_, pos_ - start_));
    return emit(ItemType::Text);
  }
  return emit(ItemType::Eof);
}

// atRightDelim reports whether the lexer is at a right delimiter, possibly preceded by a trim
// marker.
bool Lexer::atRightDelim(bool* trimSpaces) const {
  std::string_view rest = input_.substr(pos_);
  if (hasRightTrimMarker(rest) && hasPrefix(rest.substr(kTrimMarkerLen), rightDelim_)) {
    if (trimSpaces) *trimSpaces = true;
    return true;
  }
  if (trimSpaces) *trimSpaces = false;
  return hasPrefix(rest, rightDelim_);
}

// lexLeftDelim scans the left delimiter, which is known to be present, possibly with a trim
// marker.
Lexer::State Lexer::lexLeftDelim() {
  pos_ += leftDelim_.size();
  bool trimSpace = hasLeftTrimMarker(input_.substr(pos_));
  size_t afterMarker = trimSpace ? kTrimMarkerLen : 0;
  if (hasPrefix(input_.substr(pos_ + afterMarker), kLeftComment)) {
    pos_ += afterMarker;
    ignore();
    return State::Comment;
  }
  Item i = thisItem(ItemType::LeftDelim);
  insideAction_ = true;
  pos_ += afterMarker;
  ignore();
  parenDepth_ = 0;
  return emitItem(i);
}

// lexComment scans a comment. The left comment marker is known to be present.
Lexer::State Lexer::lexComment() {
  pos_ += kLeftComment.size();
  size_t x = input_.find(kRightComment, pos_);
  if (x == std::string_view::npos) return errorf("unclosed comment");
  pos_ = x + kRightComment.size();
  bool trimSpace = false;
  if (!atRightDelim(&trimSpace)) return errorf("comment ends before closing delimiter");
  line_ += countNewlines(input_.substr(start_, pos_ - start_));
  Item i = thisItem(ItemType::Comment);
  if (trimSpace) pos_ += kTrimMarkerLen;
  pos_ += rightDelim_.size();
  if (trimSpace) pos_ += leftTrimLength(input_.substr(pos_));
  ignore();
  if (options.emitComment) return emitItem(i);
  return State::Text;
}

// lexRightDelim scans the right delimiter, which is known to be present, possibly with a trim
// marker.
Lexer::State Lexer::lexRightDelim() {
  bool trimSpace = false;
  atRightDelim(&trimSpace);
  if (trimSpace) {
    pos_ += kTrimMarkerLen;
    ignore();
  }
  pos_ += rightDelim_.size();
  Item i = thisItem(ItemType::RightDelim);
  if (trimSpace) {
    pos_ += leftTrimLength(input_.substr(pos_));
    ignore();
  }
  insideAction_ = false;
  return emitItem(i);
}

// lexInsideAction scans the elements inside action delimiters.
Lexer::State Lexer::lexInsideAction() {
  if (atRightDelim(nullptr)) {
    if (parenDepth_ == 0) return State::RightDelim;
    return errorf("unclosed left paren");
  }
  char32_t r = next();
  if (r == kEof) return errorf("unclosed action");
  if (isSpace(r)) {
    backup();  // Put space back in case we have " -}}".
    return State::Space;
  }
  switch (r) {
    case '=':
      return emit(ItemType::Assign);
    case ':':
      if (next() != '=') return errorf("expected :=");
      return emit(ItemType::Declare);
    case '|':
      return emit(ItemType::Pipe);
    case '"':
      return State::Quote;
    case '`':
      return State::RawQuote;
    case '$':
      return State::Variable;
    case '\'':
      return State::Char;
    case '.':
      // Special look-ahead for ".field" so we don't break backup().
      if (pos_ < input_.size()) {
        char c = input_[pos_];
        if (c < '0' || '9' < c) return State::Field;
      }
      backup();  // '.' can start a number.
      return State::Number;
    case '+':
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
      backup();
      return State::Number;
    case '(':
      parenDepth_++;
      return emit(ItemType::LeftParen);
    case ')':
      parenDepth_--;
      if (parenDepth_ < 0) return errorf("unexpected right paren");
      return emit(ItemType::RightParen);
    default:
      break;
  }
  if (isAlphaNumeric(r)) {
    backup();
    return State::Identifier;
  }
  if (r >= 0x20 && r < 0x7F) return emit(ItemType::Char);
  return errorf("unrecognized character in action: " + formatRuneU(r));
}

// lexSpace scans a run of space characters. The first space, known to be present, has not been
// consumed. Take care if there is a trim-marked right delimiter, which starts with a space.
Lexer::State Lexer::lexSpace() {
  int numSpaces = 0;
  while (isSpace(peek())) {
    next();
    numSpaces++;
  }
  if (hasRightTrimMarker(input_.substr(pos_ - 1)) &&
      hasPrefix(input_.substr(pos_ - 1 + kTrimMarkerLen), rightDelim_)) {
    backup();                                      // Before the space.
    if (numSpaces == 1) return State::RightDelim;  // On the delim, so go right to that.
  }
  return emit(ItemType::Space);
}

// lexIdentifier scans an alphanumeric.
Lexer::State Lexer::lexIdentifier() {
  for (;;) {
    char32_t r = next();
    if (isAlphaNumeric(r)) continue;
    backup();
    std::string_view word = input_.substr(start_, pos_ - start_);
    if (!atTerminator()) return errorf("bad character " + formatRuneU(r));
    ItemType kw = keyword(word);
    if (kw != ItemType::Keyword) {
      if ((kw == ItemType::Break && !options.breakOK) ||
          (kw == ItemType::Continue && !options.continueOK)) {
        return emit(ItemType::Identifier);
      }
      return emit(kw);
    }
    if (word == "true" || word == "false") return emit(ItemType::Bool);
    return emit(ItemType::Identifier);
  }
}

// lexVariable scans a variable: $Alphanumeric. The $ has been scanned.
Lexer::State Lexer::lexVariable() {
  if (atTerminator()) return emit(ItemType::Variable);  // Nothing interesting follows -> "$".
  return lexFieldOrVariable(ItemType::Variable);
}

// lexFieldOrVariable scans a field or variable: [.$]Alphanumeric. The . or $ has been scanned.
Lexer::State Lexer::lexFieldOrVariable(ItemType typ) {
  if (atTerminator()) {  // Nothing interesting follows -> "." or "$".
    return emit(typ == ItemType::Variable ? ItemType::Variable : ItemType::Dot);
  }
  char32_t r;
  for (;;) {
    r = next();
    if (!isAlphaNumeric(r)) {
      backup();
      break;
    }
  }
  if (!atTerminator()) return errorf("bad character " + formatRuneU(r));
  return emit(typ);
}

// atTerminator reports whether the input is at a valid termination character to appear after an
// identifier.
bool Lexer::atTerminator() {
  char32_t r = peek();
  if (isSpace(r)) return true;
  switch (r) {
    case kEof:
    case '.':
    case ',':
    case '|':
    case ':':
    case ')':
    case '(':
      return true;
    default:
      break;
  }
  return hasPrefix(input_.substr(pos_), rightDelim_);
}

// lexChar scans a character constant. The initial quote is already scanned. Syntax checking is
// done by the parser.
Lexer::State Lexer::lexChar() {
  for (;;) {
    char32_t r = next();
    if (r == '\\') {
      char32_t e = next();
      if (e != kEof && e != '\n') continue;
      return errorf("unterminated character constant");
    }
    if (r == kEof || r == '\n') return errorf("unterminated character constant");
    if (r == '\'') break;
  }
  return emit(ItemType::CharConstant);
}

// lexNumber scans a number: decimal, octal, hex, float, or imaginary. This isn't a perfect
// number scanner; when it's wrong the input is invalid and the parser will notice.
Lexer::State Lexer::lexNumber() {
  if (!scanNumber()) {
    return errorf("bad number syntax: " + quoteGo(input_.substr(start_, pos_ - start_)));
  }
  char32_t sign = peek();
  if (sign == '+' || sign == '-') {
    // Complex: 1+2i. No spaces, must end in 'i'.
    if (!scanNumber() || input_[pos_ - 1] != 'i') {
      return errorf("bad number syntax: " + quoteGo(input_.substr(start_, pos_ - start_)));
    }
    return emit(ItemType::Complex);
  }
  return emit(ItemType::Number);
}

bool Lexer::scanNumber() {
  accept("+-");
  std::string_view digits = "0123456789_";
  if (accept("0")) {
    // Note: leading 0 does not mean octal in floats.
    if (accept("xX")) {
      digits = "0123456789abcdefABCDEF_";
    } else if (accept("oO")) {
      digits = "01234567_";
    } else if (accept("bB")) {
      digits = "01_";
    }
  }
  acceptRun(digits);
  if (accept(".")) acceptRun(digits);
  if (digits.size() == 10 + 1 && accept("eE")) {
    accept("+-");
    acceptRun("0123456789_");
  }
  if (digits.size() == 16 + 6 + 1 && accept("pP")) {
    accept("+-");
    acceptRun("0123456789_");
  }
  accept("i");  // Imaginary?
  // Next thing mustn't be alphanumeric.
  if (isAlphaNumeric(peek())) {
    next();
    return false;
  }
  return true;
}

// lexQuote scans a quoted string.
Lexer::State Lexer::lexQuote() {
  for (;;) {
    char32_t r = next();
    if (r == '\\') {
      char32_t e = next();
      if (e != kEof && e != '\n') continue;
      return errorf("unterminated quoted string");
    }
    if (r == kEof || r == '\n') return errorf("unterminated quoted string");
    if (r == '"') break;
  }
  return emit(ItemType::String);
}

// lexRawQuote scans a raw quoted string.
Lexer::State Lexer::lexRawQuote() {
  for (;;) {
    char32_t r = next();
    if (r == kEof) return errorf("unterminated raw quoted string");
    if (r == '`') break;
  }
  return emit(ItemType::RawString);
}

}  // namespace hc::tmpl::detail
