#pragma once
// Template: a parsed template set (the main template plus its define/block templates), parsed
// once and executed many times.
//
// Usage:
//   auto funcs = hc::tmpl::builtinFuncs();          // plus consul-template's, see funcs.h
//   auto t = Template::parse("web.tmpl", text, funcs);        // throws TemplateError
//   std::string out = t->execute(Value(), funcs);               // throws TemplateError
//
// Thread-safety: a parsed Template is immutable; execute() may run concurrently.
#include <atomic>
#include <memory>
#include <string>

#include "hc/template/ast.h"
#include "hc/template/parser.h"
#include "hc/template/template_error.h"
#include "hc/template/value.h"

namespace hc::tmpl {

enum class MissingKey { Invalid, Zero, Error };  ///< Go's missingkey=default|zero|error.

struct ExecOptions {
  MissingKey missingKey = MissingKey::Invalid;
  int maxExecDepth = 100000;  ///< Go's maxExecDepth (recursion of template calls).
};

class Template {
 public:
  /// Parses `text` as template `name`, checking function names against `funcs` and the builtins.
  static std::shared_ptr<const Template> parse(const std::string& name, const std::string& text,
                                               const FuncMap& funcs, ParseOptions opts = {});

  /// Executes the main template with data `dot`. `funcs` must hold every function the text names.
  std::string execute(const Value& dot, const FuncMap& funcs, const ExecOptions& opts = {}) const;
  /// Executes the named template of the set; TemplateError if none (Go's "no template %q
  /// associated with template %q").
  std::string executeNamed(const std::string& name, const Value& dot, const FuncMap& funcs,
                           const ExecOptions& opts = {}) const;

  const std::string& name() const { return name_; }
  const TreeSet& trees() const { return trees_; }

 private:
  Template(std::string name, TreeSet trees) : name_(std::move(name)), trees_(std::move(trees)) {}
  std::string name_;
  TreeSet trees_;
  /// The size of the last output, reserved up front by the next execution (a hint only).
  mutable std::atomic<size_t> sizeHint_{0};
};

}  // namespace hc::tmpl
