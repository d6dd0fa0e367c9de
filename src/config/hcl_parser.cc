// The HCL v1 grammar (hashicorp/hcl v1 hcl/parser): a file is a list of items, an item is one or
// more keys then `= value` or `{ items }`, values are literals, lists and objects.
#include <charconv>

#include "hc/config/go_values.h"
#include "hc/config/hcl.h"
#include "hc/template/format.h"
#include "hcl_lexer.h"

namespace hc::config {
namespace {

using detail::HclLexer;
using detail::Tok;
using detail::Token;

std::string posText(SourcePos p) {
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

class HclParser {
 public:
  HclParser(std::string_view text, const std::string& name) : lex_(text, name) {}

  HclValue parseFile() {
    HclValue root;
    root.kind = HclKind::Object;
    root.pos = {1, 1};
    parseItems(root, nullptr);
    return root;
  }

 private:
  Token next() {
    if (peeked_) {
      peeked_ = false;
      return tok_;
    }
    return lex_.next();
  }
  const Token& peek() {
    if (!peeked_) {
      tok_ = lex_.next();
      peeked_ = true;
    }
    return tok_;
  }

  // Items up to the end of the file (open == nullptr) or the '}' closing the object at *open.
  void parseItems(HclValue& obj, const SourcePos* open) {
    for (;;) {
      Token t = next();
      if (t.type == Tok::Eof) {
        if (open != nullptr)
          lex_.fail(t.pos, "expected '}' to close the object opened at " + posText(*open) +
                               ", got end of file");
        return;
      }
      if (open != nullptr && t.type == Tok::RBrace) return;
      parseItem(obj, std::move(t));
      if (peek().type == Tok::Comma) next();  // items may be separated by commas
    }
  }

  void parseItem(HclValue& obj, Token first) {
    if (first.type != Tok::Ident && first.type != Tok::String)
      lex_.fail(first.pos, "expected a key (identifier or string), got " + describe(first));
    std::vector<Token> keys{std::move(first)};
    while (peek().type == Tok::Ident || peek().type == Tok::String) keys.push_back(next());
    std::string keyText;
    for (const Token& k : keys)
      keyText += (keyText.empty() ? "" : " ") + (k.type == Tok::String ? k.value : k.text);
    std::string what = "key " + tmpl::goQuote(keyText);

    Token t = next();
    HclValue value;
    if (t.type == Tok::Assign) {
      if (keys.size() > 1)
        lex_.fail(t.pos, what + ": a key with labels must be followed by '{', got '='");
      value = parseValue(what);
    } else if (t.type == Tok::LBrace) {
      value = parseObject(t.pos);
    } else {
      lex_.fail(t.pos, what + ": expected '=' or '{', got " + describe(t));
    }

    // `a "b" "c" { }` is a { b { c { } } }, as hcl nests labels.
    for (size_t i = keys.size(); i-- > 1;) {
      HclValue outer;
      outer.kind = HclKind::Object;
      outer.pos = keys[i].pos;
      outer.entries.push_back(HclEntry{keyString(keys[i]), keys[i].pos, std::move(value)});
      value = std::move(outer);
    }
    obj.entries.push_back(HclEntry{keyString(keys[0]), keys[0].pos, std::move(value)});
  }

  static std::string keyString(const Token& k) { return k.type == Tok::String ? k.value : k.text; }

  HclValue parseObject(SourcePos open) {
    HclValue obj;
    obj.kind = HclKind::Object;
    obj.pos = open;
    parseItems(obj, &open);
    return obj;
  }

  static bool isLiteral(Tok t) {
    return t == Tok::String || t == Tok::Heredoc || t == Tok::Number || t == Tok::Float ||
           t == Tok::Bool;
  }

  static HclValue literal(const Token& t) {
    HclValue v;
    v.pos = t.pos;
    switch (t.type) {
      case Tok::String:
      case Tok::Heredoc:
        v.kind = HclKind::String;
        v.text = t.value;
        v.heredoc = t.type == Tok::Heredoc;
        break;
      case Tok::Number:
        v.kind = HclKind::Int;
        v.text = t.text;
        v.intValue = parseGoInt(t.text, 0, 64);  // checked by the lexer
        break;
      case Tok::Float:
        v.kind = HclKind::Float;
        v.text = t.text;
        std::from_chars(t.text.data(), t.text.data() + t.text.size(), v.floatValue);
        break;
      default:
        v.kind = HclKind::Bool;
        v.text = t.text;
        v.boolValue = t.text == "true";
        break;
    }
    return v;
  }

  HclValue parseValue(const std::string& what) {
    Token t = next();
    if (isLiteral(t.type)) return literal(t);
    if (t.type == Tok::LBrace) return parseObject(t.pos);
    if (t.type == Tok::LBrack) return parseList(t.pos);
    lex_.fail(t.pos,
              what + ": expected a value (string, number, bool, heredoc, list or object), got " +
                  describe(t));
  }

  HclValue parseList(SourcePos open) {
    HclValue list;
    list.kind = HclKind::List;
    list.pos = open;
    bool needComma = false;
    for (;;) {
      Token t = next();
      if (t.type == Tok::RBrack) return list;
      if (t.type == Tok::Eof)
        lex_.fail(t.pos, "expected ']' to close the list opened at " + posText(open) +
                             ", got end of file");
      if (needComma && t.type != Tok::Comma)
        lex_.fail(t.pos, "list: expected ',' or ']', got " + describe(t));
      if (t.type == Tok::Comma) {
        needComma = false;  // hcl also lets a comma stand alone
        continue;
      }
      if (isLiteral(t.type)) {
        list.items.push_back(literal(t));
      } else if (t.type == Tok::LBrace) {
        list.items.push_back(parseObject(t.pos));
      } else if (t.type == Tok::LBrack) {
        list.items.push_back(parseList(t.pos));
      } else {
        lex_.fail(t.pos, "list: expected a value or ']', got " + describe(t));
      }
      needComma = true;
    }
  }

  HclLexer lex_;
  Token tok_;
  bool peeked_ = false;
};

}  // namespace

const char* HclValue::kindName() const {
  switch (kind) {
    case HclKind::Object:
      return "object";
    case HclKind::List:
      return "list";
    case HclKind::String:
      return "string";
    case HclKind::Int:
    case HclKind::Float:
      return "number";
    case HclKind::Bool:
      return "bool";
  }
  return "value";
}

std::string formatPos(const std::string& name, SourcePos pos) {
  if (pos.line <= 0) return name;
  return name + ":" + posText(pos);
}

HclValue parseHcl(std::string_view text, const std::string& name) {
  return HclParser(text, name).parseFile();
}

HclValue parseConfigText(std::string_view text, const std::string& name) {
  bool json = name.size() >= 5 && name.compare(name.size() - 5, 5, ".json") == 0;
  if (!json) {
    size_t i = text.find_first_not_of(" \t\r\n\v\f");
    json = i != std::string_view::npos && text[i] == '{';
  }
  return json ? parseJson(text, name) : parseHcl(text, name);
}

}  // namespace hc::config
