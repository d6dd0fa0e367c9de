// Nested maps: explode, explodeMap (key paths "a/b/c" to nested map[string]interface{}),
// mergeMap and mergeMapWithOverride (dario.cat/mergo's Map, with and without WithOverride).
//
// Go mutates maps in place (mergeMap changes its first argument, explode may extend a map value
// it was given); Values are immutable, so these return new maps with the same contents.
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "funcs_internal.h"

namespace hc::tmpl::funcs {

namespace {

constexpr const char* kAnyMap = "map[string]interface {}";

bool isAnyMap(const Value& v) {
  return v.kind() == Kind::Map && v.goType() == kAnyMap;
}

// A map being built: each slot is a leaf Value or a nested map under construction.
struct Node;
struct Slot {
  Value leaf;
  std::shared_ptr<Node> node;
};
struct Node {
  std::map<std::string, Slot> m;
};

// A map[string]interface{} value as a Node (nested maps stay leaves until needed).
std::shared_ptr<Node> nodeOf(const Value& map) {
  auto n = std::make_shared<Node>();
  if (map.kind() == Kind::Map)
    for (const auto& [k, v] : map.asMap().entries) n->m[k].leaf = v;
  return n;
}

Value valueOf(const Node& n) {
  std::vector<std::pair<std::string, Value>> entries;
  entries.reserve(n.m.size());
  for (const auto& [k, s] : n.m) entries.emplace_back(k, s.node ? valueOf(*s.node) : s.leaf);
  return Value::map(std::move(entries), kAnyMap);
}

// The slot's map for nesting into, converting a map[string]interface{} leaf; nullptr if the
// slot holds anything else.
Node* asNode(Slot& s) {
  if (!s.node && isAnyMap(s.leaf)) {
    s.node = nodeOf(s.leaf);
    s.leaf = Value();
  }
  return s.node.get();
}

// consul-template's explodeHelper. `p` is the key as this level received it (for errors).
void explodeInto(Node& m, const std::string& k, const Value& v, const std::string& p) {
  const size_t slash = k.find('/');
  if (slash != std::string::npos) {
    const std::string top = k.substr(0, slash);
    auto it = m.m.find(top);
    if (it == m.m.end()) it = m.m.emplace(top, Slot{Value(), std::make_shared<Node>()}).first;
    Node* nest = asNode(it->second);
    if (!nest)
      throw FuncError("not a map: " + quote(p) + ": " + quote(top) + " already has value " +
                      quoteValue(it->second.leaf));
    explodeInto(*nest, k.substr(slash + 1), v, k);
    return;
  }
  if (!k.empty()) m.m[k] = Slot{v, nullptr};
}

// mergo's isEmptyValue (dereferencing pointers).
bool isEmpty(const Value& v) {
  switch (v.kind()) {
    case Kind::Invalid:
    case Kind::Nil:
      return true;
    case Kind::Bool:
      return !v.asBool();
    case Kind::Int:
      return v.asInt() == 0;
    case Kind::Uint:
      return v.asUint() == 0;
    case Kind::Float:
      return v.asFloat() == 0;
    case Kind::String:
    case Kind::List:
    case Kind::Map:
      return v.length() == 0;
    default:
      return false;
  }
}

bool slotEmpty(const Slot& s) {
  return s.node ? s.node->m.empty() : isEmpty(s.leaf);
}
bool slotIsMap(const Slot& s) {
  return s.node || s.leaf.kind() == Kind::Map;
}

// mergo.Map(&dst, src[, WithOverride]) for map[string]interface{} values, reduced to its
// outcome per key: a nil src value only replaces under override; nested maps merge
// recursively and keep dst's (merged) map unless it stayed empty; everything else (lists
// included) replaces an absent or empty dst value, or any dst value under override.
void mergeInto(Node& dst, const Value& src, bool overwrite) {
  if (src.kind() != Kind::Map) return;
  for (const auto& [key, s] : src.asMap().entries) {
    auto it = dst.m.find(key);
    if (isNilValue(s)) {
      if (overwrite) dst.m[key] = Slot{Value::nil(), nullptr};
      continue;
    }
    if (it != dst.m.end()) {
      Slot& d = it->second;
      if (s.kind() == Kind::Map && slotIsMap(d)) {
        if (isAnyMap(s)) {
          if (Node* n = asNode(d)) mergeInto(*n, s, overwrite);
        }
        if (!slotEmpty(d)) continue;
      } else if (s.kind() == Kind::List && !overwrite && !slotEmpty(d)) {
        continue;
      }
      if (overwrite || slotEmpty(d)) d = Slot{s, nullptr};
      continue;
    }
    dst.m[key] = Slot{s, nullptr};
  }
}

Value mergeMaps(const Value& dst, const Value& src, bool overwrite) {
  checkArgType(dst, kAnyMap);
  checkArgType(src, kAnyMap);
  auto n = nodeOf(dst);
  mergeInto(*n, src, overwrite);
  return valueOf(*n);
}

const std::vector<Value>& listItems(const Value& v) {
  static const std::vector<Value> kNone;
  return v.kind() == Kind::List ? v.asList().items : kNone;
}

}  // namespace

void addMapFuncs(FuncMap& m) {
  // explode(pairs []*dep.KeyPair)
  define(m, "explode", {Param::Any}, [](CallContext&, std::vector<Value>& a) {
    checkArgType(a.at(0), "[]*dependency.KeyPair");
    Node root;
    for (const Value& p : listItems(a[0])) {
      if (p.kind() != Kind::Struct)
        throw FuncError("runtime error: invalid memory address or nil pointer dereference");
      const Value* key = p.field("Key");
      const Value* val = p.field("Value");
      const std::string k = key && key->kind() == Kind::String ? key->asString() : "";
      try {
        explodeInto(root, k, val ? *val : Value::string(""), k);
      } catch (const FuncError& e) {
        throw FuncError(std::string("explode: ") + e.what());
      }
    }
    return valueOf(root);
  });
  // explodeMap(mapIn map[string]interface{}): keys in sorted order.
  define(m, "explodeMap", {Param::Any}, [](CallContext&, std::vector<Value>& a) {
    checkArgType(a.at(0), kAnyMap);
    Node root;
    if (a[0].kind() == Kind::Map) {
      for (const auto& [k, v] : a[0].asMap().entries) {
        try {
          explodeInto(root, k, v, k);
        } catch (const FuncError& e) {
          throw FuncError(std::string("explodeMap: ") + e.what());
        }
      }
    }
    return valueOf(root);
  });
  // mergeMap(dst, src map[string]interface{}): dst wins; mergeMapWithOverride: src wins.
  define(m, "mergeMap", {Param::Any, Param::Any},
         [](CallContext&, std::vector<Value>& a) { return mergeMaps(a.at(0), a.at(1), false); });
  define(m, "mergeMapWithOverride", {Param::Any, Param::Any},
         [](CallContext&, std::vector<Value>& a) { return mergeMaps(a.at(0), a.at(1), true); });
}

}  // namespace hc::tmpl::funcs
