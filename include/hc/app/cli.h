#pragma once
// Entry point of the haproxy-consul executable: dispatches subcommands (`render`) and flags.

namespace hc::app {

/// Runs the command line; returns the process exit code (0 OK, 11 generic, 12 interrupt,
/// 13 flag parse, 14 runtime, 15 config — consul-template's codes).
int runCli(int argc, char** argv);

}  // namespace hc::app
