// Lists of services and key pairs: byKey, byTag, byPort, byMeta; membership: in, contains,
// containsAll/Any/None/NotAll; and loop.
#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "funcs_internal.h"

namespace hc::tmpl::funcs {

namespace {

constexpr const char* kKeyPairList = "[]*dependency.KeyPair";
constexpr const char* kHealthServiceList = "[]*dependency.HealthService";

[[noreturn]] void nilDereference() {
  throw FuncError("runtime error: invalid memory address or nil pointer dereference");
}

// The struct elements of a list argument (nil or a typed nil slice: none).
const std::vector<Value>& elements(const Value& v) {
  static const std::vector<Value> kNone;
  if (v.kind() != Kind::List) return kNone;
  return v.asList().items;
}

const Value& field(const Value& s, const char* name) {
  static const Value kInvalid;
  if (s.kind() != Kind::Struct) nilDereference();
  const Value* f = s.field(name);
  return f ? *f : kInvalid;
}

std::string stringField(const Value& s, const char* name) {
  const Value& f = field(s, name);
  return f.kind() == Kind::String ? f.asString() : std::string();
}

// Go's in(): membership in a slice (ints by value across int types, floats likewise, strings
// of the same type) or substring of a string. A nil needle makes reflect panic where a string
// comparison needs its type.
bool goIn(const Value& l, const Value& v) {
  const bool vNil = isNilValue(v);
  auto typeOfNil = [] { throw FuncError("reflect: call of reflect.Value.Type on zero Value"); };
  if (l.kind() == Kind::List && !l.asList().chan) {
    for (const Value& e : l.asList().items) {
      switch (e.kind()) {
        case Kind::Int:
          if (v.kind() == Kind::Int && v.asInt() == e.asInt()) return true;
          break;
        case Kind::Float:
          if (v.kind() == Kind::Float && v.asFloat() == e.asFloat()) return true;
          break;
        case Kind::String:
          if (vNil) typeOfNil();
          if (v.kind() == Kind::String && v.asString() == e.asString()) return true;
          break;
        default:
          break;
      }
    }
    return false;
  }
  if (l.kind() == Kind::String) {
    if (vNil) typeOfNil();
    return v.kind() == Kind::String && l.asString().find(v.asString()) != std::string::npos;
  }
  return false;
}

Value emptyIfaceList() {
  return Value::list({}, "[]interface {}");
}

// Groups services into map[K][]interface{} in first-seen order per key.
struct Grouping {
  std::vector<std::string> order;
  std::map<std::string, std::vector<Value>> groups;
  void add(const std::string& key, const Value& item) {
    auto [it, inserted] = groups.try_emplace(key);
    if (inserted) order.push_back(key);
    it->second.push_back(item);
  }
};

Value byTag(const Value& in) {
  Grouping g;
  if (!isNilValue(in)) {
    const std::string type = in.goType();
    const char* tagsField = nullptr;
    if (type == "[]*dependency.CatalogSnippet" || type == kHealthServiceList ||
        type == "[]*dependency.NomadServicesSnippet" || type == "[]*dependency.NomadService")
      tagsField = "Tags";
    else if (type == "[]*dependency.CatalogService")
      tagsField = "ServiceTags";
    else
      throw FuncError("byTag: wrong argument type " + type);
    for (const Value& s : elements(in))
      for (const Value& t : elements(field(s, tagsField)))
        if (t.kind() == Kind::String) g.add(t.asString(), s);
  }
  std::vector<std::pair<std::string, Value>> entries;
  for (auto& [tag, items] : g.groups)
    entries.emplace_back(tag, Value::list(std::move(items), "[]interface {}"));
  return Value::map(std::move(entries), "map[string][]interface {}", emptyIfaceList());
}

// map[int][]interface{}: entries are kept in numeric key order (the order Go ranges and prints
// them in), not byte order.
Value byPort(const Value& in) {
  std::map<int64_t, std::vector<Value>> groups;
  if (!isNilValue(in)) {
    const std::string type = in.goType();
    const char* portField = nullptr;
    if (type == kHealthServiceList || type == "[]*dependency.NomadService")
      portField = "Port";
    else if (type == "[]*dependency.CatalogService")
      portField = "ServicePort";
    else
      throw FuncError("byPort: wrong argument type " + type);
    for (const Value& s : elements(in)) {
      const Value& p = field(s, portField);
      const int64_t port = p.kind() == Kind::Int    ? p.asInt()
                           : p.kind() == Kind::Uint ? static_cast<int64_t>(p.asUint())
                                                    : 0;
      groups[port].push_back(s);
    }
  }
  auto m = std::make_shared<MapData>();
  m->type = "map[int][]interface {}";
  m->zero = std::make_shared<const Value>(emptyIfaceList());
  for (auto& [port, items] : groups)
    m->entries.emplace_back(std::to_string(port), Value::list(std::move(items), "[]interface {}"));
  return Value::map(std::shared_ptr<const MapData>(std::move(m)));
}

Value byKey(const Value& pairs) {
  checkArgType(pairs, kKeyPairList);
  std::map<std::string, std::vector<std::pair<std::string, Value>>> tops;
  for (const Value& p : elements(pairs)) {
    const std::string key = stringField(p, "Key");
    const size_t slash = key.find('/');
    const std::string top = key.substr(0, slash);
    const std::string rest = slash == std::string::npos ? std::string() : key.substr(slash + 1);
    if (rest.empty()) continue;  // Nothing left after the top-level directory.
    const StructData& sd = p.asStruct();
    std::vector<Value> fields = sd.fields;
    const int idx = sd.type->fieldIndex("Key");
    if (idx >= 0) fields[static_cast<size_t>(idx)] = Value::string(rest);
    tops[top].emplace_back(rest, Value::structure(sd.type, std::move(fields)));
  }
  const Value zeroPair = Value::nilOf("*dependency.KeyPair");
  std::vector<std::pair<std::string, Value>> entries;
  for (auto& [top, items] : tops)
    entries.emplace_back(top,
                         Value::map(std::move(items), "map[string]*dependency.KeyPair", zeroPair));
  return Value::map(std::move(entries), "map[string]map[string]*dependency.KeyPair",
                    Value::map({}, "map[string]*dependency.KeyPair", zeroPair));
}

// Anything outside [a-zA-Z0-9_-] becomes '_' (one per rune).
std::string normalizeMeta(std::string_view s) {
  std::string out;
  while (!s.empty()) {
    const DecodedRune d = decodeRune(s);
    const char32_t r = d.rune;
    const bool ok =
        (d.width == 1 && r != kRuneError) && ((r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') ||
                                              (r >= '0' && r <= '9') || r == '_' || r == '-');
    out += ok ? static_cast<char>(r) : '_';
    s.remove_prefix(static_cast<size_t>(d.width));
  }
  return out;
}

bool hasSuffix(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Value byMeta(const std::string& meta, const Value& services) {
  checkArgType(services, kHealthServiceList);
  const std::vector<std::string> metas = goSplit(meta, ",");
  Grouping g;
  for (const Value& s : elements(services)) {
    const Value& sm = field(s, "ServiceMeta");
    std::string key;
    for (size_t i = 0; i < metas.size(); ++i) {
      const std::string& m = metas[i];
      const bool isInt = hasSuffix(m, "|int");
      const std::string realKey = isInt ? m.substr(0, m.size() - 4) : m;
      std::string value;
      const Value* found = sm.kind() == Kind::Map ? sm.asMap().find(realKey) : nullptr;
      if (found && found->kind() == Kind::String && !found->asString().empty())
        value = found->asString();
      else
        value = isInt ? "0" : "_no_" + realKey + "_";
      if (isInt) {
        int64_t n = 0;
        try {
          n = atoi(value);
        } catch (const FuncError& e) {
          throw FuncError("cannot parse " + value + " as number : " + e.what());
        }
        // fmt's %05d: the sign counts toward the width.
        std::string digits =
            std::to_string(n < 0 ? -static_cast<uint64_t>(n) : static_cast<uint64_t>(n));
        const size_t width = n < 0 ? 4 : 5;
        if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
        value = (n < 0 ? "-" : "") + digits;
      }
      if (i) key += '_';
      key += normalizeMeta(value);
    }
    g.add(key, s);
  }
  std::vector<std::pair<std::string, Value>> entries;
  for (auto& [k, items] : g.groups)
    entries.emplace_back(k, Value::list(std::move(items), kHealthServiceList));
  return Value::map(std::move(entries), "map[string][]*dependency.HealthService",
                    Value::list({}, kHealthServiceList));
}

// consul-template's loop argument conversion (ints, uints, numeric strings).
int64_t loopArg(const Value& v) {
  switch (v.kind()) {
    case Kind::Int:
      return v.asInt();
    case Kind::Uint:
      if (v.numType() != NumType::Uintptr) return static_cast<int64_t>(v.asUint());
      break;
    case Kind::String:
      if (v.asString().empty()) return 0;
      try {
        return parseInt10(v.asString());
      } catch (const FuncError& e) {
        throw FuncError(std::string("parseInt: ") + e.what());
      }
    default:
      break;
  }
  throw FuncError("loop: bad argument type: " + v.goType());
}

// Go streams loop's values through a channel; here the list is built up front, so an absurd
// range is refused rather than exhausting memory.
constexpr int64_t kMaxLoop = int64_t{1} << 24;

Value loop(const std::vector<Value>& a) {
  if (a.size() != 1 && a.size() != 2)
    throw FuncError("loop: wrong number of arguments, expected 1 or 2, but got " +
                    std::to_string(a.size()));
  const int64_t start = a.size() == 2 ? loopArg(a[0]) : 0;
  const int64_t stop = loopArg(a.back());
  auto l = std::make_shared<ListData>();
  l->type = "<-chan int64";
  l->chan = true;
  if (stop > start) {
    if (static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) >
        static_cast<uint64_t>(kMaxLoop))
      throw FuncError("loop: range of " +
                      std::to_string(static_cast<uint64_t>(stop) - static_cast<uint64_t>(start)) +
                      " values is too large");
    l->items.reserve(static_cast<size_t>(stop - start));
    for (int64_t i = start; i < stop; ++i) l->items.push_back(Value::integer(i, NumType::Int64));
  }
  return Value::list(std::shared_ptr<const ListData>(std::move(l)));
}

}  // namespace

void addCollectionFuncs(FuncMap& m) {
  define(m, "byKey", {Param::Any},
         [](CallContext&, std::vector<Value>& a) { return byKey(a.at(0)); });
  define(m, "byTag", {Param::Any},
         [](CallContext&, std::vector<Value>& a) { return byTag(a.at(0)); });
  define(m, "byPort", {Param::Any},
         [](CallContext&, std::vector<Value>& a) { return byPort(a.at(0)); });
  // byMeta(meta string, services []*dep.HealthService)
  define(m, "byMeta", {Param::String, Param::Any},
         [](CallContext&, std::vector<Value>& a) { return byMeta(argString(a, 0), a.at(1)); });
  // in(l, v interface{}) and its piping twin contains(v, l interface{}).
  define(m, "in", {Param::Any, Param::Any}, [](CallContext&, std::vector<Value>& a) {
    return Value::boolean(goIn(a.at(0), a.at(1)));
  });
  define(m, "contains", {Param::Any, Param::Any}, [](CallContext&, std::vector<Value>& a) {
    return Value::boolean(goIn(a.at(1), a.at(0)));
  });
  // containsAll/Any/None/NotAll(v []interface{}, l interface{})
  struct SomeDef {
    const char* name;
    bool retTrue, invert;
  };
  for (const SomeDef& d :
       {SomeDef{"containsAll", true, true}, SomeDef{"containsAny", false, false},
        SomeDef{"containsNone", true, false}, SomeDef{"containsNotAll", false, true}}) {
    const bool retTrue = d.retTrue, invert = d.invert;
    define(m, d.name, {Param::Any, Param::Any},
           [retTrue, invert](CallContext&, std::vector<Value>& a) {
             checkArgType(a.at(0), "[]interface {}");
             for (const Value& x : elements(a[0]))
               if (goIn(a.at(1), x) != invert) return Value::boolean(!retTrue);
             return Value::boolean(retTrue);
           });
  }
  define(
      m, "loop", {}, [](CallContext&, std::vector<Value>& a) { return loop(a); }, true, Param::Any);
}

}  // namespace hc::tmpl::funcs
