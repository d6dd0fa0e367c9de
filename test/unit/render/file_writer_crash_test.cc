// Crash safety of the POSIX FileWriter: a process killed (SIGKILL) at a random moment while it
// rewrites a large file leaves the destination holding one complete version, and no partially
// written file anywhere in the directory.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "hc/render/file_writer.h"
#include "render/file_writer_internal.h"
#include "unit/render/temp_dir.h"

namespace hc::render {
namespace {

using testing::slurp;
using testing::TempDir;

std::string version(char fill, size_t size) {
  std::string s = "version " + std::string(1, fill) + "\n";
  s.resize(size, fill);
  s += "\nend\n";  // a truncated copy lacks this
  return s;
}

/// Whether `dir`'s file system has O_TMPFILE (temp files unnamed until complete).
bool hasTmpfile(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  ::close(fd);
  return true;
}

// Run with O_TMPFILE temp files (true) and with temp files named from the start (false).
class FileWriterCrashTest : public ::testing::TestWithParam<bool> {};

TEST_P(FileWriterCrashTest, AKilledWriterLeavesTheOldOrTheNewFileNeverAPartialOne) {
  TempDir dir;
  const std::string dest = dir / "haproxy.cfg";
  const std::string a = version('a', 3 << 20);
  const std::string b = version('b', 2 << 20);
  auto writer = detail::makePosixFileWriter(GetParam());
  ASSERT_EQ(writer->write(dest, a, WriteOptions{}), WriteResult::Written);
  const bool tmpfile = GetParam() && hasTmpfile(dir.path());

  const unsigned seed = std::random_device{}();
  std::mt19937 rng(seed);
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::uniform_int_distribution<int> delayUs(0, 60000);

  for (int round = 0; round < 12; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      // Rewrite the file back and forth until killed; only FileWriter touches it.
      try {
        auto w = detail::makePosixFileWriter(GetParam());
        for (bool flip = false;; flip = !flip) w->write(dest, flip ? a : b, WriteOptions{});
      } catch (...) {
        ::_exit(3);
      }
    }
    std::this_thread::sleep_for(std::chrono::microseconds(5000 + delayUs(rng)));
    ASSERT_EQ(::kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer stopped on its own: status " << status;

    const std::string now = slurp(dest);
    EXPECT_TRUE(now == a || now == b) << "destination holds " << now.size() << " bytes";
    // Anything else in the directory is a temp file of the killed writer. With O_TMPFILE it is
    // named only once complete, so it too holds a whole version; without, it may be partial
    // (never the destination), and the next write sweeps it.
    const std::string tempPrefix = ".haproxy.cfg.hc-tmp.";
    for (const auto& name : dir.names()) {
      if (name == "haproxy.cfg") continue;
      EXPECT_EQ(name.rfind(tempPrefix, 0), 0u) << name;
      if (!tmpfile) continue;
      const std::string other = slurp(dir / name);
      EXPECT_TRUE(other == a || other == b) << name << " holds " << other.size() << " bytes";
    }
  }

  // The next write removes what the killed writers left behind.
  writer->write(dest, "final\n", WriteOptions{});
  EXPECT_EQ(slurp(dest), "final\n");
  EXPECT_EQ(dir.names(), (std::set<std::string>{"haproxy.cfg"}));
}

INSTANTIATE_TEST_SUITE_P(TempFiles, FileWriterCrashTest, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& info) {
                           return info.param ? "Unnamed" : "Named";
                         });

}  // namespace
}  // namespace hc::render
