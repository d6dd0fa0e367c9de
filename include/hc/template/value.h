#pragma once
// Value: the dynamic value model the template engine evaluates over.
//
// It mirrors the subset of Go's reflect kinds that text/template and consul-template's data
// expose, so printing, comparison, truthiness and error messages can match Go byte for byte:
//
//   Invalid  Go's invalid reflect.Value (a nil interface{}, a missing map entry): prints
//            "<no value>".
//   Nil      a typed nil pointer: prints "<nil>".
//   Bool, Int, Uint, Float, String
//            basic kinds; `numType()` keeps the Go type (int, int64, uint8, float64...) for %T and
//            for error messages.
//   List     a Go slice ([]string, []interface {}, []*dependency.HealthService ...).
//   Map      a Go map with string keys, kept sorted (Go sorts map keys when printing and
//            ranging); `zero()` is the element type's zero value, used by missingkey=zero.
//   Struct   a Go struct (or pointer to struct) with named fields in declaration order and an
//            optional method table.
//   Object   an opaque mutable object with methods (consul-template's scratch).
//   Func     a function value (for `call`).
//
// Values are immutable and cheap to copy: scalars are inline, everything else is a shared
// pointer to const data. Thread-safety: a Value may be read from many threads at once.
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace hc::tmpl {

enum class Kind : uint8_t {
  Invalid,
  Nil,
  Bool,
  Int,
  Uint,
  Float,
  String,
  List,
  Map,
  Struct,
  Object,
  Func
};

/// The Go type of a numeric value (and the Go name printed by %T and in error messages).
enum class NumType : uint8_t {
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64
};

const char* numTypeName(NumType t);

class Value;
class CallContext;

struct ListData {
  std::vector<Value> items;
  std::string type = "[]interface {}";  ///< Go type name, e.g. "[]string".
  bool chan = false;                    ///< A Go channel (consul-template's `loop`).
  /// A list made by the `slice` builtin keeps its parent's capacity, as a Go sub-slice shares
  /// the parent's array: the parent's elements past this list's end, up to its capacity (a
  /// further `slice` may reach them). Empty for other lists.
  std::vector<Value> spare;
  /// Methods of a named slice type (api.HealthChecks has AggregatedStatus), called with the
  /// list as receiver, like StructType::methods; null for unnamed slices.
  std::shared_ptr<const std::vector<
      std::pair<std::string, std::function<Value(const Value& self, std::vector<Value>& args)>>>>
      methods;
};

struct MapData {
  /// Sorted by key (byte order), unique keys.
  std::vector<std::pair<std::string, Value>> entries;
  std::string type = "map[string]interface {}";
  /// Element type's zero value, returned for a missing key under missingkey=zero. Invalid for
  /// interface{} elements (so a missing key prints "<no value>", as in Go).
  std::shared_ptr<const Value> zero;

  /// Entry for `key`, or nullptr.
  const Value* find(std::string_view key) const;
};

/// A method on a Struct or Object value: receives the receiver and the evaluated arguments.
using Method = std::function<Value(const Value& self, std::vector<Value>& args)>;

struct StructType {
  std::string name;      ///< Go type name without '*', e.g. "dependency.HealthService".
  bool pointer = false;  ///< Values are pointers to the struct (printed in errors as "*name").
  std::vector<std::string> fields;
  std::vector<std::pair<std::string, Method>> methods;

  /// Index of field `name`, or -1.
  int fieldIndex(std::string_view name) const;
  const Method* method(std::string_view name) const;
  /// "*dependency.HealthService" or "dependency.HealthService".
  std::string goType() const { return pointer ? "*" + name : name; }
};

struct StructData {
  std::shared_ptr<const StructType> type;
  std::vector<Value> fields;  ///< Same order as type->fields.
};

/// An opaque object with methods and mutable state (scratch). Methods may mutate it.
class Object {
 public:
  virtual ~Object() = default;
  virtual std::string goType() const = 0;
  /// Method by name, or nullptr.
  virtual const Method* method(std::string_view name) const = 0;
};

class Function;

class Value {
 public:
  Value() = default;  ///< Invalid ("<no value>").

  static Value nil() {
    Value v;
    v.kind_ = Kind::Nil;
    return v;
  }
  /// A typed nil pointer of Go type `goType` (e.g. "*dependency.CatalogNode"), prints "<nil>".
  static Value nilOf(std::string goType);
  static Value boolean(bool b) {
    Value v;
    v.kind_ = Kind::Bool;
    v.u_.b = b;
    return v;
  }
  static Value integer(int64_t i, NumType t = NumType::Int) {
    Value v;
    v.kind_ = Kind::Int;
    v.num_ = t;
    v.u_.i = i;
    return v;
  }
  static Value uinteger(uint64_t u, NumType t = NumType::Uint) {
    Value v;
    v.kind_ = Kind::Uint;
    v.num_ = t;
    v.u_.u = u;
    return v;
  }
  static Value floating(double f, NumType t = NumType::Float64) {
    Value v;
    v.kind_ = Kind::Float;
    v.num_ = t;
    v.u_.f = f;
    return v;
  }
  static Value string(std::string s);
  static Value string(std::shared_ptr<const std::string> s);
  static Value list(std::vector<Value> items, std::string type = "[]interface {}");
  static Value list(std::shared_ptr<const ListData> l);
  static Value stringList(const std::vector<std::string>& items, std::string type = "[]string");
  /// Entries need not be sorted; duplicates keep the last.
  static Value map(std::vector<std::pair<std::string, Value>> entries,
                   std::string type = "map[string]interface {}");
  /// As above, with the element type's zero value (see MapData::zero).
  static Value map(std::vector<std::pair<std::string, Value>> entries, std::string type,
                   Value zero);
  static Value map(std::shared_ptr<const MapData> m);
  static Value structure(std::shared_ptr<const StructType> type, std::vector<Value> fields);
  static Value object(std::shared_ptr<Object> o);
  static Value func(std::shared_ptr<const Function> f);

  Kind kind() const { return kind_; }
  NumType numType() const { return num_; }
  bool valid() const { return kind_ != Kind::Invalid; }
  bool isNil() const { return kind_ == Kind::Nil; }

  bool asBool() const { return u_.b; }
  int64_t asInt() const { return u_.i; }
  uint64_t asUint() const { return u_.u; }
  double asFloat() const { return u_.f; }
  /// Precondition: kind() == String.
  const std::string& asString() const { return *static_cast<const std::string*>(ptr_.get()); }
  const ListData& asList() const { return *static_cast<const ListData*>(ptr_.get()); }
  const MapData& asMap() const { return *static_cast<const MapData*>(ptr_.get()); }
  const StructData& asStruct() const { return *static_cast<const StructData*>(ptr_.get()); }
  Object& asObject() const { return *static_cast<Object*>(const_cast<void*>(ptr_.get())); }
  const Function& asFunc() const { return *static_cast<const Function*>(ptr_.get()); }
  std::shared_ptr<const ListData> listPtr() const {
    return std::static_pointer_cast<const ListData>(ptr_);
  }
  std::shared_ptr<const MapData> mapPtr() const {
    return std::static_pointer_cast<const MapData>(ptr_);
  }

  /// Go's type name: "string", "int", "[]string", "map[string]string",
  /// "*dependency.HealthService", "<nil>" for Invalid ...
  std::string goType() const;

  /// Struct field by name (nullptr if the struct has none). Precondition: kind() == Struct.
  const Value* field(std::string_view name) const;

  /// Go's text/template truthiness (isTrue): false, 0, nil, empty string/slice/map are false;
  /// structs, objects and functions are true.
  bool truthy() const;

  /// Length of a String (bytes), List or Map; -1 otherwise.
  int64_t length() const;

 private:
  Kind kind_ = Kind::Invalid;
  NumType num_ = NumType::Int;
  union {
    bool b;
    int64_t i;
    uint64_t u;
    double f;
  } u_{};
  std::shared_ptr<const void> ptr_;
};

inline Value Value::map(std::vector<std::pair<std::string, Value>> entries, std::string type) {
  return map(std::move(entries), std::move(type), Value());
}

/// Thrown by native functions and methods; the evaluator reports it as Go does for a function
/// returning a non-nil error: `error calling NAME: MESSAGE`.
class FuncError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The Go type of a native function's parameter. The evaluator converts and checks arguments
/// against it the way Go's text/template does (constants take the parameter's type, a value must
/// be assignable): a mismatch is "wrong type for value; expected T; got U".
enum class Param : uint8_t {
  Any,         ///< interface{}: anything, constants become int/float64/string/bool.
  Bool,        ///< bool
  Int,         ///< int
  Int64,       ///< int64
  Uint64,      ///< uint64
  Float64,     ///< float64
  String,      ///< string
  StringList,  ///< []string
};

const char* paramTypeName(Param p);

/// Services the evaluator offers to native functions during one execution.
class CallContext {
 public:
  virtual ~CallContext() = default;
  /// Executes the named template (define/block) with `dot`, returning its output
  /// (consul-template's executeTemplate). Throws FuncError if there is no such template.
  virtual std::string executeTemplate(const std::string& name, const Value& dot) = 0;
};

using NativeFn = std::function<Value(CallContext& ctx, std::vector<Value>& args)>;

/// A function callable from templates.
class Function {
 public:
  std::string name;
  std::vector<Param> params;  ///< Fixed parameters.
  bool variadic = false;      ///< Further arguments of type `variadicType` allowed.
  Param variadicType = Param::Any;
  /// Go's `func(...) (T, error)`: a thrown FuncError is reported as "error calling NAME: ...".
  NativeFn fn;
};

/// Functions available to a template, by name (Go's template.FuncMap).
using FuncMap = std::unordered_map<std::string, std::shared_ptr<const Function>>;

}  // namespace hc::tmpl
