#include "hc/render/pid_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "unit/render/temp_dir.h"

namespace hc::render {
namespace {

using testing::slurp;
using testing::spit;
using testing::statOf;
using testing::TempDir;

TEST(PidFileTest, HoldsThePidWithoutNewlineAndIsRemovedAfterwards) {
  TempDir dir;
  const std::string path = dir / "run/haproxy-consul.pid";
  {
    PidFile pid(path);
    EXPECT_EQ(pid.path(), path);
    EXPECT_EQ(pid.pid(), ::getpid());
    EXPECT_EQ(slurp(path), std::to_string(::getpid()));
    EXPECT_EQ(statOf(path).st_mode & 07777, 0644u);
  }
  EXPECT_FALSE(std::filesystem::exists(path));
  EXPECT_EQ(testing::TempDir::namesIn(dir / "run"), std::set<std::string>{});
}

TEST(PidFileTest, ReplacesAStaleFileWhateverItsMode) {
  TempDir dir;
  spit(dir / "x.pid", "99999999\n", 0600);
  PidFile pid(dir / "x.pid");
  EXPECT_EQ(slurp(dir / "x.pid"), std::to_string(::getpid()));
  EXPECT_EQ(statOf(dir / "x.pid").st_mode & 07777, 0644u);
}

TEST(PidFileTest, AFileAnotherProcessWroteMeanwhileIsLeftAlone) {
  TempDir dir;
  {
    PidFile pid(dir / "x.pid");
    spit(dir / "x.pid", "12345");
  }
  EXPECT_EQ(slurp(dir / "x.pid"), "12345");
}

TEST(PidFileTest, AnUnwritablePathThrowsWriteError) {
  TempDir dir;
  spit(dir / "file", "");
  EXPECT_THROW(PidFile(dir / "file/x.pid"), WriteError);
}

}  // namespace
}  // namespace hc::render
