#include "hc/render/command_runner.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <system_error>

#include "fd.h"

#if __has_include(<linux/close_range.h>)
#include <linux/close_range.h>
#endif

extern char** environ;

namespace hc::render {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

std::string signalName(int sig) {
  const char* abbrev = ::sigabbrev_np(sig);
  return abbrev != nullptr ? std::string("SIG") + abbrev : "signal " + std::to_string(sig);
}

/// 30000 → "30s", 1500 → "1.5s", 250 → "250ms".
std::string formatDuration(milliseconds d) {
  long long ms = d.count();
  if (ms < 1000) return std::to_string(ms) + "ms";
  std::string s = std::to_string(ms / 1000);
  if (ms % 1000 != 0) {
    std::string frac = std::to_string(1000 + ms % 1000).substr(1);
    frac.erase(frac.find_last_not_of('0') + 1);
    s += "." + frac;
  }
  return s + "s";
}

bool hasWhitespace(const std::string& s) {
  return s.find_first_of(" \t\n\r\v\f") != std::string::npos;
}

/// The executable for `file` on the daemon's PATH (as Go's exec.LookPath); `file` itself when
/// it has a '/'. nullopt when not found.
std::optional<std::string> lookPath(const std::string& file) {
  if (file.find('/') != std::string::npos) return file;
  const char* env = std::getenv("PATH");
  std::string path = env != nullptr ? env : "/usr/local/bin:/usr/bin:/bin";
  size_t begin = 0;
  for (;;) {
    size_t end = path.find(':', begin);
    std::string dir =
        path.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
    std::string candidate = (dir.empty() ? "." : dir) + "/" + file;
    struct stat st {};
    if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
        ::access(candidate.c_str(), X_OK) == 0) {
      return candidate;
    }
    if (end == std::string::npos) return std::nullopt;
    begin = end + 1;
  }
}

/// environ with `extra` overriding (a later pair wins over an earlier one).
std::vector<std::string> buildEnv(const std::vector<std::pair<std::string, std::string>>& extra) {
  std::vector<std::string> env;
  auto overridden = [&](const std::string& name) {
    return std::any_of(extra.begin(), extra.end(),
                       [&](const auto& kv) { return kv.first == name; });
  };
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string entry = *e;
    if (!overridden(entry.substr(0, entry.find('=')))) env.push_back(std::move(entry));
  }
  for (size_t i = 0; i < extra.size(); ++i) {
    bool laterWins = std::any_of(extra.begin() + static_cast<long>(i) + 1, extra.end(),
                                 [&](const auto& kv) { return kv.first == extra[i].first; });
    if (!laterWins) env.push_back(extra[i].first + "=" + extra[i].second);
  }
  return env;
}

std::vector<char*> cStrings(std::vector<std::string>& strings) {
  std::vector<char*> out;
  out.reserve(strings.size() + 1);
  for (auto& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

[[noreturn]] void throwErrno(const char* what) {
  throw std::system_error(errno, std::generic_category(), what);
}

/// Moves `fd` above 0-2 (a daemon started with stdio closed gets its pipes there, where the
/// child's dup2 onto 0-2 would clobber them). Keeps O_CLOEXEC.
int aboveStdio(Fd& fd, const char* what) {
  if (fd.get() > 2) return fd.get();
  int moved = ::fcntl(fd.get(), F_DUPFD_CLOEXEC, 3);
  if (moved < 0) throwErrno(what);
  fd.reset(moved);
  return moved;
}

/// Everything the child needs, prepared before fork(): between fork and exec only
/// async-signal-safe calls may run (another thread may hold the malloc lock).
struct ChildSetup {
  const char* path;
  char* const* argv;
  char* const* envp;
  int stdinFd;
  int outFd;
  int errFd;  // O_CLOEXEC: exec closes it; a failed exec writes errno into it
  int maxFd;
  struct sigaction defaultAction;
  sigset_t emptyMask;
};

[[noreturn]] void execChild(const ChildSetup& c) noexcept {
  // All signals are blocked here (the parent blocked them around fork), so no handler of the
  // daemon can run in the child while the dispositions are reset. Handlers would be reset by
  // exec anyway; SIG_IGN (the daemon's SIGPIPE) would not.
  for (int sig = 1; sig < NSIG; ++sig) {
    if (sig != SIGKILL && sig != SIGSTOP) ::sigaction(sig, &c.defaultAction, nullptr);
  }
  // Own process group, so a timeout can kill everything the command started.
  ::setpgid(0, 0);
  const int targets[3] = {0, 1, 2};
  const int sources[3] = {c.stdinFd, c.outFd, c.outFd};
  int err = 0;
  for (int i = 0; i < 3 && err == 0; ++i) {
    if (::dup2(sources[i], targets[i]) < 0) err = errno;
  }
  // Descriptors some library opened without O_CLOEXEC must not leak: mark all of them
  // close-on-exec (the error pipe must stay open until exec).
  bool marked = false;
#if defined(SYS_close_range) && defined(CLOSE_RANGE_CLOEXEC)
  marked = ::syscall(SYS_close_range, 3u, ~0u, CLOSE_RANGE_CLOEXEC) == 0;
#endif
  if (!marked) {  // kernels before 5.11
    for (int fd = 3; fd < c.maxFd; ++fd) {
      if (fd != c.errFd) ::close(fd);
    }
  }
  if (err == 0) {
    ::sigprocmask(SIG_SETMASK, &c.emptyMask, nullptr);
    ::execve(c.path, c.argv, c.envp);
    err = errno;
  }
  ssize_t ignored = ::write(c.errFd, &err, sizeof err);
  (void)ignored;
  ::_exit(127);
}

/// Blocks every signal in the calling thread for its lifetime.
class AllSignalsBlocked {
 public:
  AllSignalsBlocked() {
    sigset_t all;
    ::sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &old_);
  }
  ~AllSignalsBlocked() { ::pthread_sigmask(SIG_SETMASK, &old_, nullptr); }
  AllSignalsBlocked(const AllSignalsBlocked&) = delete;
  AllSignalsBlocked& operator=(const AllSignalsBlocked&) = delete;

 private:
  sigset_t old_;
};

void appendCapped(CommandResult* r, const char* data, size_t n) {
  r->output.append(data, n);
  // Trim in batches: keeping only the tail on every read would be quadratic.
  if (r->output.size() > 2 * CommandResult::kOutputCap) {
    r->output.erase(0, r->output.size() - CommandResult::kOutputCap);
    r->outputTruncated = true;
  }
}

/// poll()'s timeout until `wake`; -1 (forever) for time_point::max().
int pollTimeout(Clock::time_point now, Clock::time_point wake) {
  if (wake == Clock::time_point::max()) return -1;
  if (wake <= now) return 0;
  auto ms = std::chrono::ceil<milliseconds>(wake - now).count();
  return static_cast<int>(std::min<long long>(ms, 60 * 60 * 1000));
}

class PosixCommandRunner : public CommandRunner {
 public:
  PosixCommandRunner(milliseconds killGrace, milliseconds drain)
      : killGrace_(killGrace), drain_(drain) {}

  // CommandRunner
  CommandResult run(const CommandSpec& spec,
                    const std::vector<std::pair<std::string, std::string>>& extraEnv) override;

 private:
  /// Reads output and reaps `pid`, enforcing the timeout; fills `r`.
  void supervise(pid_t pid, int readFd, const CommandSpec& spec, Clock::time_point start,
                 CommandResult* r) const;

  milliseconds killGrace_;
  milliseconds drain_;
};

CommandResult PosixCommandRunner::run(
    const CommandSpec& spec, const std::vector<std::pair<std::string, std::string>>& extraEnv) {
  if (spec.argv.empty()) throw std::invalid_argument("command has no arguments");
  CommandResult result;
  result.timeout = spec.timeout;
  const auto start = Clock::now();

  std::vector<std::string> argv;
  std::optional<std::string> program;
  if (spec.argv.size() == 1 && hasWhitespace(spec.argv[0])) {
    program = lookPath("sh");
    if (!program) program = "/bin/sh";
    argv = {"sh", "-c", spec.argv[0]};
  } else {
    argv = spec.argv;
    program = lookPath(argv[0]);
    if (!program) {
      result.startError = "exec \"" + argv[0] + "\": executable file not found in $PATH";
      return result;
    }
  }
  std::vector<std::string> env = buildEnv(extraEnv);
  std::vector<char*> cArgv = cStrings(argv);
  std::vector<char*> cEnv = cStrings(env);

  Fd devNull(::open("/dev/null", O_RDONLY | O_CLOEXEC));
  if (devNull.get() < 0) throwErrno("open /dev/null");
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throwErrno("pipe");
  Fd readEnd(fds[0]);
  Fd writeEnd(fds[1]);
  if (::pipe2(fds, O_CLOEXEC) != 0) throwErrno("pipe");
  Fd execStatusRead(fds[0]);
  Fd execStatusWrite(fds[1]);
  if (::fcntl(readEnd.get(), F_SETFL, O_NONBLOCK) != 0) throwErrno("fcntl");

  ChildSetup setup{};
  setup.path = program->c_str();
  setup.argv = cArgv.data();
  setup.envp = cEnv.data();
  setup.stdinFd = aboveStdio(devNull, "dup /dev/null");
  setup.outFd = aboveStdio(writeEnd, "dup pipe");
  setup.errFd = aboveStdio(execStatusWrite, "dup pipe");
  long openMax = ::sysconf(_SC_OPEN_MAX);
  setup.maxFd = openMax > 0 && openMax < (1 << 20) ? static_cast<int>(openMax) : (1 << 16);
  setup.defaultAction.sa_handler = SIG_DFL;
  ::sigemptyset(&setup.defaultAction.sa_mask);
  ::sigemptyset(&setup.emptyMask);

  pid_t pid;
  {
    AllSignalsBlocked blocked;
    pid = ::fork();
    if (pid == 0) execChild(setup);
  }
  if (pid < 0) throwErrno("fork");
  ::setpgid(pid, pid);  // also here, so kill(-pid) works whoever runs first (EACCES after exec)
  writeEnd.reset();     // the child holds the only write end now: EOF when it (and its kids) exit
  execStatusWrite.reset();

  int execErrno = 0;
  ssize_t got;
  do {
    got = ::read(execStatusRead.get(), &execErrno, sizeof execErrno);
  } while (got < 0 && errno == EINTR);
  if (got == static_cast<ssize_t>(sizeof execErrno)) {
    ::waitpid(pid, nullptr, 0);
    result.startError = "exec \"" + *program + "\": " + std::strerror(execErrno);
    result.took = std::chrono::duration_cast<milliseconds>(Clock::now() - start);
    return result;
  }
  supervise(pid, readEnd.get(), spec, start, &result);
  if (result.output.size() > CommandResult::kOutputCap) {
    result.output.erase(0, result.output.size() - CommandResult::kOutputCap);
    result.outputTruncated = true;
  }
  result.took = std::chrono::duration_cast<milliseconds>(Clock::now() - start);
  return result;
}

void PosixCommandRunner::supervise(pid_t pid, int readFd, const CommandSpec& spec,
                                   Clock::time_point start, CommandResult* r) const {
  // A pidfd wakes poll() the moment the command exits; without one (old kernels) poll in ticks.
  Fd pidfd;
#ifdef SYS_pidfd_open
  pidfd.reset(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
#endif
  const milliseconds tick(10);
  const bool limited = spec.timeout.count() > 0;
  const auto deadline = start + spec.timeout;
  const auto never = Clock::time_point::max();
  auto killAt = never;      // SIGKILL due (after SIGTERM)
  auto drainUntil = never;  // set once the command exited
  bool exited = false;
  bool pipeOpen = true;
  int status = 0;
  char buf[64 * 1024];

  for (;;) {
    if (!exited) {
      pid_t w = ::waitpid(pid, &status, WNOHANG);
      if (w == pid || (w < 0 && errno == ECHILD)) {
        if (w < 0) {
          spdlog::warn("command {} was reaped elsewhere; its exit status is unknown", pid);
          status = -1;
        }
        exited = true;
        drainUntil = Clock::now() + drain_;
        // Time is up for everything the command started, also what survived SIGTERM.
        if (r->timedOut) ::kill(-pid, SIGKILL);
      }
    }
    if (exited && !pipeOpen) break;
    const auto now = Clock::now();
    if (exited && now >= drainUntil) break;
    if (!exited && limited && !r->timedOut && now >= deadline) {
      r->timedOut = true;
      ::kill(-pid, SIGTERM);
      killAt = now + killGrace_;
    }
    if (!exited && now >= killAt) {
      ::kill(-pid, SIGKILL);
      killAt = never;
    }

    auto wake = never;
    if (exited) {
      wake = drainUntil;
    } else {
      if (limited && !r->timedOut) wake = deadline;
      wake = std::min(wake, killAt);
      if (pidfd.get() < 0) wake = std::min(wake, now + tick);
    }
    pollfd fds[2];
    nfds_t n = 0;
    if (pipeOpen) fds[n++] = {readFd, POLLIN, 0};
    if (!exited && pidfd.get() >= 0) fds[n++] = {pidfd.get(), POLLIN, 0};
    if (::poll(fds, n, pollTimeout(now, wake)) < 0 && errno != EINTR) {
      int err = errno;
      ::kill(-pid, SIGKILL);
      if (!exited) ::waitpid(pid, &status, 0);
      throw std::system_error(err, std::generic_category(), "poll command output");
    }
    if (pipeOpen && (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      // Read what is there now; the loop comes back while more is coming.
      for (int i = 0; i < 16; ++i) {
        ssize_t got = ::read(readFd, buf, sizeof buf);
        if (got > 0) {
          appendCapped(r, buf, static_cast<size_t>(got));
          continue;
        }
        if (got < 0 && (errno == EAGAIN || errno == EINTR)) break;
        pipeOpen = false;  // EOF (or a read error: nothing more to get)
        break;
      }
    }
  }

  if (status == -1) return;
  if (WIFEXITED(status)) {
    r->exitCode = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    r->signal = WTERMSIG(status);
  }
}

}  // namespace

std::string CommandResult::describe() const {
  if (!startError.empty()) return "not started: " + startError;
  std::string how =
      signal != 0 ? "killed by " + signalName(signal) : "exit status " + std::to_string(exitCode);
  if (!timedOut) return how;
  if (signal != 0) return how + " after timeout " + formatDuration(timeout);
  return "timed out after " + formatDuration(timeout) + " (" + how + ")";
}

std::unique_ptr<CommandRunner> makePosixCommandRunner(milliseconds killGrace, milliseconds drain) {
  return std::make_unique<PosixCommandRunner>(killGrace, drain);
}

}  // namespace hc::render
