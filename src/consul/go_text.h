#pragma once
// Small pieces of Go's standard library the consul module needs to word errors and values the
// way consul-template does. Internal to src/consul.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "hc/template/format.h"

namespace hc::consul::detail {

/// strconv.Quote(s): Go's %q of a string (the template engine's implementation).
using tmpl::goQuote;

/// time.ParseDuration(s) in nanoseconds ("1m30s", "500ms", "1.5h", "0"); nullopt if invalid.
std::optional<int64_t> parseGoDuration(std::string_view s);

/// time.Duration(ns).String(): "1m30s", "500ms", "0s".
std::string formatGoDuration(int64_t ns);

/// ASCII lower-case copy (Consul compares names and tags case-insensitively).
std::string lowerAscii(std::string_view s);

/// strings.EqualFold for ASCII.
bool equalFoldAscii(std::string_view a, std::string_view b);

}  // namespace hc::consul::detail
