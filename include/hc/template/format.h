#pragma once
// Go's fmt package over template Values: the printing text/template does for {{.}} and the
// builtins print, println, printf.
#include <string>
#include <string_view>
#include <vector>

#include "hc/template/value.h"

namespace hc::tmpl {

/// fmt.Sprint(args...): spaces only between operands when neither side is a string.
std::string goSprint(const std::vector<Value>& args);
/// fmt.Sprintln(args...): always spaces, newline at the end.
std::string goSprintln(const std::vector<Value>& args);
/// fmt.Sprintf(format, args...), including Go's error forms (%!d(string=x), %!(EXTRA ...),
/// %!v(MISSING), %!(NOVERB), %!(BADWIDTH) ...).
std::string goSprintf(const std::string& format, const std::vector<Value>& args);
/// The text text/template prints for a pipeline value ({{.}}): "<no value>" for Invalid, else
/// fmt.Sprint(v).
std::string printValue(const Value& v);
/// strconv.Quote(s).
std::string goQuote(std::string_view s);
/// strconv.FormatFloat(f, fmt, prec, 64) for fmt in 'e','E','f','g','G'; prec -1 = shortest.
std::string goFormatFloat(double f, char fmt, int prec, int bitSize = 64);

}  // namespace hc::tmpl
