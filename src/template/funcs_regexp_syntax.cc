// Go's regexp/syntax parser (RE2 syntax with Perl extensions, as regexp.Compile uses it),
// reduced to validation with Go's error texts and re-emission of the pattern in an equivalent
// PCRE form; see funcs_regexp.cc for how the result is matched.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "funcs_internal.h"

namespace hc::tmpl::funcs {

namespace {

[[noreturn]] void syntaxError(const std::string& code, std::string_view expr) {
  throw FuncError("error parsing regexp: " + code + ": `" + std::string(expr) + "`");
}

bool isAlnumASCII(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

void emitRune(std::string& out, char32_t r) {
  if (isAlnumASCII(r)) {
    out += static_cast<char>(r);
    return;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x{%X}", static_cast<unsigned>(r));
  out += buf;
}

const char* const kPosixClasses[] = {"alnum", "alpha", "ascii", "blank", "cntrl",
                                     "digit", "graph", "lower", "print", "punct",
                                     "space", "upper", "word",  "xdigit"};

// Go's regexp/syntax parser, reduced to validation and re-emission as PCRE.
class Translator {
 public:
  explicit Translator(std::string_view re) : whole_(re) {}

  void run() {
    std::string_view t = whole_;
    std::string_view lastRepeat;
    names_.push_back("");
    while (!t.empty()) {
      std::string_view repeat;
      const char c = t[0];
      switch (c) {
        case '(':
          if (t.size() >= 2 && t[1] == '?') {
            t = perlFlags(t);
            break;
          }
          names_.push_back("");
          open("(");
          t.remove_prefix(1);
          break;
        case '|':
          out_ += '|';
          operand_ = false;
          flagsPending_ = false;
          t.remove_prefix(1);
          break;
        case ')':
          if (groups_.empty()) syntaxError("unexpected )", whole_);
          atom(false, groups_.back());
          groups_.pop_back();
          out_ += ')';
          t.remove_prefix(1);
          break;
        case '^':
        case '$':
        case '.':
          atom(c != '.');
          out_ += c;
          t.remove_prefix(1);
          break;
        case '[':
          t = charClass(t);
          break;
        case '*':
        case '+':
        case '?': {
          const std::string_view before = t;
          t = repetition(before, t.substr(1), lastRepeat, std::string(1, c));
          repeat = before;
          break;
        }
        case '{': {
          int min = 0, max = 0;
          std::string_view after;
          if (!parseRepeat(t, min, max, after)) {
            atom(false);
            out_ += "\\{";  // Not a repeat: a literal brace (PCRE might read {01} as one).
            t.remove_prefix(1);
            break;
          }
          const std::string_view before = t;
          if (min < 0 || min > 1000 || max > 1000 || (max >= 0 && min > max))
            syntaxError("invalid repeat count", before.substr(0, before.size() - after.size()));
          std::string op = "{" + std::to_string(min);
          if (max != min) op += max < 0 ? std::string(",") : "," + std::to_string(max);
          op += "}";
          t = repetition(before, after, lastRepeat, op);
          repeat = before;
          break;
        }
        case '\\':
          t = escape(t);
          break;
        default: {
          const DecodedRune d = nextRune(t);
          atom(false);
          emitRune(out_, d.rune);
          t.remove_prefix(static_cast<size_t>(d.width));
        }
      }
      lastRepeat = repeat;
    }
    if (!groups_.empty()) syntaxError("missing closing )", whole_);
  }

  const std::string& pcre() const { return out_; }
  const std::vector<std::string>& names() const { return names_; }
  const std::vector<std::string>& unicodeClasses() const { return unicodeClasses_; }

 private:
  DecodedRune nextRune(std::string_view t) {
    const DecodedRune d = decodeRune(t);
    if (d.rune == kRuneError && d.width == 1) syntaxError("invalid UTF-8", t);
    return d;
  }

  // Opens a group written as `text` ("(", "(?i:").
  void open(const std::string& text) {
    groups_.push_back(out_.size());
    out_ += text;
    operand_ = false;
    flagsPending_ = false;
  }

  // Marks the start of an operand (what a following repetition applies to). `assertion`: an
  // empty-width one (^ $ \b \B \A \z), which Go may repeat but PCRE only inside a group.
  void atom(bool assertion, size_t start = std::string::npos) {
    atomStart_ = start == std::string::npos ? out_.size() : start;
    wrap_ = assertion;
    operand_ = true;
    flagsPending_ = false;
  }

  std::string_view repetition(std::string_view before, std::string_view after,
                              std::string_view lastRepeat, const std::string& op) {
    bool lazy = false;
    if (!after.empty() && after[0] == '?') {
      after.remove_prefix(1);
      lazy = true;
    }
    if (!lastRepeat.empty())
      syntaxError("invalid nested repetition operator",
                  lastRepeat.substr(0, lastRepeat.size() - after.size()));
    if (!operand_)
      syntaxError("missing argument to repetition operator",
                  before.substr(0, before.size() - after.size()));
    // Go's flag groups push nothing, so in `a(?i)*` the star repeats `a`: move the flags after it.
    std::string flags;
    if (flagsPending_) {
      flags = out_.substr(flagsStart_);
      out_.resize(flagsStart_);
      flagsPending_ = false;
    }
    if (wrap_) {
      out_.insert(atomStart_, "(?:");
      out_ += ')';
    }
    out_ += op;
    if (lazy) out_ += '?';
    out_ += flags;
    wrap_ = true;  // Repeating it again (`a*(?i)*`, legal in Go) needs a group in PCRE.
    return after;
  }

  // Go's parseRepeat: {n}, {n,}, {n,m} with no leading zeros; false if not a repeat.
  static bool parseInt(std::string_view& s, int& n) {
    if (s.empty() || s[0] < '0' || s[0] > '9') return false;
    if (s.size() >= 2 && s[0] == '0' && s[1] >= '0' && s[1] <= '9') return false;
    n = 0;
    bool big = false;
    while (!s.empty() && s[0] >= '0' && s[0] <= '9') {
      if (n >= 100000000) big = true;
      if (!big) n = n * 10 + (s[0] - '0');
      s.remove_prefix(1);
    }
    if (big) n = -1;
    return true;
  }
  static bool parseRepeat(std::string_view s, int& min, int& max, std::string_view& rest) {
    s.remove_prefix(1);
    if (!parseInt(s, min) || s.empty()) return false;
    if (s[0] != ',') {
      max = min;
    } else {
      s.remove_prefix(1);
      if (s.empty()) return false;
      if (s[0] == '}') {
        max = -1;
      } else {
        if (!parseInt(s, max)) return false;
        if (max < 0) min = -1;
      }
    }
    if (s.empty() || s[0] != '}') return false;
    rest = s.substr(1);
    return true;
  }

  std::string_view perlFlags(std::string_view s) {
    std::string_view t = s;
    const bool withP = t.size() > 4 && t[2] == 'P' && t[3] == '<';
    const bool withName = t.size() > 3 && t[2] == '<';
    if (withP || withName) {
      const size_t start = withP ? 4 : 3;
      const size_t end = t.find('>');
      if (end == std::string_view::npos) syntaxError("invalid named capture", s);
      const std::string_view name = t.substr(start, end - start);
      bool ok = !name.empty();
      for (char ch : name)
        if (ch != '_' && !isAlnumASCII(static_cast<unsigned char>(ch))) ok = false;
      if (!ok) syntaxError("invalid named capture", t.substr(0, end + 1));
      names_.emplace_back(name);
      open("(");
      return t.substr(end + 1);
    }
    t.remove_prefix(2);
    std::string flags;
    bool negated = false, sawFlag = false;
    while (!t.empty()) {
      const DecodedRune d = nextRune(t);
      t.remove_prefix(static_cast<size_t>(d.width));
      switch (d.rune) {
        case 'i':
        case 'm':
        case 's':
        case 'U':
          flags += static_cast<char>(d.rune);
          sawFlag = true;
          continue;
        case '-':
          if (negated) break;
          negated = true;
          flags += '-';
          sawFlag = false;
          continue;
        case ':':
        case ')':
          if (negated && !sawFlag) break;
          if (d.rune == ':') {
            open("(?" + flags + ":");
          } else if (!flags.empty()) {
            if (!flagsPending_) flagsStart_ = out_.size();
            flagsPending_ = true;
            out_ += "(?" + flags + ")";
          }
          return t;
        default:
          break;
      }
      break;
    }
    syntaxError("invalid or unsupported Perl syntax", s.substr(0, s.size() - t.size()));
  }

  // \p{Name}, \pN, \P... at t (Go's parseUnicodeClass); returns the rest, emits it verbatim.
  std::string_view unicodeClass(std::string_view t) {
    std::string_view rest = t.substr(2);
    if (rest.empty()) syntaxError("invalid character class range", t);
    const DecodedRune d = nextRune(rest);
    size_t len;
    if (d.rune != '{') {
      len = 2 + static_cast<size_t>(d.width);
    } else {
      const size_t end = t.find('}');
      if (end == std::string_view::npos) syntaxError("invalid character class range", t);
      len = end + 1;
      if (len == 4 || (len == 5 && t[3] == '^'))
        syntaxError("invalid character class range", t.substr(0, len));
    }
    unicodeClasses_.emplace_back(t.substr(0, len));
    out_ += t.substr(0, len);
    return t.substr(len);
  }

  // Go's parseEscape for a single character; returns the rune and the rest.
  std::string_view singleEscape(std::string_view s, char32_t& r) {
    std::string_view t = s.substr(1);
    if (t.empty()) syntaxError("trailing backslash at end of expression", "");
    const DecodedRune d = nextRune(t);
    const char32_t c = d.rune;
    t.remove_prefix(static_cast<size_t>(d.width));
    auto bad = [&]() { syntaxError("invalid escape sequence", s.substr(0, s.size() - t.size())); };
    if (c < 0x80 && !isAlnumASCII(c)) {
      r = c;
      return t;
    }
    switch (c) {
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
        if (t.empty() || t[0] < '0' || t[0] > '7') bad();  // A backreference.
        [[fallthrough]];
      case '0':
        r = c - '0';
        for (int i = 1; i < 3 && !t.empty() && t[0] >= '0' && t[0] <= '7'; ++i) {
          r = r * 8 + static_cast<char32_t>(t[0] - '0');
          t.remove_prefix(1);
        }
        return t;
      case 'x': {
        auto unhex = [](char32_t h) -> int {
          if (h >= '0' && h <= '9') return static_cast<int>(h - '0');
          if (h >= 'a' && h <= 'f') return static_cast<int>(h - 'a' + 10);
          if (h >= 'A' && h <= 'F') return static_cast<int>(h - 'A' + 10);
          return -1;
        };
        if (t.empty()) bad();
        DecodedRune h = nextRune(t);
        t.remove_prefix(static_cast<size_t>(h.width));
        if (h.rune == '{') {
          int n = 0;
          r = 0;
          for (;;) {
            if (t.empty()) bad();
            h = nextRune(t);
            t.remove_prefix(static_cast<size_t>(h.width));
            if (h.rune == '}') break;
            const int v = unhex(h.rune);
            if (v < 0) bad();
            r = r * 16 + static_cast<char32_t>(v);
            if (r > 0x10FFFF) bad();
            ++n;
          }
          if (n == 0) bad();
          return t;
        }
        const int x = unhex(h.rune);
        if (t.empty()) bad();
        h = nextRune(t);
        t.remove_prefix(static_cast<size_t>(h.width));
        const int y = unhex(h.rune);
        if (x < 0 || y < 0) bad();
        r = static_cast<char32_t>(x * 16 + y);
        return t;
      }
      case 'a':
        r = '\a';
        return t;
      case 'f':
        r = '\f';
        return t;
      case 'n':
        r = '\n';
        return t;
      case 'r':
        r = '\r';
        return t;
      case 't':
        r = '\t';
        return t;
      case 'v':
        r = '\v';
        return t;
      default:
        break;
    }
    bad();
    return t;
  }

  std::string_view escape(std::string_view t) {
    const bool assertion =
        t.size() >= 2 && (t[1] == 'A' || t[1] == 'b' || t[1] == 'B' || t[1] == 'z');
    atom(assertion);
    if (t.size() >= 2) {
      switch (t[1]) {
        case 'A':
          out_ += "\\A";
          return t.substr(2);
        case 'b':
          out_ += "\\b";
          return t.substr(2);
        case 'B':
          out_ += "\\B";
          return t.substr(2);
        case 'z':
          out_ += "\\z";
          return t.substr(2);
        case 'C':
          syntaxError("invalid escape sequence", t.substr(0, 2));
        case 'Q': {
          std::string_view lit = t.substr(2);
          const size_t end = lit.find("\\E");
          std::string_view rest;
          if (end != std::string_view::npos) {
            rest = lit.substr(end + 2);
            lit = lit.substr(0, end);
          }
          while (!lit.empty()) {
            const DecodedRune d = nextRune(lit);
            emitRune(out_, d.rune);
            lit.remove_prefix(static_cast<size_t>(d.width));
          }
          return rest;
        }
        case 'p':
        case 'P':
          return unicodeClass(t);
        case 'd':
          out_ += "\\d";
          return t.substr(2);
        case 'D':
          out_ += "\\D";
          return t.substr(2);
        case 'w':
          out_ += "\\w";
          return t.substr(2);
        case 'W':
          out_ += "\\W";
          return t.substr(2);
        case 's':
          out_ += "[\\t\\n\\f\\r ]";
          return t.substr(2);  // Go's \s has no \v.
        case 'S':
          out_ += "[^\\t\\n\\f\\r ]";
          return t.substr(2);
        default:
          break;
      }
    }
    char32_t r = 0;
    t = singleEscape(t, r);
    emitRune(out_, r);
    return t;
  }

  // A class member: an escape or a rune. `whole` is the class from its '[' (for errors).
  std::string_view classChar(std::string_view t, std::string_view whole, char32_t& r) {
    if (t.empty()) syntaxError("missing closing ]", whole);
    if (t[0] == '\\') return singleEscape(t, r);
    const DecodedRune d = nextRune(t);
    r = d.rune;
    return t.substr(static_cast<size_t>(d.width));
  }

  std::string_view charClass(std::string_view s) {
    std::string_view t = s.substr(1);
    atom(false);
    out_ += '[';
    if (!t.empty() && t[0] == '^') {
      out_ += '^';
      t.remove_prefix(1);
    }
    bool first = true;
    while (t.empty() || t[0] != ']' || first) {
      first = false;
      if (t.size() > 2 && t[0] == '[' && t[1] == ':') {
        const size_t end = t.find(":]", 2);
        if (end != std::string_view::npos) {
          const std::string_view name = t.substr(0, end + 2);
          std::string_view bare = name.substr(2, name.size() - 4);
          if (!bare.empty() && bare[0] == '^') bare.remove_prefix(1);
          bool known = false;
          for (const char* p : kPosixClasses)
            if (bare == p) known = true;
          if (!known) syntaxError("invalid character class range", name);
          out_ += name;
          t.remove_prefix(name.size());
          continue;
        }
      }
      if (t.size() >= 2 && t[0] == '\\') {
        const char e = t[1];
        if (e == 'p' || e == 'P') {
          t = unicodeClass(t);
          continue;
        }
        if (e == 'd' || e == 'D' || e == 'w' || e == 'W') {
          out_ += t.substr(0, 2);
          t.remove_prefix(2);
          continue;
        }
        if (e == 's') {
          out_ += "\\t\\n\\f\\r ";
          t.remove_prefix(2);
          continue;
        }
        if (e == 'S') {
          out_ += "\\x{0}-\\x{8}\\x{B}\\x{E}-\\x{1F}\\x{21}-\\x{10FFFF}";
          t.remove_prefix(2);
          continue;
        }
      }
      const std::string_view rng = t;
      char32_t lo = 0, hi = 0;
      t = classChar(t, s, lo);
      hi = lo;
      if (t.size() >= 2 && t[0] == '-' && t[1] != ']') {
        t.remove_prefix(1);
        t = classChar(t, s, hi);
        if (hi < lo)
          syntaxError("invalid character class range", rng.substr(0, rng.size() - t.size()));
      }
      emitRune(out_, lo);
      if (hi != lo) {
        out_ += '-';
        emitRune(out_, hi);
      }
    }
    out_ += ']';
    return t.substr(1);
  }

  std::string_view whole_;
  std::string out_;
  std::vector<std::string> names_;
  std::vector<size_t> groups_;  ///< Output offsets of the open groups.
  bool operand_ = false;        ///< Something a repetition can apply to precedes.
  size_t atomStart_ = 0;        ///< Output offset of that operand.
  bool wrap_ = false;           ///< Repeating it needs a (?:...) around it.
  bool flagsPending_ = false;   ///< Flag groups were emitted since that operand...
  size_t flagsStart_ = 0;       ///< ...starting at this offset.
  std::vector<std::string> unicodeClasses_;
};

}  // namespace

RegexpTranslation translateRegexp(std::string_view re) {
  Translator tr(re);
  tr.run();
  return RegexpTranslation{tr.pcre(), tr.names(), tr.unicodeClasses()};
}

}  // namespace hc::tmpl::funcs
