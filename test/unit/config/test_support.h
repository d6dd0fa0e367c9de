#pragma once
// Helpers for the config tests: a real per-test temporary directory, a compact rendering of
// HCL trees, a fake environment and the expected message of a thrown exception.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

#include "hc/config/config.h"
#include "hc/config/hcl.h"
#include "support/temp_dir.h"

namespace hc::config::testing {

/// A directory under $TMPDIR removed with everything in it at the end of the test.
class TempDir : public hc::testing::TempDir {
 public:
  TempDir() : hc::testing::TempDir("hc-config-test") {}
};

/// A compact form of a tree: {k=v ...} objects, [a b] lists, "quoted" strings, numbers as written
/// with their value (0600#384), true/false.
inline std::string dump(const HclValue& v) {
  switch (v.kind) {
    case HclKind::Object: {
      std::string out = "{";
      for (size_t i = 0; i < v.entries.size(); ++i)
        out += (i ? " " : "") + v.entries[i].key + "=" + dump(v.entries[i].value);
      return out + "}";
    }
    case HclKind::List: {
      std::string out = "[";
      for (size_t i = 0; i < v.items.size(); ++i) out += (i ? " " : "") + dump(v.items[i]);
      return out + "]";
    }
    case HclKind::String: {
      std::string out = "\"";
      for (char c : v.text) {
        if (c == '\n')
          out += "\\n";
        else if (c == '\t')
          out += "\\t";
        else if (c == '"' || c == '\\')
          out += std::string("\\") + c;
        else
          out += c;
      }
      return out + "\"";
    }
    case HclKind::Int:
      return v.text == std::to_string(v.intValue) ? v.text
                                                  : v.text + "#" + std::to_string(v.intValue);
    case HclKind::Float:
      return v.text + "f";
    case HclKind::Bool:
      return v.boolValue ? "true" : "false";
  }
  return "?";
}

using Env = std::map<std::string, std::string>;

inline hc::consul::ClientConfig::EnvLookup envOf(Env vars) {
  return [vars](const char* name) -> std::optional<std::string> {
    auto it = vars.find(name);
    if (it == vars.end()) return std::nullopt;
    return it->second;
  };
}

/// what() of the exception of type E that `f` throws; "" if it throws nothing.
template <class E>
std::string errorOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const E& e) {
    return e.what();
  }
  return "";
}

}  // namespace hc::config::testing
