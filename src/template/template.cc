// Template: parsing a template set and executing it (Go's Template.Parse, Execute and
// ExecuteTemplate).
#include "hc/template/template.h"

#include <string>
#include <utility>

#include "hc/template/format.h"
#include "template/exec_internal.h"

namespace hc::tmpl {

std::shared_ptr<const Template> Template::parse(const std::string& name, const std::string& text,
                                                const FuncMap& funcs, ParseOptions opts) {
  auto callerCheck = std::move(opts.hasFunction);
  opts.hasFunction = [&funcs, &callerCheck](std::string_view fn) {
    if (funcs.find(std::string(fn)) != funcs.end()) return true;
    if (exec::findBuiltin(fn)) return true;
    return callerCheck ? callerCheck(fn) : false;
  };
  TreeSet trees = hc::tmpl::parse(name, text, opts);
  return std::shared_ptr<const Template>(new Template(name, std::move(trees)));
}

namespace {

std::string run(const std::string& mainName, const TreeSet& trees, const std::string& name,
                const Value& dot, const FuncMap& funcs, const ExecOptions& opts,
                std::atomic<size_t>* sizeHint) {
  auto it = trees.find(name);
  if (it == trees.end() || !it->second || !it->second->root) {
    std::string msg = goQuote(name) + " is an incomplete or empty template";
    throw TemplateError("template: " + name + ": " + msg, name, 0, 0, msg);
  }
  std::string out;
  // Rendering the same template again usually gives about the same size: reserve it (plus a
  // little) rather than growing the buffer step by step.
  size_t hint = sizeHint ? sizeHint->load(std::memory_order_relaxed) : 0;
  if (hint) out.reserve(hint + hint / 16);
  exec::State state(trees, it->second, funcs, opts, out, mainName);
  state.run(dot);
  if (out.capacity() > 2 * out.size() + 4096) out.shrink_to_fit();  // Much smaller this time.
  if (sizeHint) sizeHint->store(out.size(), std::memory_order_relaxed);
  return out;
}

}  // namespace

std::string Template::execute(const Value& dot, const FuncMap& funcs,
                              const ExecOptions& opts) const {
  return run(name_, trees_, name_, dot, funcs, opts, &sizeHint_);
}

std::string Template::executeNamed(const std::string& name, const Value& dot, const FuncMap& funcs,
                                   const ExecOptions& opts) const {
  if (trees_.find(name) == trees_.end()) {
    std::string msg =
        "no template " + goQuote(name) + " associated with template " + goQuote(name_);
    throw TemplateError("template: " + msg, name_, 0, 0, msg);
  }
  return run(name_, trees_, name, dot, funcs, opts, nullptr);
}

}  // namespace hc::tmpl
