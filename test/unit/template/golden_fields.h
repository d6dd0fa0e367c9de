#pragma once
// Splitting of the generated golden tables: fields are joined with control characters
// (\x1f between records, \x1e between fields of a record).
#include <string>
#include <string_view>
#include <vector>

namespace hc::tmpl::testing {

/// Splits `s` on `sep`; an empty `s` gives no fields (not one empty field).
inline std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  for (;;) {
    size_t i = s.find(sep);
    out.emplace_back(s.substr(0, i));
    if (i == std::string_view::npos) return out;
    s.remove_prefix(i + 1);
  }
}

}  // namespace hc::tmpl::testing
