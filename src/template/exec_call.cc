// Function and method calls of the evaluator: Go's evalCall, evalArg, validateType and the
// constant conversions (evalBool, evalInteger ...) of text/template's exec.go.
#include <exception>
#include <string>
#include <vector>

#include "hc/template/format.h"
#include "template/exec_internal.h"

namespace hc::tmpl::exec {
namespace {

bool canBeNil(ArgType t) {
  return t == ArgType::Reflect || t == ArgType::Any || t == ArgType::StringList;
}

/// reflect.Zero(t) for a type that can be nil.
EV zeroOf(ArgType t) {
  if (t == ArgType::StringList) return EV{Value::list(std::vector<Value>{}, "[]string")};
  return EV{};
}

/// Go's AssignableTo for a concrete value and a concrete parameter type.
bool assignable(const Value& v, ArgType t) {
  switch (t) {
    case ArgType::None:
    case ArgType::Reflect:
    case ArgType::Any:
      return true;
    case ArgType::Bool:
      return v.kind() == Kind::Bool;
    case ArgType::Int:
      return v.kind() == Kind::Int && v.numType() == NumType::Int;
    case ArgType::Int64:
      return v.kind() == Kind::Int && v.numType() == NumType::Int64;
    case ArgType::Uint64:
      return v.kind() == Kind::Uint && v.numType() == NumType::Uint64;
    case ArgType::Float64:
      return v.kind() == Kind::Float && v.numType() == NumType::Float64;
    case ArgType::String:
      return v.kind() == Kind::String;
    case ArgType::StringList:
      return v.kind() == Kind::List && !v.asList().chan && v.asList().type == "[]string";
  }
  return false;
}

size_t argCount(const std::vector<NodePtr>* args) {
  return args ? args->size() - 1 : 0;
}

/// A native result: only a function returning interface{} can return nil, so an Invalid (or
/// untyped nil) result is a nil interface value until a pipeline unwraps it.
EV resultEV(Value v) {
  if (!v.valid() || isUntypedNil(v)) return EV{Value(), true};
  return EV{std::move(v)};
}

}  // namespace

const char* argTypeName(ArgType t) {
  switch (t) {
    case ArgType::None:
      return "<nil>";
    case ArgType::Reflect:
      return "reflect.Value";
    case ArgType::Any:
      return "interface {}";
    case ArgType::Bool:
      return "bool";
    case ArgType::Int:
      return "int";
    case ArgType::Int64:
      return "int64";
    case ArgType::Uint64:
      return "uint64";
    case ArgType::Float64:
      return "float64";
    case ArgType::String:
      return "string";
    case ArgType::StringList:
      return "[]string";
  }
  return "<nil>";
}

ArgType toArgType(Param p) {
  switch (p) {
    case Param::Any:
      return ArgType::Any;
    case Param::Bool:
      return ArgType::Bool;
    case Param::Int:
      return ArgType::Int;
    case Param::Int64:
      return ArgType::Int64;
    case Param::Uint64:
      return ArgType::Uint64;
    case Param::Float64:
      return ArgType::Float64;
    case Param::String:
      return ArgType::String;
    case Param::StringList:
      return ArgType::StringList;
  }
  return ArgType::Any;
}

EV State::validateType(const EV& value, ArgType typ) {
  const Value& v = value.v;
  if (!v.valid()) {
    if (!value.iface) {
      // Go's zero reflect.Value.
      if (typ == ArgType::None) return EV{};  // An untyped nil interface{}.
      if (canBeNil(typ)) return zeroOf(typ);
      errorf(std::string("invalid value; expected ") + argTypeName(typ));
    }
    // A nil interface{} value: assignable only to interfaces.
    if (typ == ArgType::None || typ == ArgType::Reflect || typ == ArgType::Any) return value;
    errorf(std::string("wrong type for value; expected ") + argTypeName(typ) +
           "; got interface {}");
  }
  if (typ == ArgType::None || typ == ArgType::Reflect) return value;
  if (typ == ArgType::Any) return EV{v};
  if (assignable(v, typ)) return EV{v};
  // Does one dereference work?
  if (v.kind() == Kind::Nil && v.goType() == std::string("*") + argTypeName(typ))
    errorf(std::string("dereference of nil pointer of type ") + argTypeName(typ));
  errorf(std::string("wrong type for value; expected ") + argTypeName(typ) + "; got " + v.goType());
}

EV State::evalArg(const EV& dot, ArgType typ, const Node* n) {
  at(n);
  switch (n->type) {
    case NodeType::Dot:
      return validateType(dot, typ);
    case NodeType::Nil:
      if (canBeNil(typ)) return zeroOf(typ);
      errorf(std::string("cannot assign nil to ") + argTypeName(typ));
    case NodeType::Field:
      return validateType(evalFieldNode(dot, static_cast<const FieldNode*>(n), nullptr, nullptr),
                          typ);
    case NodeType::Variable:
      return validateType(
          evalVariableNode(dot, static_cast<const VariableNode*>(n), nullptr, nullptr), typ);
    case NodeType::Pipe:
      return validateType(evalPipeline(dot, static_cast<const PipeNode*>(n)), typ);
    case NodeType::Identifier: {
      auto* id = static_cast<const IdentifierNode*>(n);
      return validateType(evalFunction(dot, id, id, nullptr, nullptr), typ);
    }
    case NodeType::Chain:
      return validateType(evalChainNode(dot, static_cast<const ChainNode*>(n), nullptr, nullptr),
                          typ);
    default:
      break;
  }
  // A constant: it takes the parameter's type.
  switch (typ) {
    case ArgType::Bool:
      at(n);
      if (n->type == NodeType::Bool)
        return EV{Value::boolean(static_cast<const BoolNode*>(n)->value)};
      errorf("expected bool; found " + n->str());
    case ArgType::Float64:
      at(n);
      if (n->type == NodeType::Number && static_cast<const NumberNode*>(n)->isFloat)
        return EV{Value::floating(static_cast<const NumberNode*>(n)->floatValue)};
      errorf("expected float; found " + n->str());
    case ArgType::Int:
    case ArgType::Int64:
      at(n);
      if (n->type == NodeType::Number && static_cast<const NumberNode*>(n)->isInt)
        return EV{Value::integer(static_cast<const NumberNode*>(n)->intValue,
                                 typ == ArgType::Int ? NumType::Int : NumType::Int64)};
      errorf("expected integer; found " + n->str());
    case ArgType::Uint64:
      at(n);
      if (n->type == NodeType::Number && static_cast<const NumberNode*>(n)->isUint)
        return EV{Value::uinteger(static_cast<const NumberNode*>(n)->uintValue, NumType::Uint64)};
      errorf("expected unsigned integer; found " + n->str());
    case ArgType::String:
      at(n);
      if (n->type == NodeType::String) return EV{stringConstant(static_cast<const StringNode*>(n))};
      errorf("expected string; found " + n->str());
    case ArgType::Any:
    case ArgType::Reflect:
      return evalEmptyInterface(dot, n);
    case ArgType::None:
    case ArgType::StringList:
      break;
  }
  errorf("can't handle " + n->str() + " for arg of type " + argTypeName(typ));
}

EV State::evalEmptyInterface(const EV& dot, const Node* n) {
  at(n);
  switch (n->type) {
    case NodeType::Bool:
      return EV{Value::boolean(static_cast<const BoolNode*>(n)->value)};
    case NodeType::Dot:
      return dot;
    case NodeType::Field:
      return evalFieldNode(dot, static_cast<const FieldNode*>(n), nullptr, nullptr);
    case NodeType::Identifier: {
      auto* id = static_cast<const IdentifierNode*>(n);
      return evalFunction(dot, id, id, nullptr, nullptr);
    }
    case NodeType::Nil:
      errorf("evalEmptyInterface: nil (can't happen)");
    case NodeType::Number:
      return idealConstant(static_cast<const NumberNode*>(n));
    case NodeType::String:
      return EV{stringConstant(static_cast<const StringNode*>(n))};
    case NodeType::Variable:
      return evalVariableNode(dot, static_cast<const VariableNode*>(n), nullptr, nullptr);
    case NodeType::Pipe:
      return evalPipeline(dot, static_cast<const PipeNode*>(n));
    default:
      break;
  }
  errorf("can't handle assignment of " + n->str() + " to empty interface argument");
}

EV State::evalBuiltinCall(const EV& dot, const Builtin& b, const Node* node,
                          const std::vector<NodePtr>* args, const EV* final) {
  const char* name = b.name;
  size_t nargs = argCount(args);
  size_t numIn = nargs + (final ? 1 : 0);
  size_t numParams = static_cast<size_t>(b.numFixed) + (b.variadic ? 1 : 0);
  size_t numFixed = nargs;
  if (b.variadic) {
    numFixed = static_cast<size_t>(b.numFixed);
    if (numIn < numFixed)
      errorf(std::string("wrong number of args for ") + name + ": want at least " +
             std::to_string(numFixed) + " got " + std::to_string(nargs));
  } else if (numIn != numParams) {
    errorf(std::string("wrong number of args for ") + name + ": want " + std::to_string(numParams) +
           " got " + std::to_string(numIn));
  }

  // and/or short-circuit: they return the first operand deciding the result.
  if (b.special == 'a' || b.special == 'o') {
    bool isAnd = b.special == 'a';
    EV v;
    for (size_t i = 1; i <= nargs; ++i) {
      v = evalArg(dot, ArgType::Reflect, (*args)[i].get());
      if (truth(v.v) == !isAnd) return v;
    }
    if (final) v = validateType(*final, ArgType::Reflect);
    return v;
  }

  VecPool<EV>::Lease argv(evArgs_);
  size_t i = 0;
  for (; i < numFixed && i < nargs; ++i)
    argv->push_back(evalArg(dot, b.fixed[i], (*args)[i + 1].get()));
  if (b.variadic) {
    for (; i < nargs; ++i) argv->push_back(evalArg(dot, b.variadicType, (*args)[i + 1].get()));
  }
  if (final) {
    ArgType t = b.variadic ? (numIn - 1 < numFixed ? b.fixed[numIn - 1] : b.variadicType)
                           : b.fixed[numParams - 1];
    argv->push_back(validateType(*final, t));
  }
  if (b.special == 'c') {
    if (nargs > 0) {
      callee_ = (*args)[1]->str();
    } else {
      // reflect.Value.String() of the piped value.
      const Value& v = final->v;
      if (v.kind() == Kind::String) {
        callee_ = v.asString();
      } else if (!v.valid()) {
        callee_ = "<invalid Value>";
      } else {
        callee_ = "<" + v.goType() + " Value>";
      }
    }
  }
  try {
    return b.fn(*this, *argv);
  } catch (const std::exception& e) {
    at(node);
    errorf(std::string("error calling ") + name + ": " + e.what());
  }
}

EV State::evalFuncCall(const EV& dot, const Function& f, const Node* node, const std::string& name,
                       const std::vector<NodePtr>* args, const EV* final) {
  size_t nargs = argCount(args);
  size_t numIn = nargs + (final ? 1 : 0);
  size_t numParams = f.params.size() + (f.variadic ? 1 : 0);
  size_t numFixed = nargs;
  if (f.variadic) {
    numFixed = f.params.size();
    if (numIn < numFixed)
      errorf("wrong number of args for " + name + ": want at least " + std::to_string(numFixed) +
             " got " + std::to_string(nargs));
  } else if (numIn != numParams) {
    errorf("wrong number of args for " + name + ": want " + std::to_string(numParams) + " got " +
           std::to_string(numIn));
  }
  VecPool<Value>::Lease argv(valueArgs_);
  size_t i = 0;
  for (; i < numFixed && i < nargs; ++i)
    argv->push_back(evalArg(dot, toArgType(f.params[i]), (*args)[i + 1].get()).v);
  if (f.variadic) {
    ArgType vt = toArgType(f.variadicType);
    for (; i < nargs; ++i) argv->push_back(evalArg(dot, vt, (*args)[i + 1].get()).v);
  }
  if (final) {
    ArgType t;
    if (f.variadic) {
      t = numIn - 1 < numFixed ? toArgType(f.params[numIn - 1]) : toArgType(f.variadicType);
    } else {
      t = toArgType(f.params[numParams - 1]);
    }
    argv->push_back(validateType(*final, t).v);
  }
  Value result;
  try {
    result = f.fn(*this, *argv);
  } catch (const std::exception& e) {
    at(node);
    errorf("error calling " + name + ": " + e.what());
  }
  return resultEV(std::move(result));
}

EV State::evalMethodCall(const EV& dot, const Method& m, const Value& self, const Node* node,
                         const std::string& name, const std::vector<NodePtr>* args,
                         const EV* final) {
  // Methods carry no parameter types: every argument is passed as an interface{}.
  size_t nargs = argCount(args);
  VecPool<Value>::Lease argv(valueArgs_);
  for (size_t i = 1; i <= nargs; ++i)
    argv->push_back(evalArg(dot, ArgType::Any, (*args)[i].get()).v);
  if (final) argv->push_back(validateType(*final, ArgType::Any).v);
  Value result;
  try {
    result = m(self, *argv);
  } catch (const std::exception& e) {
    at(node);
    errorf("error calling " + name + ": " + e.what());
  }
  return resultEV(std::move(result));
}

}  // namespace hc::tmpl::exec
