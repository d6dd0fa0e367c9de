// parseJSON's decoder: Go's encoding/json Unmarshal into interface{}. The input is validated
// with a port of json's scanner state machine first (so syntax errors carry Go's exact text, as
// checkValid reports them), then the Values are built.
#include <cctype>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "funcs_internal.h"

namespace hc::tmpl::funcs {

namespace {

// ---- Decoding: json's scanner (checkValid) ------------------------------------------------

enum class St : uint8_t {
  BeginValueOrEmpty,
  BeginValue,
  BeginStringOrEmpty,
  BeginString,
  EndValue,
  EndTop,
  InString,
  InStringEsc,
  InStringEscU,
  InStringEscU1,
  InStringEscU12,
  InStringEscU123,
  Neg,
  One,
  Zero,
  Dot,
  Dot0,
  E,
  ESign,
  E0,
  T,
  Tr,
  Tru,
  F,
  Fa,
  Fal,
  Fals,
  N,
  Nu,
  Nul,
};
enum class Ps : uint8_t { ObjectKey, ObjectValue, ArrayValue };

constexpr size_t kMaxNestingDepth = 10000;

std::string quoteChar(unsigned char c) {
  if (c == '\'') return "'\\''";
  if (c == '"') return "'\"'";
  std::string q;
  appendRune(q, c);  // Go converts the byte to a rune (U+0000..U+00FF) before quoting it.
  q = quote(q);
  return "'" + q.substr(1, q.size() - 2) + "'";
}

bool isJSONSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
bool isHex(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

class Scanner {
 public:
  // Feeds one byte; returns false (and sets err) on a syntax error.
  bool step(unsigned char c) {
    switch (st_) {
      case St::BeginValueOrEmpty:
        if (isJSONSpace(c)) return true;
        if (c == ']') return endValue(c);
        return beginValue(c);
      case St::BeginValue:
        return beginValue(c);
      case St::BeginStringOrEmpty:
        if (isJSONSpace(c)) return true;
        if (c == '}') {
          stack_.back() = Ps::ObjectValue;
          return endValue(c);
        }
        return beginString(c);
      case St::BeginString:
        return beginString(c);
      case St::EndValue:
        return endValue(c);
      case St::EndTop:
        if (!isJSONSpace(c)) return error(c, "after top-level value");
        return true;
      case St::InString:
        if (c == '"') {
          st_ = St::EndValue;
        } else if (c == '\\') {
          st_ = St::InStringEsc;
        } else if (c < 0x20) {
          return error(c, "in string literal");
        }
        return true;
      case St::InStringEsc:
        if (c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't' || c == '\\' || c == '/' ||
            c == '"') {
          st_ = St::InString;
          return true;
        }
        if (c == 'u') {
          st_ = St::InStringEscU;
          return true;
        }
        return error(c, "in string escape code");
      case St::InStringEscU:
      case St::InStringEscU1:
      case St::InStringEscU12:
      case St::InStringEscU123:
        if (!isHex(c)) return error(c, "in \\u hexadecimal character escape");
        st_ =
            st_ == St::InStringEscU123 ? St::InString : static_cast<St>(static_cast<int>(st_) + 1);
        return true;
      case St::Neg:
        if (c == '0') {
          st_ = St::Zero;
          return true;
        }
        if (c >= '1' && c <= '9') {
          st_ = St::One;
          return true;
        }
        return error(c, "in numeric literal");
      case St::One:
        if (c >= '0' && c <= '9') return true;
        return zero(c);
      case St::Zero:
        return zero(c);
      case St::Dot:
        if (c >= '0' && c <= '9') {
          st_ = St::Dot0;
          return true;
        }
        return error(c, "after decimal point in numeric literal");
      case St::Dot0:
        if (c >= '0' && c <= '9') return true;
        if (c == 'e' || c == 'E') {
          st_ = St::E;
          return true;
        }
        return endValue(c);
      case St::E:
        if (c == '+' || c == '-') {
          st_ = St::ESign;
          return true;
        }
        [[fallthrough]];
      case St::ESign:
        if (c >= '0' && c <= '9') {
          st_ = St::E0;
          return true;
        }
        return error(c, "in exponent of numeric literal");
      case St::E0:
        if (c >= '0' && c <= '9') return true;
        return endValue(c);
      case St::T:
        return lit(c, 'r', St::Tr, "in literal true (expecting 'r')");
      case St::Tr:
        return lit(c, 'u', St::Tru, "in literal true (expecting 'u')");
      case St::Tru:
        return lit(c, 'e', St::EndValue, "in literal true (expecting 'e')");
      case St::F:
        return lit(c, 'a', St::Fa, "in literal false (expecting 'a')");
      case St::Fa:
        return lit(c, 'l', St::Fal, "in literal false (expecting 'l')");
      case St::Fal:
        return lit(c, 's', St::Fals, "in literal false (expecting 's')");
      case St::Fals:
        return lit(c, 'e', St::EndValue, "in literal false (expecting 'e')");
      case St::N:
        return lit(c, 'u', St::Nu, "in literal null (expecting 'u')");
      case St::Nu:
        return lit(c, 'l', St::Nul, "in literal null (expecting 'l')");
      case St::Nul:
        return lit(c, 'l', St::EndValue, "in literal null (expecting 'l')");
    }
    return true;
  }

  // End of input (json's scanner.eof).
  bool eof() {
    if (endTop_) return true;
    if (!step(' ')) return false;
    if (endTop_) return true;
    err_ = "unexpected end of JSON input";
    return false;
  }

  const std::string& err() const { return err_; }

 private:
  bool beginValue(unsigned char c) {
    if (isJSONSpace(c)) return true;
    switch (c) {
      case '{':
        st_ = St::BeginStringOrEmpty;
        return push(c, Ps::ObjectKey);
      case '[':
        st_ = St::BeginValueOrEmpty;
        return push(c, Ps::ArrayValue);
      case '"':
        st_ = St::InString;
        return true;
      case '-':
        st_ = St::Neg;
        return true;
      case '0':
        st_ = St::Zero;
        return true;
      case 't':
        st_ = St::T;
        return true;
      case 'f':
        st_ = St::F;
        return true;
      case 'n':
        st_ = St::N;
        return true;
      default:
        break;
    }
    if (c >= '1' && c <= '9') {
      st_ = St::One;
      return true;
    }
    return error(c, "looking for beginning of value");
  }
  bool beginString(unsigned char c) {
    if (isJSONSpace(c)) return true;
    if (c == '"') {
      st_ = St::InString;
      return true;
    }
    return error(c, "looking for beginning of object key string");
  }
  bool zero(unsigned char c) {
    if (c == '.') {
      st_ = St::Dot;
      return true;
    }
    if (c == 'e' || c == 'E') {
      st_ = St::E;
      return true;
    }
    return endValue(c);
  }
  bool endValue(unsigned char c) {
    if (stack_.empty()) {
      st_ = St::EndTop;
      endTop_ = true;
      return step(c);
    }
    if (isJSONSpace(c)) {
      st_ = St::EndValue;
      return true;
    }
    switch (stack_.back()) {
      case Ps::ObjectKey:
        if (c == ':') {
          stack_.back() = Ps::ObjectValue;
          st_ = St::BeginValue;
          return true;
        }
        return error(c, "after object key");
      case Ps::ObjectValue:
        if (c == ',') {
          stack_.back() = Ps::ObjectKey;
          st_ = St::BeginString;
          return true;
        }
        if (c == '}') return pop();
        return error(c, "after object key:value pair");
      case Ps::ArrayValue:
        if (c == ',') {
          st_ = St::BeginValue;
          return true;
        }
        if (c == ']') return pop();
        return error(c, "after array element");
    }
    return error(c, "");
  }
  bool lit(unsigned char c, char want, St next, const char* msg) {
    if (c != static_cast<unsigned char>(want)) return error(c, msg);
    st_ = next;
    return true;
  }
  bool push(unsigned char c, Ps ps) {
    stack_.push_back(ps);
    if (stack_.size() > kMaxNestingDepth) return error(c, "exceeded max depth");
    return true;
  }
  bool pop() {
    stack_.pop_back();
    if (stack_.empty()) {
      st_ = St::EndTop;
      endTop_ = true;
    } else {
      st_ = St::EndValue;
    }
    return true;
  }
  bool error(unsigned char c, const std::string& context) {
    err_ = "invalid character " + quoteChar(c) + " " + context;
    return false;
  }

  St st_ = St::BeginValue;
  std::vector<Ps> stack_;
  bool endTop_ = false;
  std::string err_;
};

// ---- Decoding: building Values from validated input ---------------------------------------

int hexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

// Four hex digits after "\u" at s[i], or -1.
int32_t getU4(const std::string& s, size_t i) {
  if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return -1;
  int32_t r = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    if (!isHex(static_cast<unsigned char>(s[k]))) return -1;
    r = r * 16 + hexVal(s[k]);
  }
  return r;
}

class Decoder {
 public:
  explicit Decoder(const std::string& s) : s_(s) {}

  Value decode() {
    // Iterative, so 10000 levels of nesting need no deep native stack.
    struct Frame {
      bool object;
      std::vector<Value> items;
      std::vector<std::pair<std::string, Value>> entries;
      std::string key;
    };
    std::vector<Frame> stack;
    for (;;) {
      // We get here at the start, after opening a non-empty container, or after a ','.
      skipSpace();
      if (!stack.empty() && stack.back().object) {
        stack.back().key = string();
        skipSpace();
        ++i_;  // ':'
        skipSpace();
      }
      Value v;
      const char c = s_[i_];
      if (c == '{' || c == '[') {
        ++i_;
        skipSpace();
        if (s_[i_] != (c == '{' ? '}' : ']')) {
          stack.push_back(Frame{c == '{', {}, {}, {}});
          continue;
        }
        ++i_;
        v = finish(c == '{', {}, {});
      } else {
        v = scalar();
      }
      // Attach v to its parent, closing every container that ends right after it. A JSON null
      // inside a container is an untyped nil.
      for (;;) {
        if (stack.empty()) return v;
        Frame& f = stack.back();
        if (f.object)
          f.entries.emplace_back(std::move(f.key), v.valid() ? v : Value::nil());
        else
          f.items.push_back(v.valid() ? v : Value::nil());
        skipSpace();
        if (s_[i_] == ',') {
          ++i_;
          break;
        }
        ++i_;  // '}' or ']'
        v = finish(f.object, std::move(f.items), std::move(f.entries));
        stack.pop_back();
      }
    }
  }

  const std::string& err() const { return err_; }

 private:
  static Value finish(bool object, std::vector<Value> items,
                      std::vector<std::pair<std::string, Value>> entries) {
    if (object) return Value::map(std::move(entries), "map[string]interface {}");
    return Value::list(std::move(items), "[]interface {}");
  }

  void skipSpace() {
    while (i_ < s_.size() && isJSONSpace(static_cast<unsigned char>(s_[i_]))) ++i_;
  }

  Value scalar() {
    const char c = s_[i_];
    if (c == '"') return Value::string(string());
    if (c == 't') {
      i_ += 4;
      return Value::boolean(true);
    }
    if (c == 'f') {
      i_ += 5;
      return Value::boolean(false);
    }
    if (c == 'n') {
      i_ += 4;
      return Value();
    }
    const size_t start = i_;
    while (i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '-' ||
                              s_[i_] == '+' || s_[i_] == '.' || s_[i_] == 'e' || s_[i_] == 'E'))
      ++i_;
    const std::string lit = s_.substr(start, i_ - start);
    double f = 0;
    try {
      f = parseFloat64(lit);
    } catch (const FuncError&) {
      // Go records the first such error, finishes decoding, then returns it.
      if (err_.empty())
        err_ = "json: cannot unmarshal number " + lit + " into Go value of type float64";
    }
    return Value::floating(f);
  }

  // A string literal at i_ (validated), unquoted as json's unquote does.
  std::string string() {
    ++i_;  // opening quote
    std::string out;
    while (s_[i_] != '"') {
      const char c = s_[i_];
      if (c == '\\') {
        const char e = s_[i_ + 1];
        switch (e) {
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'u': {
            int32_t r = getU4(s_, i_);
            i_ += 6;
            if (r >= 0xD800 && r < 0xE000) {
              const int32_t r2 = getU4(s_, i_);
              if (r < 0xDC00 && r2 >= 0xDC00 && r2 < 0xE000) {
                i_ += 6;
                appendRune(out,
                           static_cast<char32_t>(((r - 0xD800) << 10 | (r2 - 0xDC00)) + 0x10000));
                continue;
              }
              r = kRuneError;
            }
            appendRune(out, static_cast<char32_t>(r));
            continue;
          }
          default:
            out += e;
            break;  // \\ \/ \"
        }
        i_ += 2;
        continue;
      }
      const DecodedRune d = decodeRune(std::string_view(s_).substr(i_));
      if (d.rune == kRuneError && d.width == 1)
        appendRune(out, kRuneError);
      else
        out.append(s_, i_, static_cast<size_t>(d.width));
      i_ += static_cast<size_t>(d.width);
    }
    ++i_;  // closing quote
    return out;
  }

  const std::string& s_;
  size_t i_ = 0;
  std::string err_;
};

}  // namespace

Value jsonUnmarshal(const std::string& s) {
  Scanner scan;
  for (char c : s)
    if (!scan.step(static_cast<unsigned char>(c))) throw FuncError(scan.err());
  if (!scan.eof()) throw FuncError(scan.err());
  Decoder d(s);
  Value v = d.decode();
  if (!d.err().empty()) throw FuncError(d.err());
  return v;
}

}  // namespace hc::tmpl::funcs
