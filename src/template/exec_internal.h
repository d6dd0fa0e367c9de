#pragma once
// Private declarations of the template evaluator (Go's text/template exec.go and funcs.go).
//
// The evaluator walks a parsed Tree with a State holding the variable stack, the output buffer
// and the node being evaluated (for error messages, as Go's state.at). Values travel as EV: a
// Value plus whether its static Go type is interface{} (an element of a []interface{} or a
// map[string]interface{}), which decides several of Go's error messages ("nil pointer
// evaluating interface {}.X", "got interface {}") until a pipeline unwraps it, as Go's
// "lovely" rule in evalPipeline does.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "hc/template/ast.h"
#include "hc/template/parser.h"
#include "hc/template/template.h"
#include "hc/template/value.h"

namespace hc::tmpl::exec {

/// A value being evaluated. `iface`: its static type is interface{} (so an Invalid v with iface
/// set is a nil interface value, not Go's zero reflect.Value).
struct EV {
  Value v;
  bool iface = false;
};

/// The parameter types the evaluator converts arguments to (Go's reflect.Type of a parameter).
enum class ArgType : uint8_t {
  None,     ///< No type (Go's nil reflect.Type, used for a chain's operand).
  Reflect,  ///< reflect.Value (builtins): anything, passed through unchanged.
  Any,      ///< interface{}
  Bool,
  Int,
  Int64,
  Uint64,
  Float64,
  String,
  StringList,  ///< []string
};

const char* argTypeName(ArgType t);
ArgType toArgType(Param p);

/// Whether a Go container type ("[]interface {}", "map[string]interface {}") has interface{}
/// elements.
bool elemIsInterface(const std::string& containerType);
/// An untyped nil (Value::nil()): a nil interface{} inside data.
inline bool isUntypedNil(const Value& v) {
  return v.isNil() && v.goType() == "<nil>";
}
/// The EV for an element stored in a container whose elements are interface{} (`iface`).
inline EV element(const Value& v, bool iface) {
  if (v.kind() == Kind::Nil && isUntypedNil(v)) return EV{Value(), true};
  return EV{v, iface || !v.valid()};
}

enum class Flow : uint8_t { Normal, Break, Continue };

/// Argument vectors reused across calls (a call's arguments may contain calls, so one vector per
/// nesting level). Acquire/release in LIFO order through VecPool::Lease.
template <class T>
class VecPool {
 public:
  class Lease {
   public:
    explicit Lease(VecPool& p) : pool_(p), vec_(p.acquire()) {}
    ~Lease() {
      vec_.clear();
      --pool_.used_;
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    std::vector<T>& operator*() { return vec_; }
    std::vector<T>* operator->() { return &vec_; }

   private:
    VecPool& pool_;
    std::vector<T>& vec_;
  };

 private:
  std::vector<T>& acquire() {
    if (used_ == vecs_.size()) vecs_.push_back(std::make_unique<std::vector<T>>());
    return *vecs_[used_++];
  }
  std::vector<std::unique_ptr<std::vector<T>>> vecs_;
  size_t used_ = 0;
};

class State;

/// A builtin function (Go's funcs.go). Errors are thrown as FuncError and reported by the caller
/// as "error calling NAME: MSG".
struct Builtin {
  const char* name;
  /// 'a' for and, 'o' for or (short-circuit, evaluated by the caller), 'c' for call (told the
  /// callee's name, State::callee), else 0.
  char special;

  int numFixed;  ///< Fixed parameters.
  bool variadic;
  ArgType fixed[2];
  ArgType variadicType;
  EV (*fn)(State& s, std::vector<EV>& args);
};

/// The builtin of that name, or nullptr.
const Builtin* findBuiltin(std::string_view name);

/// Go's isTrue(indirectInterface(v)).
bool truth(const Value& v);

/// text/template's printableValue + fmt.Sprint over several operands (html, js, urlquery).
std::string evalArgsString(const std::vector<EV>& args);
/// The builtins html, js and urlquery (builtins_escape.cc).
EV builtinHTML(State& s, std::vector<EV>& args);
EV builtinJS(State& s, std::vector<EV>& args);
EV builtinURLQuery(State& s, std::vector<EV>& args);

class State final : public CallContext {
 public:
  /// `mainName`: the template set's main name (for executeTemplate's errors). `parent`: the
  /// state calling executeTemplate, if any.
  /// `tree` is the TreeSet's entry for the template to run.
  State(const TreeSet& trees, const std::shared_ptr<const Tree>& tree, const FuncMap& funcs,
        const ExecOptions& opts, std::string& out, const std::string& mainName,
        const State* parent = nullptr);

  /// Executes the state's tree with dot as data.
  void run(const Value& data);

  std::string executeTemplate(const std::string& name, const Value& dot) override;

  /// Throws Go's ExecError for the current node: `template: LOC: executing "T" at <CTX>: MSG`.
  [[noreturn]] void errorf(const std::string& msg);
  void at(const Node* n) { node_ = n; }

  const TreeSet& trees() const { return trees_; }
  /// The callee's name for the `call` builtin's errors (Go's calleeName): the first argument's
  /// node text, or the piped value's reflect.Value String().
  const std::string& callee() const { return callee_; }

 private:
  struct Var {
    std::string_view name;
    EV value;
  };

  // Walk.
  Flow walk(const EV& dot, const Node* node);
  Flow walkList(const EV& dot, const ListNode* list);
  Flow walkIfOrWith(bool isWith, const EV& dot, const BranchNode* n);
  Flow walkRange(const EV& dot, const BranchNode* r);
  void walkTemplate(const EV& dot, const TemplateNode* t);
  void walkAction(const EV& dot, const ActionNode* a);
  void printValue(const Node* n, const EV& v);
  /// Prints the value of `arg` (a field chain, variable or dot: the only argument of an action
  /// that declares nothing) when it is found without calling anything and is a string, number
  /// or bool; false (nothing printed) otherwise, for the general path.
  bool printFast(const EV& dot, const Node* arg);
  /// The field or map entry `name` of `rv` when it is a plain struct field or a present map key,
  /// else nullptr.
  const Value* fastField(const Value& rv, const std::string& name);

  // Eval (evalPipeline in exec.cc, the rest in exec_eval.cc).
  EV evalPipeline(const EV& dot, const PipeNode* pipe);
  EV evalCommand(const EV& dot, const CommandNode* cmd, const EV* final);
  void notAFunction(const std::vector<NodePtr>* args, const EV* final);
  EV idealConstant(const NumberNode* n);
  /// The value of a string constant: shares the node's text (and keeps its tree alive).
  Value stringConstant(const StringNode* n) const;
  EV evalFieldNode(const EV& dot, const FieldNode* field, const std::vector<NodePtr>* args,
                   const EV* final);
  EV evalChainNode(const EV& dot, const ChainNode* chain, const std::vector<NodePtr>* args,
                   const EV* final);
  EV evalVariableNode(const EV& dot, const VariableNode* var, const std::vector<NodePtr>* args,
                      const EV* final);
  EV evalFieldChain(const EV& dot, const EV& receiver, const Node* node,
                    const std::vector<std::string>& ident, size_t first,
                    const std::vector<NodePtr>* args, const EV* final);
  EV evalField(const EV& dot, const std::string& fieldName, const Node* node,
               const std::vector<NodePtr>* args, const EV* final, const EV& receiver);
  EV evalFunction(const EV& dot, const IdentifierNode* node, const Node* cmd,
                  const std::vector<NodePtr>* args, const EV* final);

  // Calls (exec_call.cc).
  EV evalBuiltinCall(const EV& dot, const Builtin& b, const Node* node,
                     const std::vector<NodePtr>* args, const EV* final);
  EV evalFuncCall(const EV& dot, const Function& f, const Node* node, const std::string& name,
                  const std::vector<NodePtr>* args, const EV* final);
  EV evalMethodCall(const EV& dot, const Method& m, const Value& self, const Node* node,
                    const std::string& name, const std::vector<NodePtr>* args, const EV* final);
  EV evalArg(const EV& dot, ArgType typ, const Node* n);
  EV validateType(const EV& value, ArgType typ);
  EV evalEmptyInterface(const EV& dot, const Node* n);

  // Variables.
  size_t mark() const { return vars_.size(); }
  void pop(size_t m) { vars_.resize(m); }
  void push(std::string_view name, EV v) { vars_.push_back(Var{name, std::move(v)}); }
  void setVar(std::string_view name, const EV& v);
  void setTopVar(size_t n, const EV& v) { vars_[vars_.size() - n].value = v; }
  const EV& varValue(std::string_view name);

  /// Runs f, on a fresh thread with a large stack if this one's budget is used up.
  template <class F>
  void withStack(F&& f);

  const TreeSet& trees_;
  const Tree* tree_;
  const std::shared_ptr<const Tree>* treeOwner_;  ///< The TreeSet entry holding tree_.
  const FuncMap& funcs_;
  const ExecOptions& opts_;
  std::string& out_;
  const std::string& mainName_;
  const Node* node_ = nullptr;
  std::string callee_;
  std::vector<Var> vars_;
  int depth_ = 0;
  int nesting_ = 0;  ///< executeTemplate nesting (CallContext), to bound native recursion.
  /// Struct member lookups by (field name node, struct type): a direct-mapped cache, so a
  /// field evaluated for every element of a range is looked up once. The entries pin their
  /// types, so an address is never reused for another type during the execution.
  struct MemberCacheEntry {
    const std::string* name = nullptr;
    std::shared_ptr<const StructType> type;
    const Method* method = nullptr;
    int index = -1;
    bool plainField = false;  ///< An exported field, no method of that name.
  };
  static constexpr size_t kMemberCacheSize = 64;
  /// Function lookups by identifier node (FuncMap first, then the builtins, as Go).
  struct FuncCacheEntry {
    const IdentifierNode* node = nullptr;
    const Function* fn = nullptr;
    const Builtin* builtin = nullptr;
  };
  static constexpr size_t kFuncCacheSize = 32;
  std::unique_ptr<FuncCacheEntry[]> funcCache_;
  VecPool<EV> evArgs_;
  VecPool<Value> valueArgs_;
  std::unique_ptr<MemberCacheEntry[]> memberCache_;
  const MemberCacheEntry& structMember(const std::shared_ptr<const StructType>& type,
                                       const std::string& name) {
    MemberCacheEntry& e =
        memberCache_[(reinterpret_cast<uintptr_t>(&name) >> 4) % kMemberCacheSize];
    if (e.name == &name && e.type == type) return e;
    return fillMember(e, type, name);
  }
  const MemberCacheEntry& fillMember(MemberCacheEntry& e,
                                     const std::shared_ptr<const StructType>& type,
                                     const std::string& name);

  const char* stackBase_ = nullptr;
  size_t stackBudget_ = 0;
};

}  // namespace hc::tmpl::exec
