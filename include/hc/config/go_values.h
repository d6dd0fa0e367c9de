#pragma once
// Go's spellings of values, as consul-template reads them from flags and config files: booleans
// (strconv.ParseBool), integers (strconv.ParseInt), durations (time.ParseDuration) and signal
// names (consul-template's signals table). Errors carry Go's own wording so that messages match
// consul-template's.
//
// Every parser throws std::invalid_argument whose what() is Go's error text, e.g.
// `time: missing unit in duration "30"`, `strconv.ParseInt: parsing "x": invalid syntax`,
// `invalid signal "FOO" - valid signals are ["SIGABRT" ...]`. Pure functions; thread-safe.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hc::config {

/// strconv.ParseBool: 1 t T TRUE true True 0 f F FALSE false False; nullopt otherwise.
std::optional<bool> parseGoBool(std::string_view s);

/// strconv.ParseBool with its error: `strconv.ParseBool: parsing "x": invalid syntax`.
bool parseGoBoolOrThrow(std::string_view s);

/// strconv.ParseInt(s, base, bits): base 0 takes Go's prefixes (0x, 0o, 0b, leading 0 = octal).
/// Throws `strconv.ParseInt: parsing "x": invalid syntax` / `value out of range`.
int64_t parseGoInt(std::string_view s, int base, int bits);

/// strconv.ParseUint(s, base, bits); throws `strconv.ParseUint: parsing "x": invalid syntax`.
uint64_t parseGoUint(std::string_view s, int base, int bits);

/// time.ParseDuration in nanoseconds: "300ms", "-1.5h", "2h45m", "0"; a bare number other
/// than 0 is `time: missing unit in duration "30"`.
int64_t parseGoDuration(std::string_view s);

/// parseGoDuration truncated to milliseconds (sub-millisecond parts are dropped).
std::chrono::milliseconds parseGoDurationMillis(std::string_view s);

/// time.Duration.String() of a millisecond count: "1m30s", "250ms", "0s".
std::string formatGoDuration(std::chrono::milliseconds d);

/// consul-template's signals.Parse: a name from the Unix table (SIGABRT ... SIGXFSZ, plus
/// SIGNULL = 0), case-insensitive, the SIG prefix required. Returns the signal number.
int parseSignalName(std::string_view s);

/// The name of a signal number from that table ("SIGTERM"; 0 = "SIGNULL"); "" if unknown.
std::string signalName(int signal);

/// The valid names, sorted as consul-template prints them.
const std::vector<std::string>& validSignalNames();

}  // namespace hc::config
