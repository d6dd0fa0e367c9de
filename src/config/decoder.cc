#include "decoder.h"

#include <cctype>
#include <limits>
#include <stdexcept>

#include "hc/config/go_values.h"
#include "hc/template/format.h"

namespace hc::config::detail {
namespace {

bool equalFold(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

}  // namespace

std::string checkLogLevel(const std::string& level) {
  std::string upper = level;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const char* l : {"TRACE", "DEBUG", "INFO", "WARN", "ERR"})
    if (upper == l) return upper;
  throw std::invalid_argument("invalid log level " + tmpl::goQuote(upper) +
                              ", valid log levels are TRACE, DEBUG, INFO, WARN, ERR");
}

void checkHaproxyMode(const std::string& mode) {
  if (mode != "runtime" && mode != "socket-only" && mode != "reload")
    throw std::invalid_argument("invalid haproxy mode " + tmpl::goQuote(mode) +
                                " (want runtime, socket-only or reload)");
}

void checkHostPort(const std::string& v) {
  size_t colon = v.rfind(':');
  std::string port = colon == std::string::npos ? "" : v.substr(colon + 1);
  bool digits = !port.empty() && port.size() <= 5 &&
                port.find_first_not_of("0123456789") == std::string::npos;
  if (!digits || std::stoi(port) > 65535)
    throw std::invalid_argument("want HOST:PORT (e.g. 127.0.0.1:9090), got " + tmpl::goQuote(v));
}

std::string joinPath(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

void Decoder::fail(SourcePos p, const std::string& message) const {
  throw ConfigError(at(p) + ": " + message);
}

void Decoder::warn(SourcePos p, const std::string& message) const {
  warnings_.push_back(at(p) + ": " + message);
}

void Decoder::wrongType(const HclValue& v, const std::string& path, const char* want) const {
  fail(v.pos, path + ": expected " + want + ", got " + v.kindName());
}

std::string Decoder::str(const HclValue& v, const std::string& path) const {
  if (v.kind != HclKind::String) wrongType(v, path, "a string");
  return v.text;
}

bool Decoder::boolean(const HclValue& v, const std::string& path) const {
  if (v.kind != HclKind::Bool) wrongType(v, path, "a bool (true or false)");
  return v.boolValue;
}

int64_t Decoder::integer(const HclValue& v, const std::string& path, int64_t min,
                         int64_t max) const {
  if (v.kind != HclKind::Int) wrongType(v, path, "an integer");
  if (v.intValue < min || v.intValue > max)
    fail(v.pos, path + ": " + v.text + " is out of range [" + std::to_string(min) + ", " +
                    std::to_string(max) + "]");
  return v.intValue;
}

Millis Decoder::duration(const HclValue& v, const std::string& path) const {
  if (v.kind == HclKind::Int && v.intValue == 0) return Millis(0);
  if (v.kind == HclKind::Int || v.kind == HclKind::Float)
    fail(v.pos, path + ": a duration needs a unit, as in \"" + v.text + "s\" (got " + v.text + ")");
  if (v.kind != HclKind::String) wrongType(v, path, "a duration string (\"250ms\", \"1m30s\")");
  try {
    return parseGoDurationMillis(v.text);
  } catch (const std::invalid_argument& e) {
    fail(v.pos, path + ": " + e.what());
  }
}

int Decoder::signal(const HclValue& v, const std::string& path) const {
  std::string s = str(v, path);
  if (s.empty()) return 0;  // consul-template's hook: "" is SIGNULL
  try {
    return parseSignalName(s);
  } catch (const std::invalid_argument& e) {
    fail(v.pos, path + ": " + e.what());
  }
}

std::vector<std::string> Decoder::stringList(const HclValue& v, const std::string& path) const {
  std::vector<std::string> out;
  if (v.kind == HclKind::String) {
    // mapstructure's StringToSliceHookFunc(","): no trimming, "" is an empty list.
    if (v.text.empty()) return out;
    size_t start = 0;
    for (;;) {
      size_t comma = v.text.find(',', start);
      out.push_back(v.text.substr(start, comma - start));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    return out;
  }
  if (v.kind != HclKind::List) wrongType(v, path, "a list of strings or a string");
  for (size_t i = 0; i < v.items.size(); ++i)
    out.push_back(str(v.items[i], path + "[" + std::to_string(i) + "]"));
  return out;
}

unsigned Decoder::perms(const HclValue& v, const std::string& path) const {
  if (v.kind == HclKind::String) {
    try {
      return static_cast<unsigned>(parseGoUint(v.text, 8, 12));  // consul-template's FileMode hook
    } catch (const std::invalid_argument& e) {
      fail(v.pos, path + ": " + e.what());
    }
  }
  if (v.kind != HclKind::Int) wrongType(v, path, "an octal mode (\"0644\" or 0644)");
  if (v.intValue < 0 || v.intValue > 07777)
    fail(v.pos, path + ": " + v.text + " is not a file mode (0 to 07777)");
  return static_cast<unsigned>(v.intValue);
}

WaitLayer Decoder::wait(const HclValue& v, const std::string& path) const {
  WaitLayer w;
  w.origin = at(v.pos);
  if (v.kind == HclKind::String) {
    try {
      WaitConfig c = parseWaitString(v.text);
      w.min = c.min;
      w.max = c.max;
    } catch (const std::invalid_argument& e) {
      std::string msg = e.what();
      fail(v.pos, msg.rfind("wait:", 0) == 0 ? msg : path + ": " + msg);
    }
    return w;
  }
  const HclValue* b = block(v, path);
  if (b == nullptr) return w;
  w.origin = at(b->pos);
  walk(*b, path, {millis("min", w.min), millis("max", w.max)});
  if ((w.min && w.min->count() < 0) || (w.max && w.max->count() < 0))
    fail(b->pos, "wait: cannot be negative");
  if (w.min && w.max && *w.max < *w.min) fail(b->pos, "wait: min must be less than max");
  return w;
}

const HclValue* Decoder::block(const HclValue& v, const std::string& path) const {
  if (v.kind == HclKind::Object) return &v;
  if (v.kind == HclKind::List) {
    for (size_t i = 0; i < v.items.size(); ++i)
      if (v.items[i].kind != HclKind::Object)
        wrongType(v.items[i], path + "[" + std::to_string(i) + "]", "a block");
    return v.items.empty() ? nullptr : &v.items.back();
  }
  wrongType(v, path, "a block ({ ... })");
}

void Decoder::walk(const HclValue& obj, const std::string& path,
                   const std::vector<Key>& keys) const {
  for (const HclEntry& e : obj.entries) {
    const Key* match = nullptr;
    for (const Key& k : keys) {
      if (k.name == e.key) {
        match = &k;
        break;
      }
      if (match == nullptr && equalFold(k.name, e.key)) match = &k;
    }
    if (match == nullptr)
      fail(e.keyPos, "unknown key " + tmpl::goQuote(e.key) + (path.empty() ? "" : " in " + path));
    match->decode(e, joinPath(path, match->name));
  }
}

Decoder::Key Decoder::string(const char* name, std::optional<std::string>& target) const {
  return {name,
          [this, &target](const HclEntry& e, const std::string& p) { target = str(e.value, p); }};
}

Decoder::Key Decoder::flag(const char* name, std::optional<bool>& target) const {
  return {name, [this, &target](const HclEntry& e, const std::string& p) {
            target = boolean(e.value, p);
          }};
}

Decoder::Key Decoder::millis(const char* name, std::optional<Millis>& target) const {
  return {name, [this, &target](const HclEntry& e, const std::string& p) {
            target = duration(e.value, p);
          }};
}

Decoder::Key Decoder::int32(const char* name, std::optional<int>& target) const {
  return {name, [this, &target](const HclEntry& e, const std::string& p) {
            target = static_cast<int>(integer(e.value, p, std::numeric_limits<int>::min(),
                                              std::numeric_limits<int>::max()));
          }};
}

Decoder::Key Decoder::signalName(const char* name, std::optional<int>& target) const {
  return {name, [this, &target](const HclEntry& e, const std::string& p) {
            target = signal(e.value, p);
          }};
}

Decoder::Key Decoder::list(const char* name,
                           std::optional<std::vector<std::string>>& target) const {
  return {name, [this, &target](const HclEntry& e, const std::string& p) {
            target = stringList(e.value, p);
          }};
}

Decoder::Key Decoder::appendList(const char* name, std::vector<std::string>& target) const {
  return {name, [this, &target](const HclEntry& e, const std::string& p) {
            target = stringList(e.value, p);
          }};
}

Decoder::Key Decoder::checked(const char* name, char type) const {
  return {name, [this, type](const HclEntry& e, const std::string& p) {
            switch (type) {
              case 's':
                str(e.value, p);
                break;
              case 'b':
                boolean(e.value, p);
                break;
              case 'd':
                duration(e.value, p);
                break;
              case 'i':
                integer(e.value, p, std::numeric_limits<int64_t>::min(),
                        std::numeric_limits<int64_t>::max());
                break;
              case 'f':
                if (e.value.kind != HclKind::Int && e.value.kind != HclKind::Float)
                  wrongType(e.value, p, "a number");
                break;
              default:
                stringList(e.value, p);
                break;
            }
          }};
}

Decoder::Key Decoder::nested(
    const char* name,
    std::function<void(const HclValue& block, const std::string& path)> decode) const {
  return {name, [this, decode](const HclEntry& e, const std::string& p) {
            if (const HclValue* b = block(e.value, p)) decode(*b, p);
          }};
}

}  // namespace hc::config::detail
