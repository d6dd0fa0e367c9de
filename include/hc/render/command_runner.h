#pragma once
// CommandRunner: runs a template's command (or a reload/check command) to completion and
// reports how it ended, with its output. makePosixCommandRunner() gives the real one; tests of
// the runner use MockCommandRunner (test/mocks/render/mock_command_runner.h).
//
// Usage:
//   auto runner = makePosixCommandRunner();
//   CommandSpec spec{{"systemctl reload haproxy"}, std::chrono::seconds(30)};  // via sh -c
//   CommandResult r = runner->run(spec, {{"CONSUL_HTTP_ADDR", "127.0.0.1:8500"}});
//   if (!r.ok()) log.error("command failed: {}: {}", r.describe(), r.output);
//
// Thread-safety: run() may be called from several threads at once (the runner holds no state).
// It reads the process environment (environ) when called: nothing may setenv() concurrently.
#include <chrono>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace hc::render {

/// What to run, as consul-template's `command` takes it.
struct CommandSpec {
  /// One element containing whitespace → `sh -c <it>` (sh found on the daemon's PATH, else
  /// /bin/sh). One word or several elements → argv[0] is exec'd directly (looked up on the
  /// daemon's PATH when it has no '/'), no shell. Must not be empty.
  std::vector<std::string> argv;
  /// How long the command may run before its process group is killed. Zero or negative: no
  /// limit.
  std::chrono::milliseconds timeout{std::chrono::seconds(30)};
};

struct CommandResult {
  static constexpr size_t kOutputCap = 64 * 1024;

  int exitCode = -1;      ///< The exit status; -1 when killed by a signal or never started.
  int signal = 0;         ///< The signal that ended it, 0 when it exited.
  bool timedOut = false;  ///< It outlived spec.timeout and was killed.
  std::string output;     ///< stdout and stderr interleaved as written; the last kOutputCap bytes.
  bool outputTruncated = false;  ///< Earlier output was dropped to keep within kOutputCap.
  std::chrono::milliseconds took{0};
  std::chrono::milliseconds timeout{0};  ///< spec.timeout, for describe().
  /// Why it could not be started (not found, not executable, ...); empty when it ran.
  std::string startError;

  bool ok() const { return startError.empty() && !timedOut && signal == 0 && exitCode == 0; }
  /// How it ended, for logs: "exit status 0", "exit status 3", "killed by SIGSEGV",
  /// "killed by SIGKILL after timeout 30s", "timed out after 1.5s (exit status 143)",
  /// "not started: exec \"foo\": executable file not found in $PATH".
  std::string describe() const;
};

class CommandRunner {
 public:
  virtual ~CommandRunner() = default;

  /// Runs the command in its own process group with the daemon's environment plus `extraEnv`
  /// (overriding variables of the same name; a later pair wins over an earlier one), stdin from
  /// /dev/null, stdout and stderr into one pipe read as it comes (a chatty command cannot
  /// block), default signal dispositions and an empty signal mask, and no file descriptor of the
  /// daemon but 0-2. Waits for it to exit. After the command itself exited, output is read
  /// until every writer closed the pipe, but for at most a short drain time (a daemonizing
  /// grandchild keeping stdout open does not block the caller).
  /// On timeout: SIGTERM to the whole group, SIGKILL to the group once the command exited or
  /// after the runner's kill grace, whichever comes first; timedOut is set.
  /// Never throws for a failing command (see startError); throws std::invalid_argument for an
  /// empty argv and std::system_error when pipe/spawn resources fail.
  virtual CommandResult run(const CommandSpec& spec,
                            const std::vector<std::pair<std::string, std::string>>& extraEnv) = 0;
};

/// The POSIX (Linux) implementation. `killGrace`: how long a timed-out command has between
/// SIGTERM and SIGKILL. `drain`: how long output is still read after the command exited while
/// something else keeps the pipe open.
std::unique_ptr<CommandRunner> makePosixCommandRunner(
    std::chrono::milliseconds killGrace = std::chrono::seconds(2),
    std::chrono::milliseconds drain = std::chrono::milliseconds(200));

}  // namespace hc::render
