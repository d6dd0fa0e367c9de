#pragma once
// parse(): Go's text/template/parse for one template text, producing the main tree and every
// `define`d / `block` tree it contains.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "hc/template/ast.h"

namespace hc::tmpl {

struct ParseOptions {
  std::string leftDelim = "{{";   ///< Empty means "{{", as Go.
  std::string rightDelim = "}}";  ///< Empty means "}}", as Go.
  /// Whether a function of this name exists (Go checks at parse time: `function "x" not
  /// defined`). Builtins (and, or, not, len, index, slice, print, printf, println, eq, ne, lt,
  /// le, gt, ge, html, js, urlquery, call) always exist.
  std::function<bool(std::string_view)> hasFunction;
  bool skipFuncCheck = false;  ///< Go's parse.SkipFuncCheck mode.
};

using TreeSet = std::map<std::string, std::shared_ptr<const Tree>>;

/// Parses `text` as the template called `name`. Returns the trees by name: `name` itself plus
/// each define/block (a later empty definition never replaces a non-empty one; two non-empty
/// ones are an error, as Go).
/// Throws TemplateError with Go's message ("template: NAME:LINE: ...").
TreeSet parse(const std::string& name, const std::string& text, const ParseOptions& opts = {});

}  // namespace hc::tmpl
