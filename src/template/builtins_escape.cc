// The escaping builtins of Go's text/template (funcs.go): html, js and urlquery, and the
// printing of their arguments (evalArgs).
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "hc/template/format.h"
#include "template/exec_internal.h"
#include "template/format_internal.h"

namespace hc::tmpl::exec {
namespace {

std::string htmlEscape(const std::string& s) {
  if (s.find_first_of(std::string_view("'\"&<>\0", 6)) == std::string::npos) return s;
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '\0':
        out += "\xEF\xBF\xBD";
        break;
      case '"':
        out += "&#34;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string jsEscape(const std::string& s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size() + 16);
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '\\':
          out += "\\\\";
          break;
        case '\'':
          out += "\\'";
          break;
        case '"':
          out += "\\\"";
          break;
        case '<':
          out += "\\u003C";
          break;
        case '>':
          out += "\\u003E";
          break;
        case '&':
          out += "\\u0026";
          break;
        case '=':
          out += "\\u003D";
          break;
        default:
          if (c < ' ') {
            out += "\\u00";
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0xF]);
          } else {
            out.push_back(static_cast<char>(c));
          }
      }
      continue;
    }
    // A non-ASCII rune: kept if printable, else \uXXXX. An invalid byte decodes as U+FFFD,
    // which is printable, so the byte is kept.
    auto r = fmtimpl::decodeRune(std::string_view(s).substr(i));
    if (fmtimpl::isPrint(r.rune)) {
      out.append(s, i, static_cast<size_t>(r.width));
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(r.rune));
      out += buf;
    }
    i += static_cast<size_t>(r.width) - 1;
  }
  return out;
}

std::string queryEscape(const std::string& s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size() + 16);
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else if (c == ' ') {
      out.push_back('+');
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xF]);
    }
  }
  return out;
}

}  // namespace

EV builtinHTML(State&, std::vector<EV>& args) {
  return EV{Value::string(htmlEscape(evalArgsString(args)))};
}
EV builtinJS(State&, std::vector<EV>& args) {
  return EV{Value::string(jsEscape(evalArgsString(args)))};
}
EV builtinURLQuery(State&, std::vector<EV>& args) {
  return EV{Value::string(queryEscape(evalArgsString(args)))};
}

std::string evalArgsString(const std::vector<EV>& args) {
  // Fast path for the common case of one string.
  if (args.size() == 1 && args[0].v.kind() == Kind::String) return args[0].v.asString();
  // fmt.Sprint of the printable values: an invalid value prints "<no value>" (a string
  // operand, for Sprint's spacing), a pointer what it points to.
  std::string out;
  bool prevString = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const Value& v = args[i].v;
    bool isString;
    std::string text;
    if (!v.valid() || isUntypedNil(v)) {
      text = "<no value>";
      isString = true;
    } else if (v.kind() == Kind::Func || (v.kind() == Kind::List && v.asList().chan)) {
      text = goSprint({v});
      isString = false;
    } else {
      text = hc::tmpl::printValue(v);
      isString = v.kind() == Kind::String;
    }
    if (i > 0 && !isString && !prevString) out.push_back(' ');
    out += text;
    prevString = isString;
  }
  return out;
}

}  // namespace hc::tmpl::exec
