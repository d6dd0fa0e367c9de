#pragma once
// The -template splitting rule, shared by -template and -haproxy-template. Internal to
// src/config.
#include <string>
#include <vector>

#include "hc/config/config_types.h"

namespace hc::config::detail {

/// The matches of `([a-zA-Z]:)?([^:]+)` in `s`, in order.
std::vector<std::string> splitTemplateFlag(const std::string& s);

/// parseTemplateFlag's rules; throws std::invalid_argument("template: cannot be empty").
TemplateConfig templateFromFlag(const std::string& value);

}  // namespace hc::config::detail
