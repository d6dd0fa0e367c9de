// The builtin functions of Go's text/template (funcs.go): and, or, not, len, index, slice,
// print, printf, println, eq, ne, lt, le, gt, ge, html, js, urlquery, call (the escapers are in
// builtins_escape.cc).
//
// and/or are evaluated by the caller (they short-circuit); the entries here only describe their
// signatures. Errors are thrown as FuncError with Go's text; the evaluator reports them as
// "error calling NAME: MSG".
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "hc/template/format.h"
#include "template/exec_internal.h"

namespace hc::tmpl::exec {
namespace {

[[noreturn]] void fail(const std::string& msg) {
  throw FuncError(msg);
}

/// Go's indirectInterface: a nil interface becomes the zero Value; the interface-ness is lost.
EV indirectInterface(const EV& v) {
  return EV{v.v, false};
}

/// Go's Type() of a value after indirect() (a pointer to a struct names the struct).
std::string indirectTypeName(const Value& v) {
  if (v.kind() == Kind::Struct) return v.asStruct().type->name;
  std::string t = v.goType();
  if (v.kind() == Kind::Object && !t.empty() && t[0] == '*') t.erase(0, 1);
  return t;
}

/// Go's indexArg: an integer index in [0, cap].
int64_t indexArg(const EV& index, int64_t cap) {
  const Value& v = index.v;
  int64_t x;
  if (index.iface) {
    fail("cannot index slice/array with type interface {}");
  } else if (v.kind() == Kind::Int) {
    x = v.asInt();
  } else if (v.kind() == Kind::Uint) {
    x = static_cast<int64_t>(v.asUint());
  } else if (!v.valid()) {
    fail("cannot index slice/array with nil");
  } else {
    fail("cannot index slice/array with type " + v.goType());
  }
  if (x < 0 || x > cap) fail("index out of range: " + std::to_string(x));
  return x;
}

EV builtinIndex(State&, std::vector<EV>& args) {
  EV item = indirectInterface(args[0]);
  if (!item.v.valid()) fail("index of untyped nil");
  for (size_t a = 1; a < args.size(); ++a) {
    EV index = indirectInterface(args[a]);
    const Value& iv = item.v;
    if (!iv.valid() || iv.kind() == Kind::Nil) fail("index of nil pointer");
    switch (iv.kind()) {
      case Kind::List: {
        const ListData& l = iv.asList();
        if (l.chan) fail("can't index item of type " + l.type);
        auto n = static_cast<int64_t>(l.items.size());
        int64_t x = indexArg(index, n);
        if (x == n) fail("reflect: slice index out of range");
        item = element(l.items[static_cast<size_t>(x)], elemIsInterface(l.type));
        break;
      }
      case Kind::String: {
        const std::string& s = iv.asString();
        auto n = static_cast<int64_t>(s.size());
        int64_t x = indexArg(index, n);
        if (x == n) fail("reflect: string index out of range");
        item = EV{
            Value::uinteger(static_cast<unsigned char>(s[static_cast<size_t>(x)]), NumType::Uint8)};
        break;
      }
      case Kind::Map: {
        const MapData& md = iv.asMap();
        const Value& key = index.v;
        if (!key.valid()) fail("value is nil; should be of type string");
        if (key.kind() != Kind::String)
          fail("value has type " + key.goType() + "; should be string");
        bool iface = elemIsInterface(md.type);
        if (const Value* e = md.find(key.asString())) {
          item = element(*e, iface);
        } else if (md.zero) {
          item = element(*md.zero, iface);
        } else {
          item = EV{Value(), iface};
        }
        break;
      }
      default:
        fail("can't index item of type " + indirectTypeName(iv));
    }
  }
  return item;
}

EV builtinSlice(State&, std::vector<EV>& args) {
  EV item = indirectInterface(args[0]);
  const Value& iv = item.v;
  if (!iv.valid()) fail("slice of untyped nil");
  size_t nidx = args.size() - 1;
  if (nidx > 3) fail("too many slice indexes: " + std::to_string(nidx));
  int64_t cap;
  if (iv.kind() == Kind::String) {
    if (nidx == 3) fail("cannot 3-index slice a string");
    cap = static_cast<int64_t>(iv.asString().size());
  } else if (iv.kind() == Kind::List && !iv.asList().chan) {
    cap = static_cast<int64_t>(iv.asList().items.size() + iv.asList().spare.size());
  } else {
    fail("can't slice item of type " + iv.goType());
  }
  int64_t idx[3] = {0, iv.length(), 0};
  for (size_t i = 0; i < nidx; ++i) idx[i] = indexArg(args[i + 1], cap);
  if (idx[0] > idx[1])
    fail("invalid slice index: " + std::to_string(idx[0]) + " > " + std::to_string(idx[1]));
  if (nidx == 3 && idx[1] > idx[2])
    fail("invalid slice index: " + std::to_string(idx[1]) + " > " + std::to_string(idx[2]));
  auto b = static_cast<size_t>(idx[0]), e = static_cast<size_t>(idx[1]);
  if (iv.kind() == Kind::String) return EV{Value::string(iv.asString().substr(b, e - b))};
  // The result shares the capacity: its spare elements are the parent's up to the capacity (the
  // third index, if any).
  const ListData& l = iv.asList();
  auto capEnd = static_cast<size_t>(nidx == 3 ? idx[2] : cap);
  auto at = [&l](size_t k) -> const Value& {
    return k < l.items.size() ? l.items[k] : l.spare[k - l.items.size()];
  };
  auto out = std::make_shared<ListData>();
  out->type = l.type;
  out->items.reserve(e - b);
  for (size_t k = b; k < e; ++k) out->items.push_back(at(k));
  out->spare.reserve(capEnd - e);
  for (size_t k = e; k < capEnd; ++k) out->spare.push_back(at(k));
  return EV{Value::list(std::shared_ptr<const ListData>(std::move(out)))};
}

EV builtinLen(State&, std::vector<EV>& args) {
  const EV& item = args[0];
  const Value& v = item.v;
  if ((item.iface && !v.valid()) || v.kind() == Kind::Nil) fail("len of nil pointer");
  switch (v.kind()) {
    case Kind::String:
    case Kind::List:
    case Kind::Map:
      return EV{Value::integer(v.length())};
    case Kind::Invalid:
      fail("reflect: call of reflect.Value.Type on zero Value");
    default:
      fail("len of type " + indirectTypeName(v));
  }
}

EV builtinNot(State&, std::vector<EV>& args) {
  return EV{Value::boolean(!truth(args[0].v))};
}

EV builtinAndOr(State&, std::vector<EV>&) {
  fail("unreachable");
}

std::vector<Value> values(const std::vector<EV>& args, size_t from = 0) {
  std::vector<Value> out;
  out.reserve(args.size() - from);
  for (size_t i = from; i < args.size(); ++i) out.push_back(args[i].v);
  return out;
}

EV builtinPrint(State&, std::vector<EV>& args) {
  return EV{Value::string(goSprint(values(args)))};
}

EV builtinPrintln(State&, std::vector<EV>& args) {
  return EV{Value::string(goSprintln(values(args)))};
}

EV builtinPrintf(State&, std::vector<EV>& args) {
  return EV{Value::string(goSprintf(args[0].v.asString(), values(args, 1)))};
}

// ---- Comparison ------------------------------------------------------------------------------

enum class BasicKind { Invalid, Bool, Complex, Int, Float, String, Uint };

const char* const kBadComparisonType = "invalid type for comparison";
const char* const kNoComparison = "missing argument for comparison";

/// Go's "incompatible types for comparison: T1 and T2" (Go 1.19 omitted the types).
[[noreturn]] void badComparison(const Value& a, const Value& b) {
  fail("incompatible types for comparison: " + a.goType() + " and " + b.goType());
}

BasicKind basicKind(const Value& v) {
  switch (v.kind()) {
    case Kind::Bool:
      return BasicKind::Bool;
    case Kind::Int:
      return BasicKind::Int;
    case Kind::Uint:
      return BasicKind::Uint;
    case Kind::Float:
      return BasicKind::Float;
    case Kind::String:
      return BasicKind::String;
    default:
      return BasicKind::Invalid;
  }
}

/// reflect.Kind of a non-basic value, for canCompare.
enum class RKind { Invalid, Pointer, Slice, Chan, Map, Struct, Func, Other };

RKind rkind(const Value& v) {
  switch (v.kind()) {
    case Kind::Invalid:
      return RKind::Invalid;
    case Kind::Nil:
      return RKind::Pointer;
    case Kind::List:
      return v.asList().chan ? RKind::Chan : RKind::Slice;
    case Kind::Map:
      return RKind::Map;
    case Kind::Struct:
      return v.asStruct().type->pointer ? RKind::Pointer : RKind::Struct;
    case Kind::Object:
      return RKind::Pointer;
    case Kind::Func:
      return RKind::Func;
    default:
      return RKind::Other;
  }
}

bool isNilValue(const Value& v) {
  return !v.valid() || v.kind() == Kind::Nil;
}

bool comparableType(const Value& v) {
  switch (rkind(v)) {
    case RKind::Slice:
    case RKind::Map:
    case RKind::Func:
      return false;
    case RKind::Struct:
      for (const auto& f : v.asStruct().fields) {
        RKind k = rkind(f);
        if (k == RKind::Slice || k == RKind::Map || k == RKind::Func) return false;
        if (k == RKind::Struct && !comparableType(f)) return false;
      }
      return true;
    default:
      return true;
  }
}

bool identical(const Value& a, const Value& b);

/// Go's == on two interface values holding comparable types.
bool interfaceEqual(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Kind::Invalid:
      return true;
    case Kind::Bool:
      return a.asBool() == b.asBool();
    case Kind::Int:
      return a.numType() == b.numType() && a.asInt() == b.asInt();
    case Kind::Uint:
      return a.numType() == b.numType() && a.asUint() == b.asUint();
    case Kind::Float:
      return a.numType() == b.numType() && a.asFloat() == b.asFloat();
    case Kind::String:
      return a.asString() == b.asString();
    default:
      return a.goType() == b.goType() && identical(a, b);
  }
}

bool identical(const Value& a, const Value& b) {
  switch (a.kind()) {
    case Kind::Struct:
      if (b.kind() != Kind::Struct) return false;
      if (a.asStruct().type->pointer) return &a.asStruct() == &b.asStruct();
      if (a.asStruct().type != b.asStruct().type) return false;
      for (size_t i = 0; i < a.asStruct().fields.size(); ++i)
        if (!interfaceEqual(a.asStruct().fields[i], b.asStruct().fields[i])) return false;
      return true;
    case Kind::Object:
      return b.kind() == Kind::Object && &a.asObject() == &b.asObject();
    case Kind::List:
      return b.kind() == Kind::List && &a.asList() == &b.asList();
    case Kind::Nil:
      return b.kind() == Kind::Nil;
    default:
      return false;
  }
}

bool eq(const EV& a1, const EV* rest, size_t nrest) {
  Value arg1 = indirectInterface(a1).v;
  if (nrest == 0) fail(kNoComparison);
  BasicKind k1 = basicKind(arg1);
  for (size_t i = 0; i < nrest; ++i) {
    Value arg = indirectInterface(rest[i]).v;
    BasicKind k2 = basicKind(arg);
    bool t = false;
    if (k1 != k2) {
      // Special case: integers compare regardless of the sign of their types.
      if (k1 == BasicKind::Int && k2 == BasicKind::Uint) {
        t = arg1.asInt() >= 0 && static_cast<uint64_t>(arg1.asInt()) == arg.asUint();
      } else if (k1 == BasicKind::Uint && k2 == BasicKind::Int) {
        t = arg.asInt() >= 0 && arg1.asUint() == static_cast<uint64_t>(arg.asInt());
      } else if (arg1.valid() && arg.valid()) {
        badComparison(arg1, arg);
      }
    } else {
      switch (k1) {
        case BasicKind::Bool:
          t = arg1.asBool() == arg.asBool();
          break;
        case BasicKind::Float:
          t = arg1.asFloat() == arg.asFloat();
          break;
        case BasicKind::Int:
          t = arg1.asInt() == arg.asInt();
          break;
        case BasicKind::String:
          t = arg1.asString() == arg.asString();
          break;
        case BasicKind::Uint:
          t = arg1.asUint() == arg.asUint();
          break;
        default: {
          RKind r1 = rkind(arg1), r2 = rkind(arg);
          if (r1 != r2 && r1 != RKind::Invalid && r2 != RKind::Invalid) {
            fail(goSprintf("non-comparable types %s: %v, %s: %v",
                           {arg1, Value::string(arg1.goType()), Value::string(arg.goType()), arg}));
          }
          if (isNilValue(arg1) || isNilValue(arg)) {
            t = isNilValue(arg) == isNilValue(arg1);
          } else {
            if (!comparableType(arg))
              fail(goSprintf("non-comparable type %s: %v", {arg, Value::string(arg.goType())}));
            t = interfaceEqual(arg1, arg);
          }
        }
      }
    }
    if (t) return true;
  }
  return false;
}

bool lt(const EV& a1, const EV& a2) {
  Value arg1 = indirectInterface(a1).v;
  BasicKind k1 = basicKind(arg1);
  if (k1 == BasicKind::Invalid) fail(kBadComparisonType);
  Value arg2 = indirectInterface(a2).v;
  BasicKind k2 = basicKind(arg2);
  if (k2 == BasicKind::Invalid) fail(kBadComparisonType);
  if (k1 != k2) {
    // Special case: integers compare regardless of the sign of their types.
    if (k1 == BasicKind::Int && k2 == BasicKind::Uint)
      return arg1.asInt() < 0 || static_cast<uint64_t>(arg1.asInt()) < arg2.asUint();
    if (k1 == BasicKind::Uint && k2 == BasicKind::Int)
      return arg2.asInt() >= 0 && arg1.asUint() < static_cast<uint64_t>(arg2.asInt());
    badComparison(arg1, arg2);
  }
  switch (k1) {
    case BasicKind::Float:
      return arg1.asFloat() < arg2.asFloat();
    case BasicKind::Int:
      return arg1.asInt() < arg2.asInt();
    case BasicKind::String:
      return arg1.asString() < arg2.asString();
    case BasicKind::Uint:
      return arg1.asUint() < arg2.asUint();
    default:
      fail(kBadComparisonType);
  }
}

bool le(const EV& a1, const EV& a2) {
  if (lt(a1, a2)) return true;
  return eq(a1, &a2, 1);
}

EV builtinEq(State&, std::vector<EV>& args) {
  return EV{Value::boolean(eq(args[0], args.data() + 1, args.size() - 1))};
}
EV builtinNe(State&, std::vector<EV>& args) {
  return EV{Value::boolean(!eq(args[0], &args[1], 1))};
}
EV builtinLt(State&, std::vector<EV>& args) {
  return EV{Value::boolean(lt(args[0], args[1]))};
}
EV builtinLe(State&, std::vector<EV>& args) {
  return EV{Value::boolean(le(args[0], args[1]))};
}
EV builtinGt(State&, std::vector<EV>& args) {
  return EV{Value::boolean(!le(args[0], args[1]))};
}
EV builtinGe(State&, std::vector<EV>& args) {
  return EV{Value::boolean(!lt(args[0], args[1]))};
}

// ---- call ------------------------------------------------------------------------------------

bool intLike(const Value& v) {
  return v.kind() == Kind::Int || v.kind() == Kind::Uint;
}

bool intLike(ArgType t) {
  return t == ArgType::Int || t == ArgType::Int64 || t == ArgType::Uint64;
}

/// Go's prepareArg: checks (and converts an integer to) the parameter type.
Value prepareArg(const Value& v, ArgType t, size_t i) {
  if (!v.valid()) {
    if (t == ArgType::Any) return Value();
    if (t == ArgType::StringList) return Value::list(std::vector<Value>{}, "[]string");
    fail("arg " + std::to_string(i) + ": value is nil; should be of type " + argTypeName(t));
  }
  bool ok = false;
  switch (t) {
    case ArgType::Any:
      ok = true;
      break;
    case ArgType::Bool:
      ok = v.kind() == Kind::Bool;
      break;
    case ArgType::Int:
      ok = v.kind() == Kind::Int && v.numType() == NumType::Int;
      break;
    case ArgType::Int64:
      ok = v.kind() == Kind::Int && v.numType() == NumType::Int64;
      break;
    case ArgType::Uint64:
      ok = v.kind() == Kind::Uint && v.numType() == NumType::Uint64;
      break;
    case ArgType::Float64:
      ok = v.kind() == Kind::Float && v.numType() == NumType::Float64;
      break;
    case ArgType::String:
      ok = v.kind() == Kind::String;
      break;
    case ArgType::StringList:
      ok = v.kind() == Kind::List && !v.asList().chan && v.asList().type == "[]string";
      break;
    default:
      break;
  }
  if (ok) return v;
  if (intLike(v) && intLike(t)) {
    // Go's Value.Convert between integer types (wrapping).
    uint64_t bits = v.kind() == Kind::Int ? static_cast<uint64_t>(v.asInt()) : v.asUint();
    if (t == ArgType::Uint64) return Value::uinteger(bits, NumType::Uint64);
    return Value::integer(static_cast<int64_t>(bits),
                          t == ArgType::Int ? NumType::Int : NumType::Int64);
  }
  fail("arg " + std::to_string(i) + ": value has type " + v.goType() + "; should be " +
       argTypeName(t));
}

EV builtinCall(State& s, std::vector<EV>& args) {
  // Current Go names the callee (the first argument's node) in its errors.
  const std::string& name = s.callee();
  Value fn = indirectInterface(args[0]).v;
  if (!fn.valid()) fail("call of nil");
  if (fn.kind() != Kind::Func) fail("non-function " + name + " of type " + fn.goType());
  const Function& f = fn.asFunc();
  size_t nargs = args.size() - 1;
  size_t numIn = f.params.size() + (f.variadic ? 1 : 0);
  if (f.variadic) {
    if (nargs < numIn - 1)
      fail("wrong number of args for " + name + ": got " + std::to_string(nargs) +
           " want at least " + std::to_string(numIn - 1));
  } else if (nargs != numIn) {
    fail("wrong number of args for " + name + ": got " + std::to_string(nargs) + " want " +
         std::to_string(numIn));
  }
  std::vector<Value> argv;
  argv.reserve(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    Value arg = indirectInterface(args[i + 1]).v;
    ArgType t = (!f.variadic || i < numIn - 1) ? toArgType(f.params[i]) : toArgType(f.variadicType);
    argv.push_back(prepareArg(arg, t, i));
  }
  return element(f.fn(s, argv), false);
}

constexpr ArgType R = ArgType::Reflect;
constexpr ArgType A = ArgType::Any;
constexpr ArgType N = ArgType::None;

const Builtin kBuiltins[] = {
    {"and", 'a', 1, true, {R, N}, R, builtinAndOr},
    {"call", 'c', 1, true, {R, N}, R, builtinCall},
    {"html", 0, 0, true, {N, N}, A, builtinHTML},
    {"index", 0, 1, true, {R, N}, R, builtinIndex},
    {"slice", 0, 1, true, {R, N}, R, builtinSlice},
    {"js", 0, 0, true, {N, N}, A, builtinJS},
    {"len", 0, 1, false, {R, N}, N, builtinLen},
    {"not", 0, 1, false, {R, N}, N, builtinNot},
    {"or", 'o', 1, true, {R, N}, R, builtinAndOr},
    {"print", 0, 0, true, {N, N}, A, builtinPrint},
    {"printf", 0, 1, true, {ArgType::String, N}, A, builtinPrintf},
    {"println", 0, 0, true, {N, N}, A, builtinPrintln},
    {"urlquery", 0, 0, true, {N, N}, A, builtinURLQuery},
    {"eq", 0, 1, true, {R, N}, R, builtinEq},
    {"ge", 0, 2, false, {R, R}, N, builtinGe},
    {"gt", 0, 2, false, {R, R}, N, builtinGt},
    {"le", 0, 2, false, {R, R}, N, builtinLe},
    {"lt", 0, 2, false, {R, R}, N, builtinLt},
    {"ne", 0, 2, false, {R, R}, N, builtinNe},
};

}  // namespace

const Builtin* findBuiltin(std::string_view name) {
  static const std::unordered_map<std::string_view, const Builtin*> table = [] {
    std::unordered_map<std::string_view, const Builtin*> t;
    for (const auto& b : kBuiltins) t.emplace(b.name, &b);
    return t;
  }();
  auto it = table.find(name);
  return it == table.end() ? nullptr : it->second;
}

}  // namespace hc::tmpl::exec
