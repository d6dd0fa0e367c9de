// The template evaluator: Go's text/template exec.go over hc::tmpl Values.
//
// Each function mirrors its Go counterpart (walk, walkRange, evalPipeline, evalCommand,
// evalField ...) including where Go records the current node (state.at), since that node is
// what an error message names: `template: NAME:LINE:COL: executing "T" at <NODE>: MSG`.
// Newer Go semantics are implemented where they differ from Go 1.19: range over an integer
// (Go 1.22), range with `=` assigning the loop variables (Go 1.21), `else with` (Go 1.23, the
// parser nests a With node in the else list).
//
// Known differences from Go, all due to what a Value records:
//  - Methods (StructType/Object/ListData methods) have no signature: arguments are passed as
//    interface{} values (constants take their ideal type) and their count is not checked.
//  - A typed nil pointer (Value::nilOf) does not know its struct's fields: a field on it is
//    always "nil pointer evaluating *T.X" (Go says "can't evaluate field X" for a missing one).
//  - Struct fields are taken as concrete (not interface{}) fields unless they hold a nil value;
//    a native function's result likewise, unless it is nil.
//  - Complex constants (1i) are rejected: there is no complex Value.
//  - The Go type of a Func value is not kept ("func(...)" in messages).
#include <pthread.h>

#include <charconv>
#include <cstdlib>
#include <exception>
#include <string>
#include <utility>

#include "hc/template/format.h"
#include "hc/template/template.h"
#include "template/exec_internal.h"

namespace hc::tmpl::exec {
namespace {

// Go grows goroutine stacks on demand; a deep template recursion (up to maxExecDepth) would
// overflow a native stack, so the evaluator continues on a fresh thread with a large stack when
// the current one has used its budget.
constexpr size_t kDefaultStackBudget = 256 * 1024;  // when the thread's stack is unknown
constexpr size_t kStackMargin = 128 * 1024;         // left for native functions, printing ...
constexpr size_t kHopStackSize = 32 * 1024 * 1024;  // below ASan's 64 MB unpoison limit

struct HopArgs {
  void (*fn)(void*);
  void* ctx;
};

void* hopMain(void* p) {
  auto* a = static_cast<HopArgs*>(p);
  a->fn(a->ctx);
  return nullptr;
}

/// Runs fn(ctx) on a new thread with a stack of `size` bytes and waits for it. False if no
/// thread could be created.
bool runOnNewStack(size_t size, void (*fn)(void*), void* ctx) {
  pthread_attr_t attr;
  if (pthread_attr_init(&attr) != 0) return false;
  pthread_attr_setstacksize(&attr, size);
  HopArgs args{fn, ctx};
  pthread_t th;
  int rc = pthread_create(&th, &attr, hopMain, &args);
  pthread_attr_destroy(&attr);
  if (rc != 0) return false;
  pthread_join(th, nullptr);
  return true;
}

const char* currentFrame() {
  return static_cast<const char*>(__builtin_frame_address(0));
}

/// The stack this thread may still use below `here` (its lowest address is looked up once per
/// thread).
size_t stackBudgetBelow(const char* here) {
  thread_local const char* low = [] {
    const char* l = nullptr;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      void* addr = nullptr;
      size_t size = 0;
      if (pthread_attr_getstack(&attr, &addr, &size) == 0) l = static_cast<const char*>(addr);
      pthread_attr_destroy(&attr);
    }
    return l;
  }();
  if (!low || here <= low) return kDefaultStackBudget;
  auto avail = static_cast<size_t>(here - low);
  return avail > kStackMargin ? avail - kStackMargin : 0;
}

/// Go's %v of a value in an error message (a pointer to a struct prints the struct).
std::string sprintV(const Value& v) {
  if (v.kind() == Kind::Struct && v.asStruct().type->pointer) return hc::tmpl::printValue(v);
  return goSprintf("%v", {v});
}

void appendInt(std::string& out, int64_t i) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, i);
  out.append(buf, static_cast<size_t>(r.ptr - buf));
}

void appendUint(std::string& out, uint64_t u) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, u);
  out.append(buf, static_cast<size_t>(r.ptr - buf));
}

}  // namespace

bool elemIsInterface(const std::string& t) {
  static const std::string kIface = "interface {}";
  if (t.size() < kIface.size() + 2) return false;
  if (t.compare(t.size() - kIface.size(), kIface.size(), kIface) != 0) return false;
  if (t.compare(0, 2, "[]") == 0) return t.size() == kIface.size() + 2;
  if (t.compare(0, 4, "map[") == 0) {
    int depth = 0;
    for (size_t i = 3; i < t.size(); ++i) {
      if (t[i] == '[') ++depth;
      if (t[i] == ']' && --depth == 0) return i + 1 == t.size() - kIface.size();
    }
  }
  return false;
}

bool truth(const Value& v) {
  // A channel is true when non-nil, whatever it holds (Go's isTrue on reflect.Chan).
  if (v.kind() == Kind::List && v.asList().chan) return true;
  return v.truthy();
}

State::State(const TreeSet& trees, const std::shared_ptr<const Tree>& tree, const FuncMap& funcs,
             const ExecOptions& opts, std::string& out, const std::string& mainName,
             const State* parent)
    : trees_(trees),
      tree_(tree.get()),
      treeOwner_(&tree),
      funcs_(funcs),
      opts_(opts),
      out_(out),
      mainName_(mainName),
      memberCache_(new MemberCacheEntry[kMemberCacheSize]) {
  if (parent) {
    nesting_ = parent->nesting_ + 1;
    stackBase_ = parent->stackBase_;
    stackBudget_ = parent->stackBudget_;
  } else {
    stackBase_ = currentFrame();
    stackBudget_ = stackBudgetBelow(stackBase_);
  }
}

template <class F>
void State::withStack(F&& f) {
  const char* here = currentFrame();
  if (static_cast<size_t>(stackBase_ - here) < stackBudget_ || here > stackBase_) {
    f();
    return;
  }
  struct Ctx {
    State* s;
    F* f;
    std::exception_ptr err;
  } ctx{this, &f, nullptr};
  const char* savedBase = stackBase_;
  size_t savedBudget = stackBudget_;
  bool ok = runOnNewStack(
      kHopStackSize,
      [](void* p) {
        auto* c = static_cast<Ctx*>(p);
        c->s->stackBase_ = currentFrame();
        c->s->stackBudget_ = stackBudgetBelow(c->s->stackBase_);
        try {
          (*c->f)();
        } catch (...) {
          c->err = std::current_exception();
        }
      },
      &ctx);
  stackBase_ = savedBase;
  stackBudget_ = savedBudget;
  if (!ok) errorf("exceeded maximum template depth (" + std::to_string(opts_.maxExecDepth) + ")");
  if (ctx.err) std::rethrow_exception(ctx.err);
}

void State::run(const Value& data) {
  EV dot{data, false};
  if (data.kind() == Kind::Nil && isUntypedNil(data)) dot.v = Value();
  vars_.clear();
  vars_.push_back(Var{"$", dot});
  walk(dot, tree_->root.get());
}

std::string State::executeTemplate(const std::string& name, const Value& dot) {
  auto it = trees_.find(name);
  if (it == trees_.end() || !it->second || !it->second->root)
    throw FuncError("template: no template " + goQuote(name) + " associated with template " +
                    goQuote(mainName_));
  if (nesting_ >= opts_.maxExecDepth)
    throw FuncError("exceeded maximum template depth (" + std::to_string(opts_.maxExecDepth) + ")");
  std::string buf;
  State nested(trees_, it->second, funcs_, opts_, buf, mainName_, this);
  try {
    nested.withStack([&] { nested.run(dot); });
  } catch (const TemplateError& e) {
    throw FuncError(e.what());
  }
  return buf;
}

void State::errorf(const std::string& msg) {
  const std::string& name = tree_->name;
  if (!node_) {
    throw TemplateError("template: " + name + ": " + msg, name, 0, 0, msg);
  }
  auto [location, context] = tree_->errorContext(*node_);
  std::string detail = "executing " + goQuote(name) + " at <" + context + ">: " + msg;
  std::string goMessage = "template: " + location + ": " + detail;
  // location is "PARSENAME:LINE:COL".
  std::string parseName = location;
  int line = 0, col = 0;
  size_t c2 = location.rfind(':');
  if (c2 != std::string::npos && c2 > 0) {
    size_t c1 = location.rfind(':', c2 - 1);
    if (c1 != std::string::npos) {
      parseName = location.substr(0, c1);
      line = std::atoi(location.c_str() + c1 + 1);
      col = std::atoi(location.c_str() + c2 + 1);
    }
  }
  throw TemplateError(std::move(goMessage), std::move(parseName), line, col, std::move(detail));
}

// ---- Variables -------------------------------------------------------------------------------

void State::setVar(std::string_view name, const EV& v) {
  for (size_t i = vars_.size(); i-- > 0;) {
    if (vars_[i].name == name) {
      vars_[i].value = v;
      return;
    }
  }
  errorf("undefined variable: " + std::string(name));
}

const EV& State::varValue(std::string_view name) {
  for (size_t i = vars_.size(); i-- > 0;) {
    if (vars_[i].name == name) return vars_[i].value;
  }
  errorf("undefined variable: " + std::string(name));
}

// ---- Walk ------------------------------------------------------------------------------------

Flow State::walk(const EV& dot, const Node* node) {
  at(node);
  switch (node->type) {
    case NodeType::Action:
      walkAction(dot, static_cast<const ActionNode*>(node));
      return Flow::Normal;
    case NodeType::Break:
      return Flow::Break;
    case NodeType::Comment:
      return Flow::Normal;
    case NodeType::Continue:
      return Flow::Continue;
    case NodeType::If:
      return walkIfOrWith(false, dot, static_cast<const BranchNode*>(node));
    case NodeType::List:
      return walkList(dot, static_cast<const ListNode*>(node));
    case NodeType::Range:
      return walkRange(dot, static_cast<const BranchNode*>(node));
    case NodeType::Template:
      walkTemplate(dot, static_cast<const TemplateNode*>(node));
      return Flow::Normal;
    case NodeType::Text:
      out_ += static_cast<const TextNode*>(node)->text;
      return Flow::Normal;
    case NodeType::With:
      return walkIfOrWith(true, dot, static_cast<const BranchNode*>(node));
    default:
      break;
  }
  errorf("unknown node: " + node->str());
}

Flow State::walkList(const EV& dot, const ListNode* list) {
  for (const auto& child : list->nodes) {
    const Node* n = child.get();
    // Text and actions, most of a template, without the general walk.
    if (n->type == NodeType::Text) {
      at(n);
      out_ += static_cast<const TextNode*>(n)->text;
      continue;
    }
    if (n->type == NodeType::Action) {
      at(n);
      walkAction(dot, static_cast<const ActionNode*>(n));
      continue;
    }
    Flow f = walk(dot, n);
    if (f != Flow::Normal) return f;
  }
  return Flow::Normal;
}

void State::walkAction(const EV& dot, const ActionNode* a) {
  const PipeNode* pipe = a->pipe.get();
  // The common {{.Field.Chain}}, {{$x.Field}} and {{.}} printing a string or number: found and
  // printed without copying values.
  if (pipe->decl.empty() && pipe->cmds.size() == 1 && pipe->cmds[0]->args.size() == 1 &&
      printFast(dot, pipe->cmds[0]->args[0].get()))
    return;
  // Variables declared by the action persist until the enclosing block ends; an action that
  // declares variables prints nothing.
  EV val = evalPipeline(dot, pipe);
  if (pipe->decl.empty()) printValue(a, val);
}

Flow State::walkIfOrWith(bool isWith, const EV& dot, const BranchNode* n) {
  size_t m = mark();
  EV val = evalPipeline(dot, n->pipe.get());
  Flow f = Flow::Normal;
  if (truth(val.v)) {
    f = walk(isWith ? val : dot, n->list.get());
  } else if (n->elseList) {
    f = walk(dot, n->elseList.get());
  }
  pop(m);
  return f;
}

Flow State::walkRange(const EV& dot, const BranchNode* r) {
  at(r);
  size_t outer = mark();
  EV pv = evalPipeline(dot, r->pipe.get());
  const Value& val = pv.v;
  size_t m = mark();
  const auto& decl = r->pipe->decl;
  const bool assign = r->pipe->isAssign;
  // One iteration: sets the loop variables (lexically: index first, element last), walks the
  // body and pops what the body declared. Returns false on break.
  auto oneIteration = [&](const EV& index, const EV& elem) -> bool {
    if (!decl.empty()) {
      if (assign) {
        setVar(decl[0]->ident[0], decl.size() > 1 ? index : elem);
      } else {
        setTopVar(1, elem);
      }
    }
    if (decl.size() > 1) {
      if (assign) {
        setVar(decl[1]->ident[0], elem);
      } else {
        setTopVar(2, index);
      }
    }
    Flow f = walk(elem, r->list.get());
    pop(m);
    return f != Flow::Break;
  };

  bool ran = false;
  switch (val.kind()) {
    case Kind::Int:
    case Kind::Uint: {
      if (decl.size() > 1)
        errorf("can't use " + sprintV(val) + " to iterate over more than one variable");
      if (val.kind() == Kind::Int) {
        for (int64_t i = 0; i < val.asInt(); ++i) {
          ran = true;
          if (!oneIteration(EV{}, EV{Value::integer(i, val.numType())})) break;
        }
      } else {
        for (uint64_t i = 0; i < val.asUint(); ++i) {
          ran = true;
          if (!oneIteration(EV{}, EV{Value::uinteger(i, val.numType())})) break;
        }
      }
      break;
    }
    case Kind::List: {
      const ListData& l = val.asList();
      bool iface = elemIsInterface(l.type);
      for (size_t i = 0; i < l.items.size(); ++i) {
        ran = true;
        if (!oneIteration(EV{Value::integer(static_cast<int64_t>(i))}, element(l.items[i], iface)))
          break;
      }
      break;
    }
    case Kind::Map: {
      const MapData& md = val.asMap();
      bool iface = elemIsInterface(md.type);
      for (const auto& e : md.entries) {
        ran = true;
        if (!oneIteration(EV{Value::string(e.first)}, element(e.second, iface))) break;
      }
      break;
    }
    case Kind::Invalid:
      break;  // An invalid value is likely a nil map, etc. and acts like an empty map.
    default:
      errorf("range can't iterate over " + sprintV(val));
  }
  Flow f = Flow::Normal;
  // Go recovers a {{break}} at the range walking the else list (it ends only that list), while a
  // {{continue}} there continues the enclosing range.
  if (!ran && r->elseList && walk(dot, r->elseList.get()) == Flow::Continue) f = Flow::Continue;
  pop(outer);
  return f;
}

void State::walkTemplate(const EV& dot, const TemplateNode* t) {
  at(t);
  auto it = trees_.find(t->name);
  if (it == trees_.end() || !it->second || !it->second->root)
    errorf("template " + goQuote(t->name) + " not defined");
  if (depth_ == opts_.maxExecDepth)
    errorf("exceeded maximum template depth (" + std::to_string(opts_.maxExecDepth) + ")");
  // Variables declared by the pipeline persist.
  EV newDot = evalPipeline(dot, t->pipe.get());
  // No dynamic scoping: template invocations inherit no variables.
  std::vector<Var> saved;
  saved.swap(vars_);
  const Tree* savedTree = tree_;
  const std::shared_ptr<const Tree>* savedOwner = treeOwner_;
  const Node* savedNode = node_;
  tree_ = it->second.get();
  treeOwner_ = &it->second;
  ++depth_;
  vars_.push_back(Var{"$", newDot});
  withStack([&] { walk(newDot, tree_->root.get()); });
  --depth_;
  tree_ = savedTree;
  treeOwner_ = savedOwner;
  node_ = savedNode;
  vars_.swap(saved);
}

inline const Value* State::fastField(const Value& rv, const std::string& name) {
  if (rv.kind() == Kind::Struct) {
    const MemberCacheEntry& m = structMember(rv.asStruct().type, name);
    if (!m.plainField) return nullptr;
    return &rv.asStruct().fields[static_cast<size_t>(m.index)];
  }
  if (rv.kind() == Kind::Map) return rv.asMap().find(name);
  return nullptr;
}

bool State::printFast(const EV& dot, const Node* arg) {
  const Value* v = nullptr;
  switch (arg->type) {
    case NodeType::Field: {
      v = &dot.v;
      for (const auto& name : static_cast<const FieldNode*>(arg)->ident) {
        v = fastField(*v, name);
        if (!v) return false;
      }
      break;
    }
    case NodeType::Variable: {
      const auto& ident = static_cast<const VariableNode*>(arg)->ident;
      for (size_t i = vars_.size(); i-- > 0;) {
        if (vars_[i].name == ident[0]) {
          v = &vars_[i].value.v;
          break;
        }
      }
      for (size_t i = 1; v && i < ident.size(); ++i) v = fastField(*v, ident[i]);
      break;
    }
    case NodeType::Dot:
      v = &dot.v;
      break;
    default:
      break;
  }
  if (!v) return false;
  switch (v->kind()) {
    case Kind::String:
      out_ += v->asString();
      return true;
    case Kind::Int:
      appendInt(out_, v->asInt());
      return true;
    case Kind::Uint:
      appendUint(out_, v->asUint());
      return true;
    case Kind::Bool:
      out_ += v->asBool() ? "true" : "false";
      return true;
    default:
      return false;  // The general path prints (or reports) the rest.
  }
}

void State::printValue(const Node* n, const EV& ev) {
  at(n);
  const Value& v = ev.v;
  switch (v.kind()) {
    case Kind::Invalid:
      out_ += "<no value>";
      return;
    case Kind::String:
      out_ += v.asString();
      return;
    case Kind::Bool:
      out_ += v.asBool() ? "true" : "false";
      return;
    case Kind::Int:
      appendInt(out_, v.asInt());
      return;
    case Kind::Uint:
      appendUint(out_, v.asUint());
      return;
    case Kind::Func:
      errorf("can't print " + n->str() + " of type " + v.goType());
    case Kind::List:
      if (v.asList().chan) errorf("can't print " + n->str() + " of type " + v.goType());
      break;
    default:
      break;
  }
  out_ += hc::tmpl::printValue(v);
}

// ---- Eval ------------------------------------------------------------------------------------

EV State::evalPipeline(const EV& dot, const PipeNode* pipe) {
  if (!pipe) return EV{};
  EV value;
  withStack([&] {
    at(pipe);
    bool have = false;
    for (const auto& cmd : pipe->cmds) {
      // The previous command's value is this one's final argument.
      value = evalCommand(dot, cmd.get(), have ? &value : nullptr);
      have = true;
      // If the value has type interface{}, dig down to the thing inside ("lovely!").
      value.iface = false;
      if (value.v.kind() == Kind::Nil && isUntypedNil(value.v)) value.v = Value();
    }
    for (const auto& var : pipe->decl) {
      if (pipe->isAssign) {
        setVar(var->ident[0], value);
      } else {
        push(var->ident[0], value);
      }
    }
  });
  return value;
}

}  // namespace hc::tmpl::exec
