#pragma once
// Decoder: turns values of the HCL/JSON tree into typed settings the way consul-template's
// mapstructure decoding (with its hooks) does, and names FILE:LINE:COL and the key path when a
// value does not fit. Internal to src/config.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "hc/config/config_layer.h"
#include "hc/config/hcl.h"

namespace hc::config::detail {

class Decoder {
 public:
  Decoder(std::string name, std::vector<std::string>& warnings)
      : name_(std::move(name)), warnings_(warnings) {}

  const std::string& name() const { return name_; }
  std::string at(SourcePos p) const { return formatPos(name_, p); }
  [[noreturn]] void fail(SourcePos p, const std::string& message) const;
  void warn(SourcePos p, const std::string& message) const;

  // Conversions. `path` is the dotted key path ("consul.retry.attempts") used in messages.
  std::string str(const HclValue& v, const std::string& path) const;
  bool boolean(const HclValue& v, const std::string& path) const;
  int64_t integer(const HclValue& v, const std::string& path, int64_t min, int64_t max) const;
  /// A Go duration string; a bare 0 is accepted, other bare numbers lack a unit.
  Millis duration(const HclValue& v, const std::string& path) const;
  /// A signal name; "" is SIGNULL (0).
  int signal(const HclValue& v, const std::string& path) const;
  /// A list of strings, or a string split on "," ("" = empty list).
  std::vector<std::string> stringList(const HclValue& v, const std::string& path) const;
  /// An octal string ("0600") or a number (as written: 0600 octal, 384 decimal), ≤ 07777.
  unsigned perms(const HclValue& v, const std::string& path) const;
  /// "min[:max]" or { min max }.
  WaitLayer wait(const HclValue& v, const std::string& path) const;
  /// The object a block key holds: the object itself, or the last object of a list (hcl and
  /// consul-template keep the last); nullptr for an empty list. Anything else fails.
  const HclValue* block(const HclValue& v, const std::string& path) const;

  struct Key {
    std::string name;
    std::function<void(const HclEntry&, const std::string& path)> decode;
  };
  /// Dispatches every entry of `obj` (an object) to the key of the same name (ASCII
  /// case-insensitive, as mapstructure matches); an unknown key fails naming it.
  void walk(const HclValue& obj, const std::string& path, const std::vector<Key>& keys) const;

  // Keys that store into an optional setting.
  Key string(const char* name, std::optional<std::string>& target) const;
  Key flag(const char* name, std::optional<bool>& target) const;
  Key millis(const char* name, std::optional<Millis>& target) const;
  Key int32(const char* name, std::optional<int>& target) const;
  Key signalName(const char* name, std::optional<int>& target) const;
  Key list(const char* name, std::optional<std::vector<std::string>>& target) const;
  Key appendList(const char* name, std::vector<std::string>& target) const;
  /// A key accepted for compatibility and only type-checked: 's' string, 'b' bool, 'd' duration,
  /// 'i' integer, 'f' number, 'l' string list.
  Key checked(const char* name, char type) const;
  /// A block whose keys are decoded by `keys(block, path)`.
  Key nested(const char* name,
             std::function<void(const HclValue& block, const std::string& path)> decode) const;

 private:
  [[noreturn]] void wrongType(const HclValue& v, const std::string& path, const char* want) const;

  std::string name_;
  std::vector<std::string>& warnings_;
};

/// TRACE DEBUG INFO WARN ERR, case-insensitive; returns it upper-case. Throws
/// std::invalid_argument with consul-template's message (`invalid log level "X", valid log
/// levels are TRACE, DEBUG, INFO, WARN, ERR`).
std::string checkLogLevel(const std::string& level);

/// runtime | socket-only | reload; throws std::invalid_argument otherwise.
void checkHaproxyMode(const std::string& mode);

/// HOST:PORT with a numeric port ≤ 65535; throws std::invalid_argument otherwise.
void checkHostPort(const std::string& address);

/// "a.b" from a path and a key ("" path = the key alone).
std::string joinPath(const std::string& path, const std::string& key);

}  // namespace hc::config::detail
