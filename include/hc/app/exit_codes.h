#pragma once
// Process exit codes, as consul-template's (cli.go).

namespace hc::app {

inline constexpr int kExitOK = 0;
inline constexpr int kExitError = 11;       ///< Generic error.
inline constexpr int kExitInterrupt = 12;   ///< Stopped by the kill signal.
inline constexpr int kExitParseFlags = 13;  ///< Bad command line.
inline constexpr int kExitRunner = 14;      ///< Template error, failed render.
inline constexpr int kExitConfig = 15;      ///< Bad configuration (or catalog file).

}  // namespace hc::app
