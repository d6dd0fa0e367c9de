// toJSON, toJSONPretty, toUnescapedJSON, toUnescapedJSONPretty and parseJSON: Go's
// encoding/json over template Values (the decoder is in funcs_json_decode.cc).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "funcs_internal.h"
#include "hc/template/format.h"

namespace hc::tmpl::funcs {

namespace {

// ---- Encoding -----------------------------------------------------------------------------

const char kHex[] = "0123456789abcdef";

void appendJSONString(std::string& out, std::string_view s, bool escapeHTML) {
  out += '"';
  while (!s.empty()) {
    const auto c = static_cast<unsigned char>(s[0]);
    if (c < 0x80) {
      if (c >= 0x20 && c != '"' && c != '\\' &&
          !(escapeHTML && (c == '<' || c == '>' || c == '&'))) {
        out += static_cast<char>(c);
      } else {
        switch (c) {
          case '"':
            out += "\\\"";
            break;
          case '\\':
            out += "\\\\";
            break;
          case '\b':
            out += "\\b";
            break;
          case '\f':
            out += "\\f";
            break;
          case '\n':
            out += "\\n";
            break;
          case '\r':
            out += "\\r";
            break;
          case '\t':
            out += "\\t";
            break;
          default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
      }
      s.remove_prefix(1);
      continue;
    }
    const DecodedRune d = decodeRune(s);
    if (d.rune == kRuneError && d.width == 1) {
      out += "\\ufffd";
    } else if (d.rune == 0x2028 || d.rune == 0x2029) {
      out += d.rune == 0x2028 ? "\\u2028" : "\\u2029";
    } else {
      out += s.substr(0, static_cast<size_t>(d.width));
    }
    s.remove_prefix(static_cast<size_t>(d.width));
  }
  out += '"';
}

void appendJSONFloat(std::string& out, double f, bool f32) {
  if (std::isnan(f) || std::isinf(f))
    throw FuncError("json: unsupported value: " + goFormatFloat(f, 'g', -1, f32 ? 32 : 64));
  const double a = std::fabs(f);
  bool exp = false;
  if (a != 0) {
    if (f32) {
      const float af = static_cast<float>(a);
      exp = af < 1e-6f || af >= 1e21f;
    } else {
      exp = a < 1e-6 || a >= 1e21;
    }
  }
  std::string s = goFormatFloat(f, exp ? 'e' : 'f', -1, f32 ? 32 : 64);
  if (exp) {
    // json trims Go's two-digit negative exponent: "1e-07" becomes "1e-7".
    const size_t n = s.size();
    if (n >= 4 && s[n - 4] == 'e' && s[n - 3] == '-' && s[n - 2] == '0') s.erase(n - 2, 1);
  }
  out += s;
}

class Encoder {
 public:
  Encoder(std::string& out, const JSONOptions& o) : out_(out), o_(o) {}

  void value(const Value& v, int depth) {
    switch (v.kind()) {
      case Kind::Invalid:
      case Kind::Nil:
        out_ += "null";
        return;
      case Kind::Bool:
        out_ += v.asBool() ? "true" : "false";
        return;
      case Kind::Int:
        out_ += std::to_string(v.asInt());
        return;
      case Kind::Uint:
        out_ += std::to_string(v.asUint());
        return;
      case Kind::Float:
        appendJSONFloat(out_, v.asFloat(), v.numType() == NumType::Float32);
        return;
      case Kind::String:
        appendJSONString(out_, v.asString(), o_.escapeHTML);
        return;
      case Kind::List: {
        const ListData& l = v.asList();
        if (l.chan) throw FuncError("json: unsupported type: " + l.type);
        open('[', l.items.empty());
        for (size_t i = 0; i < l.items.size(); ++i) {
          if (i) out_ += ',';
          newline(depth + 1);
          value(l.items[i], depth + 1);
        }
        close(']', l.items.empty(), depth);
        return;
      }
      case Kind::Map: {
        // Go sorts by the encoded key; int-keyed maps (byPort) sort as strings too.
        std::vector<const std::pair<std::string, Value>*> entries;
        for (const auto& e : v.asMap().entries) entries.push_back(&e);
        std::stable_sort(entries.begin(), entries.end(),
                         [](const auto* a, const auto* b) { return a->first < b->first; });
        open('{', entries.empty());
        for (size_t i = 0; i < entries.size(); ++i) {
          if (i) out_ += ',';
          newline(depth + 1);
          member(entries[i]->first, entries[i]->second, depth + 1);
        }
        close('}', entries.empty(), depth);
        return;
      }
      case Kind::Struct: {
        const StructData& s = v.asStruct();
        const auto& names = s.type->fields;
        open('{', names.empty());
        for (size_t i = 0; i < names.size(); ++i) {
          if (i) out_ += ',';
          newline(depth + 1);
          member(names[i], i < s.fields.size() ? s.fields[i] : Value(), depth + 1);
        }
        close('}', names.empty(), depth);
        return;
      }
      case Kind::Object:
        out_ += "{}";
        return;  // *template.Scratch has no exported fields.
      case Kind::Func:
        throw FuncError("json: unsupported type: " + v.goType());
    }
  }

 private:
  void member(const std::string& key, const Value& v, int depth) {
    appendJSONString(out_, key, o_.escapeHTML);
    out_ += o_.indent ? ": " : ":";
    value(v, depth);
  }
  void open(char c, bool) { out_ += c; }
  void close(char c, bool empty, int depth) {
    if (!empty) newline(depth);
    out_ += c;
  }
  void newline(int depth) {
    if (!o_.indent) return;
    out_ += '\n';
    out_.append(static_cast<size_t>(depth) * 2, ' ');
  }

  std::string& out_;
  const JSONOptions& o_;
};

}  // namespace

std::string jsonMarshal(const Value& v, const JSONOptions& opts) {
  std::string out;
  Encoder(out, opts).value(v, 0);
  return out;
}

void addJSONFuncs(FuncMap& m) {
  struct Variant {
    const char* name;
    JSONOptions opts;
  };
  for (const Variant& var :
       {Variant{"toJSON", {true, false}}, Variant{"toJSONPretty", {true, true}},
        Variant{"toUnescapedJSON", {false, false}},
        Variant{"toUnescapedJSONPretty", {false, true}}}) {
    const std::string name = var.name;
    const JSONOptions opts = var.opts;
    define(m, name, {Param::Any}, [name, opts](CallContext&, std::vector<Value>& a) {
      try {
        return Value::string(jsonMarshal(a.at(0), opts));
      } catch (const FuncError& e) {
        throw FuncError(name + ": " + e.what());
      }
    });
  }
  // parseJSON(s string): "" is an empty map; errors are json's own text, unwrapped.
  define(m, "parseJSON", {Param::String}, [](CallContext&, std::vector<Value>& a) {
    const std::string& s = argString(a, 0);
    if (s.empty()) return Value::map({}, "map[string]interface {}");
    return jsonUnmarshal(s);
  });
}

}  // namespace hc::tmpl::funcs
