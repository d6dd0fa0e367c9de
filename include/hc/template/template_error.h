#pragma once
// TemplateError: a parse or execution error of a template, carrying Go's exact message and the
// location it names.
#include <stdexcept>
#include <string>

namespace hc::tmpl {

class TemplateError : public std::runtime_error {
 public:
  /// `goMessage` is exactly what Go's text/template would print, e.g.
  /// `template: web.tmpl:3:5: executing "web.tmpl" at <.Meta>: can't evaluate field Meta in
  /// type *dependency.HealthService` or `template: web.tmpl:2: unexpected "}" in operand`.
  /// `name` is the template's parse name; `line` is 1-based (0 = no location); `col` is the
  /// number Go prints (the 0-based byte offset in the line; -1 = none, as for parse errors).
  TemplateError(std::string goMessage, std::string name, int line, int col, std::string detail)
      : std::runtime_error(std::move(goMessage)),
        name_(std::move(name)),
        line_(line),
        col_(col),
        detail_(std::move(detail)) {}

  const std::string& name() const { return name_; }
  int line() const { return line_; }
  int col() const { return col_; }
  /// The message after the location (Go's text minus "template: NAME:LINE[:COL]: ").
  const std::string& detail() const { return detail_; }
  /// "NAME:LINE[:COL]: detail" — the form the CLI prints.
  std::string located() const {
    if (line_ <= 0) return name_ + ": " + detail_;
    std::string s = name_ + ":" + std::to_string(line_);
    if (col_ >= 0) s += ":" + std::to_string(col_);
    return s + ": " + detail_;
  }

 private:
  std::string name_;
  int line_;
  int col_;
  std::string detail_;
};

}  // namespace hc::tmpl
