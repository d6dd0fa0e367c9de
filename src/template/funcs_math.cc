// add, subtract, multiply, divide, modulo, minimum, maximum: consul-template's reflect-based
// arithmetic. Arguments come reversed (b, a) so `{{ 5 | subtract 2 }}` is 5-2; results are
// int64, uint64 or float64 by the kinds of a and b; integer arithmetic wraps as Go's does and an
// integer division by zero is Go's runtime panic (which text/template reports as an error).
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include "funcs_internal.h"

namespace hc::tmpl::funcs {

namespace {

enum class Cls { Int, Uint, Float, Other };

Cls classify(const Value& v) {
  switch (v.kind()) {
    case Kind::Int:
      return Cls::Int;
    case Kind::Uint:
      return v.numType() == NumType::Uintptr ? Cls::Other : Cls::Uint;
    case Kind::Float:
      return Cls::Float;
    default:
      return Cls::Other;
  }
}

[[noreturn]] void unknownType(const char* name, const Value& v) {
  throw FuncError(std::string(name) + ": unknown type for " + quoteReflectValue(v) + " (" +
                  v.goType() + ")");
}

Value i64(int64_t v) {
  return Value::integer(v, NumType::Int64);
}
Value u64(uint64_t v) {
  return Value::uinteger(v, NumType::Uint64);
}
Value f64(double v) {
  return Value::floating(v);
}

// Two's-complement wrapping, as Go's int64 arithmetic.
int64_t wrap(uint64_t v) {
  return static_cast<int64_t>(v);
}
uint64_t bits(int64_t v) {
  return static_cast<uint64_t>(v);
}

[[noreturn]] void divideByZero() {
  throw FuncError("runtime error: integer divide by zero");
}

int64_t idiv(int64_t a, int64_t b) {
  if (b == 0) divideByZero();
  if (a == std::numeric_limits<int64_t>::min() && b == -1) return a;
  return a / b;
}
int64_t imod(int64_t a, int64_t b) {
  if (b == 0) divideByZero();
  if (b == -1) return 0;
  return a % b;
}

enum class Op { Add, Sub, Mul, Div, Mod };

// a (op) b in Go's uint64 (wrapping) or float64 arithmetic. There is no float modulo.
template <typename T>
T plainOp(Op op, T a, T b) {
  switch (op) {
    case Op::Add:
      return a + b;
    case Op::Sub:
      return a - b;
    case Op::Mul:
      return a * b;
    case Op::Div:
      if constexpr (std::is_integral_v<T>) {
        if (b == 0) divideByZero();
      }
      return a / b;
    case Op::Mod:
      if constexpr (std::is_integral_v<T>) {
        if (b == 0) divideByZero();
        return a % b;
      }
      break;
  }
  return 0;
}

// a (op) b in Go's int64 arithmetic: add, sub and mul wrap as two's complement.
int64_t intOp(Op op, int64_t a, int64_t b) {
  if (op == Op::Div) return idiv(a, b);
  if (op == Op::Mod) return imod(a, b);
  return wrap(plainOp(op, bits(a), bits(b)));
}

// a (op) b with consul-template's kind rules. Modulo has no float cases.
Value arith(const char* name, Op op, const Value& b, const Value& a) {
  const Cls ca = classify(a), cb = classify(b);
  const bool floats = op != Op::Mod;
  switch (ca) {
    case Cls::Int:
      if (cb == Cls::Int) return i64(intOp(op, a.asInt(), b.asInt()));
      if (cb == Cls::Uint) return i64(intOp(op, a.asInt(), static_cast<int64_t>(b.asUint())));
      if (cb == Cls::Float && floats)
        return f64(plainOp(op, static_cast<double>(a.asInt()), b.asFloat()));
      unknownType(name, b);
    case Cls::Uint:
      if (cb == Cls::Int) return i64(intOp(op, static_cast<int64_t>(a.asUint()), b.asInt()));
      if (cb == Cls::Uint) return u64(plainOp(op, a.asUint(), b.asUint()));
      if (cb == Cls::Float && floats)
        return f64(plainOp(op, static_cast<double>(a.asUint()), b.asFloat()));
      unknownType(name, b);
    case Cls::Float:
      if (!floats) break;
      if (cb == Cls::Int) return f64(plainOp(op, a.asFloat(), static_cast<double>(b.asInt())));
      if (cb == Cls::Uint) return f64(plainOp(op, a.asFloat(), static_cast<double>(b.asUint())));
      if (cb == Cls::Float) return f64(plainOp(op, a.asFloat(), b.asFloat()));
      unknownType(name, b);
    case Cls::Other:
      break;
  }
  unknownType(name, a);
}

// The value of v converted as consul-template returns it (av.Int(), bv.Uint(), av.Float()).
Value asResult(const Value& v) {
  switch (classify(v)) {
    case Cls::Int:
      return i64(v.asInt());
    case Cls::Uint:
      return u64(v.asUint());
    default:
      return f64(v.asFloat());
  }
}

double asDouble(const Value& v) {
  switch (classify(v)) {
    case Cls::Int:
      return static_cast<double>(v.asInt());
    case Cls::Uint:
      return static_cast<double>(v.asUint());
    default:
      return v.asFloat();
  }
}

// minimum/maximum: compares a with b (int vs uint as int64, anything vs float as float64) and
// returns the chosen operand in its own kind.
Value pick(const char* name, bool wantMin, const Value& b, const Value& a) {
  const Cls ca = classify(a), cb = classify(b);
  if (ca == Cls::Other) unknownType(name, a);
  if (cb == Cls::Other) unknownType(name, b);
  bool aWins;
  if (ca == Cls::Float || cb == Cls::Float) {
    aWins = wantMin ? asDouble(a) < asDouble(b) : asDouble(a) > asDouble(b);
  } else if (ca == Cls::Uint && cb == Cls::Uint) {
    aWins = wantMin ? a.asUint() < b.asUint() : a.asUint() > b.asUint();
  } else {
    const int64_t x = ca == Cls::Int ? a.asInt() : static_cast<int64_t>(a.asUint());
    const int64_t y = cb == Cls::Int ? b.asInt() : static_cast<int64_t>(b.asUint());
    aWins = wantMin ? x < y : x > y;
  }
  return asResult(aWins ? a : b);
}

}  // namespace

void addMathFuncs(FuncMap& m) {
  struct ArithDef {
    const char* name;
    Op op;
  };
  for (const ArithDef& d :
       {ArithDef{"add", Op::Add}, ArithDef{"subtract", Op::Sub}, ArithDef{"multiply", Op::Mul},
        ArithDef{"divide", Op::Div}, ArithDef{"modulo", Op::Mod}}) {
    const char* name = d.name;
    const Op op = d.op;
    define(m, name, {Param::Any, Param::Any}, [name, op](CallContext&, std::vector<Value>& a) {
      return arith(name, op, a.at(0), a.at(1));
    });
  }
  define(m, "minimum", {Param::Any, Param::Any}, [](CallContext&, std::vector<Value>& a) {
    return pick("minimum", true, a.at(0), a.at(1));
  });
  define(m, "maximum", {Param::Any, Param::Any}, [](CallContext&, std::vector<Value>& a) {
    return pick("maximum", false, a.at(0), a.at(1));
  });
}

}  // namespace hc::tmpl::funcs
