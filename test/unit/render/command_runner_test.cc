#include "hc/render/command_runner.h"

#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <sstream>
#include <thread>

#include "unit/render/temp_dir.h"

namespace hc::render {
namespace {

using ::testing::HasSubstr;
using testing::slurp;
using ::testing::StartsWith;
using testing::TempDir;
using namespace std::chrono_literals;

CommandSpec spec(std::vector<std::string> argv, std::chrono::milliseconds timeout = 10s) {
  return CommandSpec{std::move(argv), timeout};
}

/// True once `pid` has exited (gone, or a zombie nobody reaped yet), waiting up to 2 s.
bool processGone(pid_t pid) {
  for (int i = 0; i < 200; ++i) {
    if (::kill(pid, 0) != 0 && errno == ESRCH) return true;
    std::string stat = slurp("/proc/" + std::to_string(pid) + "/stat");
    auto paren = stat.rfind(')');
    if (paren != std::string::npos && paren + 2 < stat.size() && stat[paren + 2] == 'Z') {
      return true;
    }
    std::this_thread::sleep_for(10ms);
  }
  return false;
}

pid_t readPid(const std::string& path) {
  for (int i = 0; i < 200; ++i) {
    std::string s = slurp(path);
    if (!s.empty() && s.back() == '\n') return static_cast<pid_t>(std::stol(s));
    std::this_thread::sleep_for(10ms);
  }
  return -1;
}

class CommandRunnerTest : public ::testing::Test {
 protected:
  std::unique_ptr<CommandRunner> runner = makePosixCommandRunner(300ms, 200ms);
};

TEST_F(CommandRunnerTest, ExitStatusIsReported) {
  CommandResult ok = runner->run(spec({"true"}), {});
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(ok.exitCode, 0);
  EXPECT_EQ(ok.describe(), "exit status 0");

  CommandResult three = runner->run(spec({"exit 3"}), {});
  EXPECT_FALSE(three.ok());
  EXPECT_EQ(three.exitCode, 3);
  EXPECT_EQ(three.signal, 0);
  EXPECT_FALSE(three.timedOut);
  EXPECT_EQ(three.describe(), "exit status 3");
}

TEST_F(CommandRunnerTest, DeathBySignalIsReported) {
  CommandResult r = runner->run(spec({"kill -SEGV $$"}), {});
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.signal, SIGSEGV);
  EXPECT_EQ(r.exitCode, -1);
  EXPECT_EQ(r.describe(), "killed by SIGSEGV");
}

TEST_F(CommandRunnerTest, OneElementWithWhitespaceRunsThroughTheShell) {
  CommandResult r = runner->run(spec({"echo a && echo b"}), {});
  EXPECT_TRUE(r.ok()) << r.describe();
  EXPECT_EQ(r.output, "a\nb\n");
  CommandResult shortCircuit = runner->run(spec({"false && echo no"}), {});
  EXPECT_EQ(shortCircuit.exitCode, 1);
  EXPECT_EQ(shortCircuit.output, "");
}

TEST_F(CommandRunnerTest, OneWordIsExecutedWithoutAShell) {
  // Through a shell this would be `true` then `false` (exit 1); without one it names no program.
  CommandResult r = runner->run(spec({"true;false"}), {});
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.describe(), "not started: exec \"true;false\": executable file not found in $PATH");
  EXPECT_TRUE(runner->run(spec({"pwd"}), {}).ok());
}

TEST_F(CommandRunnerTest, SeveralElementsAreExecutedWithoutAShell) {
  CommandResult r = runner->run(spec({"echo", "$HOME", "a;b", "two  spaces"}), {});
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.output, "$HOME a;b two  spaces\n");
}

TEST_F(CommandRunnerTest, AMissingProgramIsReportedNotThrown) {
  CommandResult r = runner->run(spec({"/nonexistent/hc-program", "arg"}), {});
  EXPECT_FALSE(r.ok());
  EXPECT_THAT(r.startError, HasSubstr("/nonexistent/hc-program"));
  EXPECT_THAT(r.startError, HasSubstr(std::strerror(ENOENT)));
  EXPECT_THAT(r.describe(), StartsWith("not started: "));
}

TEST_F(CommandRunnerTest, AnEmptyArgvIsTheCallersBug) {
  EXPECT_THROW(runner->run(spec({}), {}), std::invalid_argument);
}

TEST_F(CommandRunnerTest, StdoutAndStderrAreCapturedTogetherInOrder) {
  CommandResult r = runner->run(spec({"echo out; echo err >&2; echo out2"}), {});
  EXPECT_EQ(r.output, "out\nerr\nout2\n");
  EXPECT_FALSE(r.outputTruncated);
}

TEST_F(CommandRunnerTest, OutputBelowTheCapIsCapturedWhole) {
  CommandResult r = runner->run(spec({"seq", "1", "5000"}), {});
  std::ostringstream expected;
  for (int i = 1; i <= 5000; ++i) expected << i << "\n";
  EXPECT_EQ(r.output, expected.str());
}

TEST_F(CommandRunnerTest, AMegabyteOfOutputDoesNotHangAndKeepsTheTail) {
  CommandResult r =
      runner->run(spec({"head -c 1048576 /dev/zero | tr '\\0' x; printf END"}, 20s), {});
  EXPECT_TRUE(r.ok()) << r.describe();
  EXPECT_EQ(r.output.size(), CommandResult::kOutputCap);
  EXPECT_TRUE(r.outputTruncated);
  EXPECT_EQ(r.output.substr(r.output.size() - 4), "xEND");
}

TEST_F(CommandRunnerTest, ExtraEnvironmentIsAddedAndOverrides) {
  ::setenv("HC_RENDER_TEST_INHERITED", "daemon", 1);
  ::setenv("HC_RENDER_TEST_OVERRIDE", "daemon", 1);
  CommandResult r = runner->run(
      spec({"echo $HC_RENDER_TEST_INHERITED $HC_RENDER_TEST_OVERRIDE $HC_RENDER_TEST_EXTRA; "
            "env | grep -c '^HC_RENDER_TEST_OVERRIDE='"}),
      {{"HC_RENDER_TEST_OVERRIDE", "first"},
       {"HC_RENDER_TEST_EXTRA", "extra"},
       {"HC_RENDER_TEST_OVERRIDE", "child"}});
  ::unsetenv("HC_RENDER_TEST_INHERITED");
  ::unsetenv("HC_RENDER_TEST_OVERRIDE");
  EXPECT_EQ(r.output, "daemon child extra\n1\n");
}

TEST_F(CommandRunnerTest, StdinIsDevNull) {
  CommandResult r = runner->run(spec({"readlink", "/proc/self/fd/0"}), {});
  EXPECT_EQ(r.output, "/dev/null\n");
  EXPECT_TRUE(runner->run(spec({"cat"}), {}).ok());  // would block on a terminal or a pipe
}

TEST_F(CommandRunnerTest, NoOtherDescriptorOfTheDaemonIsInherited) {
  int leaky = ::open("/dev/null", O_RDONLY);  // deliberately without O_CLOEXEC
  ASSERT_GE(leaky, 0);
  int leakyPipe[2];
  ASSERT_EQ(::pipe(leakyPipe), 0);
  CommandResult r = runner->run(spec({"ls", "-1", "/proc/self/fd"}), {});
  ::close(leaky);
  ::close(leakyPipe[0]);
  ::close(leakyPipe[1]);
  // 0-2, plus the descriptor ls opened to list the directory.
  EXPECT_EQ(r.output, "0\n1\n2\n3\n");
}

TEST_F(CommandRunnerTest, SignalMaskAndIgnoredSignalsAreNotInherited) {
  sigset_t block;
  sigset_t old;
  ::sigemptyset(&block);
  ::sigaddset(&block, SIGTERM);
  ::sigaddset(&block, SIGHUP);
  ASSERT_EQ(::pthread_sigmask(SIG_BLOCK, &block, &old), 0);
  auto oldPipe = ::signal(SIGPIPE, SIG_IGN);
  auto oldInt = ::signal(SIGINT, SIG_IGN);
  CommandResult r = runner->run(spec({"grep", "-E", "^Sig(Blk|Ign)", "/proc/self/status"}), {});
  ::signal(SIGINT, oldInt);
  ::signal(SIGPIPE, oldPipe);
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
  EXPECT_EQ(r.output, "SigBlk:\t0000000000000000\nSigIgn:\t0000000000000000\n");
}

TEST_F(CommandRunnerTest, TheCommandLeadsItsOwnProcessGroup) {
  CommandResult r = runner->run(spec({"awk", "{ print ($1 == $5) }", "/proc/self/stat"}), {});
  EXPECT_EQ(r.output, "1\n");
}

TEST_F(CommandRunnerTest, ATimeoutKillsTheWholeGroupWithSigterm) {
  TempDir dir;
  auto start = std::chrono::steady_clock::now();
  CommandResult r =
      runner->run(spec({"sleep 100 & echo $! > " + (dir / "bg.pid") + "; sleep 100"}, 300ms), {});
  auto took = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(r.timedOut);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.signal, SIGTERM);
  EXPECT_EQ(r.describe(), "killed by SIGTERM after timeout 300ms");
  EXPECT_GE(took, 300ms);
  EXPECT_LT(took, 3s);
  pid_t background = readPid(dir / "bg.pid");
  ASSERT_GT(background, 0);
  EXPECT_TRUE(processGone(background)) << "background child " << background << " survived";
}

TEST_F(CommandRunnerTest, ATimeoutEscalatesToSigkillWhenSigtermIsIgnored) {
  TempDir dir;
  CommandResult r = runner->run(
      spec({"trap '' TERM; sleep 100 & echo $! > " + (dir / "bg.pid") + "; sleep 100"}, 300ms), {});
  EXPECT_TRUE(r.timedOut);
  EXPECT_EQ(r.signal, SIGKILL);
  EXPECT_EQ(r.describe(), "killed by SIGKILL after timeout 300ms");
  EXPECT_GE(r.took, 600ms);  // timeout + kill grace
  EXPECT_LT(r.took, 3s);
  pid_t background = readPid(dir / "bg.pid");
  ASSERT_GT(background, 0);
  EXPECT_TRUE(processGone(background)) << "background child " << background << " survived";
}

TEST_F(CommandRunnerTest, ABackgroundChildHoldingStdoutDoesNotBlockTheCaller) {
  CommandResult r = runner->run(spec({"sleep 30 & echo $!; echo done"}), {});
  EXPECT_TRUE(r.ok()) << r.describe();
  EXPECT_LT(r.took, 2s);
  std::istringstream lines(r.output);
  std::string pid;
  std::string done;
  std::getline(lines, pid);
  std::getline(lines, done);
  EXPECT_EQ(done, "done");
  ASSERT_FALSE(pid.empty());
  ::kill(static_cast<pid_t>(std::stol(pid)), SIGKILL);
}

TEST_F(CommandRunnerTest, NoTimeoutWhenZero) {
  CommandResult r = runner->run(spec({"sleep 0.3"}, 0ms), {});
  EXPECT_TRUE(r.ok()) << r.describe();
  EXPECT_GE(r.took, 300ms);
}

TEST_F(CommandRunnerTest, RunsConcurrentlyFromSeveralThreads) {
  std::vector<std::thread> threads;
  std::vector<CommandResult> results(4);
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back(
        [&, i] { results[i] = runner->run(spec({"sleep 0.2; echo " + std::to_string(i)}), {}); });
  }
  for (auto& t : threads) t.join();
  for (size_t i = 0; i < results.size(); ++i) {
    EXPECT_EQ(results[i].output, std::to_string(i) + "\n");
  }
}

TEST(CommandResultTest, DescribeFormatsTheTimeout) {
  CommandResult r;
  r.timedOut = true;
  r.signal = SIGKILL;
  r.timeout = 30s;
  EXPECT_EQ(r.describe(), "killed by SIGKILL after timeout 30s");
  r.timeout = 1500ms;
  EXPECT_EQ(r.describe(), "killed by SIGKILL after timeout 1.5s");
  r.signal = 0;
  r.exitCode = 143;
  EXPECT_EQ(r.describe(), "timed out after 1.5s (exit status 143)");
}

}  // namespace
}  // namespace hc::render
