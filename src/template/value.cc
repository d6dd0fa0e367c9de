#include "hc/template/value.h"

#include <algorithm>

namespace hc::tmpl {

const char* numTypeName(NumType t) {
  switch (t) {
    case NumType::Int: return "int";
    case NumType::Int8: return "int8";
    case NumType::Int16: return "int16";
    case NumType::Int32: return "int32";
    case NumType::Int64: return "int64";
    case NumType::Uint: return "uint";
    case NumType::Uint8: return "uint8";
    case NumType::Uint16: return "uint16";
    case NumType::Uint32: return "uint32";
    case NumType::Uint64: return "uint64";
    case NumType::Uintptr: return "uintptr";
    case NumType::Float32: return "float32";
    case NumType::Float64: return "float64";
  }
  return "int";
}

const char* paramTypeName(Param p) {
  switch (p) {
    case Param::Any: return "interface {}";
    case Param::Bool: return "bool";
    case Param::Int: return "int";
    case Param::Int64: return "int64";
    case Param::Uint64: return "uint64";
    case Param::Float64: return "float64";
    case Param::String: return "string";
    case Param::StringList: return "[]string";
  }
  return "interface {}";
}

const Value* MapData::find(std::string_view key) const {
  auto it = std::lower_bound(entries.begin(), entries.end(), key,
                             [](const auto& e, std::string_view k) { return e.first < k; });
  if (it == entries.end() || it->first != key) return nullptr;
  return &it->second;
}

int StructType::fieldIndex(std::string_view n) const {
  for (size_t i = 0; i < fields.size(); ++i)
    if (fields[i] == n) return static_cast<int>(i);
  return -1;
}

const Method* StructType::method(std::string_view n) const {
  for (const auto& m : methods)
    if (m.first == n) return &m.second;
  return nullptr;
}

namespace {
struct NilType {
  std::string goType;
};
}  // namespace

Value Value::nilOf(std::string goType) {
  Value v;
  v.kind_ = Kind::Nil;
  v.ptr_ = std::make_shared<const NilType>(NilType{std::move(goType)});
  return v;
}

Value Value::string(std::string s) {
  return string(std::make_shared<const std::string>(std::move(s)));
}

Value Value::string(std::shared_ptr<const std::string> s) {
  Value v;
  v.kind_ = Kind::String;
  v.ptr_ = std::move(s);
  return v;
}

Value Value::list(std::vector<Value> items, std::string type) {
  auto l = std::make_shared<ListData>();
  l->items = std::move(items);
  l->type = std::move(type);
  return list(std::shared_ptr<const ListData>(std::move(l)));
}

Value Value::list(std::shared_ptr<const ListData> l) {
  Value v;
  v.kind_ = Kind::List;
  v.ptr_ = std::move(l);
  return v;
}

Value Value::stringList(const std::vector<std::string>& items, std::string type) {
  std::vector<Value> vs;
  vs.reserve(items.size());
  for (const auto& s : items) vs.push_back(Value::string(s));
  return list(std::move(vs), std::move(type));
}

Value Value::map(std::vector<std::pair<std::string, Value>> entries, std::string type, Value zero) {
  auto m = std::make_shared<MapData>();
  // Stable sort then keep the last of equal keys, as repeated assignment to a Go map would.
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& e : entries) {
    if (!m->entries.empty() && m->entries.back().first == e.first)
      m->entries.back().second = std::move(e.second);
    else
      m->entries.push_back(std::move(e));
  }
  m->type = std::move(type);
  m->zero = std::make_shared<const Value>(std::move(zero));
  return map(std::shared_ptr<const MapData>(std::move(m)));
}

Value Value::map(std::shared_ptr<const MapData> m) {
  Value v;
  v.kind_ = Kind::Map;
  v.ptr_ = std::move(m);
  return v;
}

Value Value::structure(std::shared_ptr<const StructType> type, std::vector<Value> fields) {
  auto s = std::make_shared<StructData>();
  s->type = std::move(type);
  s->fields = std::move(fields);
  Value v;
  v.kind_ = Kind::Struct;
  v.ptr_ = std::shared_ptr<const StructData>(std::move(s));
  return v;
}

Value Value::object(std::shared_ptr<Object> o) {
  Value v;
  v.kind_ = Kind::Object;
  v.ptr_ = std::shared_ptr<const void>(std::move(o));
  return v;
}

Value Value::func(std::shared_ptr<const Function> f) {
  Value v;
  v.kind_ = Kind::Func;
  v.ptr_ = std::move(f);
  return v;
}

std::string Value::goType() const {
  switch (kind_) {
    case Kind::Invalid: return "<nil>";
    case Kind::Nil:
      if (ptr_) return static_cast<const NilType*>(ptr_.get())->goType;
      return "<nil>";
    case Kind::Bool: return "bool";
    case Kind::Int:
    case Kind::Uint:
    case Kind::Float: return numTypeName(num_);
    case Kind::String: return "string";
    case Kind::List: return asList().type;
    case Kind::Map: return asMap().type;
    case Kind::Struct: return asStruct().type->goType();
    case Kind::Object: return asObject().goType();
    case Kind::Func: return "func(...)";
  }
  return "<nil>";
}

const Value* Value::field(std::string_view name) const {
  const auto& s = asStruct();
  int i = s.type->fieldIndex(name);
  return i < 0 ? nullptr : &s.fields[static_cast<size_t>(i)];
}

bool Value::truthy() const {
  switch (kind_) {
    case Kind::Invalid:
    case Kind::Nil: return false;
    case Kind::Bool: return u_.b;
    case Kind::Int: return u_.i != 0;
    case Kind::Uint: return u_.u != 0;
    case Kind::Float: return u_.f != 0;
    case Kind::String: return !asString().empty();
    case Kind::List: return !asList().items.empty();
    case Kind::Map: return !asMap().entries.empty();
    case Kind::Struct:
    case Kind::Object:
    case Kind::Func: return true;
  }
  return false;
}

int64_t Value::length() const {
  switch (kind_) {
    case Kind::String: return static_cast<int64_t>(asString().size());
    case Kind::List: return static_cast<int64_t>(asList().items.size());
    case Kind::Map: return static_cast<int64_t>(asMap().entries.size());
    default: return -1;
  }
}

}  // namespace hc::tmpl
