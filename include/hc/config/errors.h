#pragma once
// The two ways a configuration can be wrong, each with consul-template's exit code: a bad
// command line (FlagError, exit 13) and a bad configuration file or value (ConfigError, exit 15).
#include <stdexcept>

namespace hc::config {

/// The command line cannot be parsed: an unknown flag, a bad value, extra arguments. what() is
/// Go's `flag` package wording (`flag provided but not defined: -x`, `invalid value "30" for
/// flag -wait: time: missing unit in duration "30"`). Exit code 13.
class FlagError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A configuration file or the merged configuration is invalid. what() is
/// `FILE:LINE:COL: message` when the problem comes from a file, otherwise names the flag or
/// setting. Exit code 15.
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace hc::config
