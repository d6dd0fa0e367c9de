// The evaluator's commands, fields and function lookups: Go's evalCommand, evalField,
// evalFunction ... of text/template's exec.go (the walk and pipelines are in exec.cc, calls in
// exec_call.cc).
#include <string>
#include <vector>

#include "hc/template/format.h"
#include "template/exec_internal.h"

namespace hc::tmpl::exec {
namespace {

bool isRuneInt(const std::string& s) {
  return !s.empty() && s[0] == '\'';
}

bool isHexInt(const std::string& s) {
  return s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') &&
         s.find_first_of("pP") == std::string::npos;
}

bool isExported(const std::string& name) {
  return !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
}

}  // namespace

void State::notAFunction(const std::vector<NodePtr>* args, const EV* final) {
  if ((args && args->size() > 1) || final) {
    errorf("can't give argument to non-function " + (args ? (*args)[0]->str() : std::string()));
  }
}

EV State::evalCommand(const EV& dot, const CommandNode* cmd, const EV* final) {
  const Node* first = cmd->args[0].get();
  switch (first->type) {
    case NodeType::Field:
      return evalFieldNode(dot, static_cast<const FieldNode*>(first), &cmd->args, final);
    case NodeType::Chain:
      return evalChainNode(dot, static_cast<const ChainNode*>(first), &cmd->args, final);
    case NodeType::Identifier:
      // Must be a function.
      return evalFunction(dot, static_cast<const IdentifierNode*>(first), cmd, &cmd->args, final);
    case NodeType::Pipe:
      // Parenthesized pipeline. The arguments are all inside the pipeline; final must be absent.
      notAFunction(&cmd->args, final);
      return evalPipeline(dot, static_cast<const PipeNode*>(first));
    case NodeType::Variable:
      return evalVariableNode(dot, static_cast<const VariableNode*>(first), &cmd->args, final);
    default:
      break;
  }
  at(first);
  notAFunction(&cmd->args, final);
  switch (first->type) {
    case NodeType::Bool:
      return EV{Value::boolean(static_cast<const BoolNode*>(first)->value)};
    case NodeType::Dot:
      return dot;
    case NodeType::Nil:
      errorf("nil is not a command");
    case NodeType::Number:
      return idealConstant(static_cast<const NumberNode*>(first));
    case NodeType::String:
      return EV{stringConstant(static_cast<const StringNode*>(first))};
    default:
      break;
  }
  errorf("can't evaluate command " + goQuote(first->str()));
}

EV State::idealConstant(const NumberNode* c) {
  // An ideal constant without a type from context: its syntax decides (Go's rules).
  at(c);
  if (c->isComplex) errorf("complex numbers are not supported: " + c->text);
  if (c->isFloat && !isHexInt(c->text) && !isRuneInt(c->text) &&
      c->text.find_first_of(".eEpP") != std::string::npos)
    return EV{Value::floating(c->floatValue)};
  if (c->isInt) return EV{Value::integer(c->intValue)};
  if (c->isUint) errorf(c->text + " overflows int");
  return EV{};
}

Value State::stringConstant(const StringNode* n) const {
  return Value::string(std::shared_ptr<const std::string>(*treeOwner_, &n->text));
}

EV State::evalFieldNode(const EV& dot, const FieldNode* field, const std::vector<NodePtr>* args,
                        const EV* final) {
  at(field);
  return evalFieldChain(dot, dot, field, field->ident, 0, args, final);
}

EV State::evalChainNode(const EV& dot, const ChainNode* chain, const std::vector<NodePtr>* args,
                        const EV* final) {
  at(chain);
  if (chain->field.empty()) errorf("internal error: no fields in evalChainNode");
  if (chain->node->type == NodeType::Nil)
    errorf("indirection through explicit nil in " + chain->str());
  // (pipe).Field1.Field2 has pipe as .node, fields as .field. Eval the pipeline, then the fields.
  EV pipe = evalArg(dot, ArgType::None, chain->node.get());
  return evalFieldChain(dot, pipe, chain, chain->field, 0, args, final);
}

EV State::evalVariableNode(const EV& dot, const VariableNode* var, const std::vector<NodePtr>* args,
                           const EV* final) {
  // $x.Field has $x as the first ident, Field as the second. Eval the var, then the fields.
  at(var);
  EV value = varValue(var->ident[0]);
  if (var->ident.size() == 1) {
    notAFunction(args, final);
    return value;
  }
  return evalFieldChain(dot, value, var, var->ident, 1, args, final);
}

EV State::evalFieldChain(const EV& dot, const EV& receiver, const Node* node,
                         const std::vector<std::string>& ident, size_t first,
                         const std::vector<NodePtr>* args, const EV* final) {
  size_t n = ident.size();
  if (first + 1 == n) return evalField(dot, ident[n - 1], node, args, final, receiver);
  EV cur = evalField(dot, ident[first], node, nullptr, nullptr, receiver);
  for (size_t i = first + 1; i + 1 < n; ++i) {
    EV next = evalField(dot, ident[i], node, nullptr, nullptr, cur);
    cur = std::move(next);
  }
  // Now if it's a method, it gets the arguments.
  return evalField(dot, ident[n - 1], node, args, final, cur);
}

EV State::evalFunction(const EV& dot, const IdentifierNode* node, const Node* cmd,
                       const std::vector<NodePtr>* args, const EV* final) {
  at(node);
  const std::string& name = node->ident;
  if (!funcCache_) funcCache_.reset(new FuncCacheEntry[kFuncCacheSize]);
  FuncCacheEntry& e = funcCache_[(reinterpret_cast<uintptr_t>(node) >> 4) % kFuncCacheSize];
  if (e.node != node) {
    e.node = node;
    e.fn = nullptr;
    e.builtin = nullptr;
    auto it = funcs_.find(name);
    if (it != funcs_.end() && it->second) {
      e.fn = it->second.get();
    } else {
      e.builtin = findBuiltin(name);
    }
  }
  if (e.fn) return evalFuncCall(dot, *e.fn, cmd, name, args, final);
  if (e.builtin) return evalBuiltinCall(dot, *e.builtin, cmd, args, final);
  errorf(goQuote(name) + " is not a defined function");
}

const State::MemberCacheEntry& State::fillMember(MemberCacheEntry& e,
                                                 const std::shared_ptr<const StructType>& type,
                                                 const std::string& name) {
  e.name = &name;
  e.type = type;
  e.method = type->method(name);
  e.index = type->fieldIndex(name);
  e.plainField = !e.method && e.index >= 0 && isExported(name);
  return e;
}

EV State::evalField(const EV& dot, const std::string& fieldName, const Node* node,
                    const std::vector<NodePtr>* args, const EV* final, const EV& receiver) {
  const Value& rv = receiver.v;
  if (!rv.valid() && !receiver.iface) {
    if (opts_.missingKey == MissingKey::Error)  // Treat an invalid value as a missing map key.
      errorf("nil data; no entry for key " + goQuote(fieldName));
    return EV{};
  }
  // The receiver's static type, for messages (an interface's, not its dynamic value's).
  auto typ = [&]() -> std::string { return receiver.iface ? "interface {}" : rv.goType(); };
  if (!rv.valid()) {
    // A nil interface value: calling a method on it can't work.
    errorf("nil pointer evaluating " + typ() + "." + fieldName);
  }
  const Method* method = nullptr;
  int fieldIdx = -1;
  if (rv.kind() == Kind::Struct) {
    const MemberCacheEntry& m = structMember(rv.asStruct().type, fieldName);
    method = m.method;
    fieldIdx = m.index;
  } else if (rv.kind() == Kind::Object) {
    method = rv.asObject().method(fieldName);
  } else if (rv.kind() == Kind::List && rv.asList().methods) {
    for (const auto& m : *rv.asList().methods) {
      if (m.first == fieldName) {
        method = &m.second;
        break;
      }
    }
  }
  if (method) return evalMethodCall(dot, *method, rv, node, fieldName, args, final);
  bool hasArgs = (args && args->size() > 1) || final;
  // It's not a method; must be a field of a struct or an element of a map.
  switch (rv.kind()) {
    case Kind::Struct: {
      const StructData& sd = rv.asStruct();
      int idx = fieldIdx;
      if (idx >= 0) {
        if (!isExported(fieldName))
          errorf(fieldName + " is an unexported field of struct type " + typ());
        if (hasArgs) errorf(fieldName + " has arguments but cannot be invoked as function");
        return element(sd.fields[static_cast<size_t>(idx)], false);
      }
      break;
    }
    case Kind::Map: {
      // A map: the field name is the key.
      if (hasArgs) errorf(fieldName + " is not a method but has arguments");
      const MapData& md = rv.asMap();
      if (const Value* e = md.find(fieldName)) return element(*e, elemIsInterface(md.type));
      switch (opts_.missingKey) {
        case MissingKey::Invalid:
          return EV{};
        case MissingKey::Zero: {
          bool iface = elemIsInterface(md.type);
          if (!md.zero) return EV{Value(), iface};
          return element(*md.zero, iface);
        }
        case MissingKey::Error:
          errorf("map has no entry for key " + goQuote(fieldName));
      }
      return EV{};
    }
    case Kind::Nil:
      errorf("nil pointer evaluating " + typ() + "." + fieldName);
    default:
      break;
  }
  errorf("can't evaluate field " + fieldName + " in type " + typ());
}

}  // namespace hc::tmpl::exec
