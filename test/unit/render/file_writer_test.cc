#include "hc/render/file_writer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>

#include "render/file_writer_internal.h"
#include "unit/render/temp_dir.h"

namespace hc::render {
namespace {

using ::testing::HasSubstr;
using testing::slurp;
using testing::spit;
using testing::statOf;
using testing::TempDir;

// Every case runs twice: with O_TMPFILE temp files and with temp files named from the start.
class FileWriterTest : public ::testing::TestWithParam<bool> {
 protected:
  TempDir dir;
  std::unique_ptr<FileWriter> writer = detail::makePosixFileWriter(GetParam());
  WriteOptions options;

  mode_t modeOf(const std::string& path) { return statOf(path).st_mode & 07777; }
};

TEST_P(FileWriterTest, NewFileIsWrittenWith0644WhateverTheUmask) {
  mode_t old = ::umask(077);
  EXPECT_EQ(writer->write(dir / "haproxy.cfg", "global\n", options), WriteResult::Written);
  ::umask(old);
  EXPECT_EQ(slurp(dir / "haproxy.cfg"), "global\n");
  EXPECT_EQ(modeOf(dir / "haproxy.cfg"), 0644u);
  EXPECT_EQ(dir.names(), (std::set<std::string>{"haproxy.cfg"}));
}

TEST_P(FileWriterTest, EmptyContentsMakeAnEmptyFile) {
  EXPECT_EQ(writer->write(dir / "empty", "", options), WriteResult::Written);
  EXPECT_EQ(slurp(dir / "empty"), "");
  EXPECT_EQ(writer->write(dir / "empty", "", options), WriteResult::Unchanged);
}

TEST_P(FileWriterTest, ExistingModeIsKept) {
  spit(dir / "a.cfg", "old", 0600);
  EXPECT_EQ(writer->write(dir / "a.cfg", "new", options), WriteResult::Written);
  EXPECT_EQ(slurp(dir / "a.cfg"), "new");
  EXPECT_EQ(modeOf(dir / "a.cfg"), 0600u);
}

TEST_P(FileWriterTest, ExplicitPermsWinOverTheExistingMode) {
  options.perms = 0640;
  EXPECT_EQ(writer->write(dir / "new.cfg", "x", options), WriteResult::Written);
  EXPECT_EQ(modeOf(dir / "new.cfg"), 0640u);
  spit(dir / "old.cfg", "old", 0600);
  options.perms = 0755;
  EXPECT_EQ(writer->write(dir / "old.cfg", "new", options), WriteResult::Written);
  EXPECT_EQ(modeOf(dir / "old.cfg"), 0755u);
}

TEST_P(FileWriterTest, SameBytesAreUnchangedAndNothingIsTouched) {
  ASSERT_EQ(writer->write(dir / "a.cfg", "same\n", options), WriteResult::Written);
  struct stat before = statOf(dir / "a.cfg");
  ::usleep(20 * 1000);   // an mtime update would now show
  options.perms = 0600;  // a perms-only difference never causes a write (consul-template)
  EXPECT_EQ(writer->write(dir / "a.cfg", "same\n", options), WriteResult::Unchanged);
  struct stat after = statOf(dir / "a.cfg");
  EXPECT_EQ(after.st_ino, before.st_ino);
  EXPECT_EQ(after.st_mtim.tv_sec, before.st_mtim.tv_sec);
  EXPECT_EQ(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
  EXPECT_EQ(after.st_ctim.tv_nsec, before.st_ctim.tv_nsec);
  EXPECT_EQ(after.st_mode & 07777, 0644u);
  EXPECT_EQ(dir.names(), (std::set<std::string>{"a.cfg"}));
}

TEST_P(FileWriterTest, ChangedBytesReplaceTheFileByRename) {
  spit(dir / "a.cfg", "old");
  ino_t oldInode = statOf(dir / "a.cfg").st_ino;
  EXPECT_EQ(writer->write(dir / "a.cfg", "new", options), WriteResult::Written);
  EXPECT_NE(statOf(dir / "a.cfg").st_ino, oldInode);  // a new file, not an in-place rewrite
  EXPECT_EQ(slurp(dir / "a.cfg"), "new");
}

TEST_P(FileWriterTest, BackupKeepsThePreviousBytesAndReplacesAnOlderBackup) {
  options.backup = true;
  EXPECT_EQ(writer->write(dir / "a.cfg", "one", options), WriteResult::Written);
  EXPECT_EQ(dir.names(), (std::set<std::string>{"a.cfg"}));  // nothing to back up yet
  EXPECT_EQ(writer->write(dir / "a.cfg", "two", options), WriteResult::Written);
  EXPECT_EQ(slurp(dir / "a.cfg.bak"), "one");
  EXPECT_EQ(writer->write(dir / "a.cfg", "three", options), WriteResult::Written);
  EXPECT_EQ(slurp(dir / "a.cfg"), "three");
  EXPECT_EQ(slurp(dir / "a.cfg.bak"), "two");
  EXPECT_EQ(writer->write(dir / "a.cfg", "three", options), WriteResult::Unchanged);
  EXPECT_EQ(slurp(dir / "a.cfg.bak"), "two");
  EXPECT_EQ(dir.names(), (std::set<std::string>{"a.cfg", "a.cfg.bak"}));
}

TEST_P(FileWriterTest, MissingParentDirectoriesAreCreatedWith0755) {
  std::string dest = dir / "etc/haproxy/conf.d/a.cfg";
  EXPECT_EQ(writer->write(dest, "x", options), WriteResult::Written);
  EXPECT_EQ(slurp(dest), "x");
  EXPECT_EQ(modeOf(dir / "etc"), 0755u);
  EXPECT_EQ(modeOf(dir / "etc/haproxy/conf.d"), 0755u);
}

TEST_P(FileWriterTest, WithoutCreateDestDirsAMissingParentIsAnErrorNamingThePath) {
  options.createDestDirs = false;
  std::string dest = dir / "missing/a.cfg";
  try {
    writer->write(dest, "x", options);
    FAIL() << "expected WriteError";
  } catch (const WriteError& e) {
    EXPECT_THAT(e.what(), HasSubstr(dir / "missing"));
    EXPECT_THAT(e.what(), HasSubstr(std::strerror(ENOENT)));
    EXPECT_EQ(e.errnum(), ENOENT);
  }
  EXPECT_FALSE(std::filesystem::exists(dir / "missing"));
  EXPECT_TRUE(dir.names().empty());
}

TEST_P(FileWriterTest, AParentThatIsARegularFileIsAnErrorAndLeavesNoTempFile) {
  spit(dir / "file", "not a directory");
  try {
    writer->write(dir / "file/a.cfg", "x", options);
    FAIL() << "expected WriteError";
  } catch (const WriteError& e) {
    EXPECT_THAT(e.what(), HasSubstr(dir / "file"));
    EXPECT_THAT(e.what(), HasSubstr(std::strerror(ENOTDIR)));
  }
  EXPECT_EQ(dir.names(), (std::set<std::string>{"file"}));
}

TEST_P(FileWriterTest, AFailureAfterTheTempFileExistsRemovesItAndKeepsTheOldFile) {
  // The backup cannot replace a non-empty directory: the write fails after the temp file and
  // the backup link were made, at the last step before the rename.
  spit(dir / "a.cfg", "old");
  std::filesystem::create_directories(dir / "a.cfg.bak/occupied");
  options.backup = true;
  try {
    writer->write(dir / "a.cfg", "new", options);
    FAIL() << "expected WriteError";
  } catch (const WriteError& e) {
    EXPECT_THAT(e.what(), HasSubstr(dir / "a.cfg.bak"));
  }
  EXPECT_EQ(slurp(dir / "a.cfg"), "old");
  EXPECT_EQ(dir.names(), (std::set<std::string>{"a.cfg", "a.cfg.bak"}));
}

TEST_P(FileWriterTest, ADirectoryAtTheDestinationIsAnError) {
  std::filesystem::create_directories(dir / "a.cfg");
  EXPECT_THROW(writer->write(dir / "a.cfg", "x", options), WriteError);
  EXPECT_THROW(writer->read(dir / "a.cfg"), WriteError);
  EXPECT_EQ(dir.names(), (std::set<std::string>{"a.cfg"}));
}

TEST_P(FileWriterTest, UserAndGroupByNumericIdOfTheCurrentProcess) {
  options.user = std::to_string(::getuid());
  options.group = std::to_string(::getgid());
  EXPECT_EQ(writer->write(dir / "a.cfg", "x", options), WriteResult::Written);
  EXPECT_EQ(statOf(dir / "a.cfg").st_uid, ::getuid());
  EXPECT_EQ(statOf(dir / "a.cfg").st_gid, ::getgid());
  EXPECT_EQ(writer->write(dir / "a.cfg", "x", options), WriteResult::Unchanged);
}

TEST_P(FileWriterTest, AnotherOwnerIsSetAndSameBytesWithTheWrongOwnerAreRewritten) {
  if (::geteuid() != 0) GTEST_SKIP() << "needs root to give files away";
  options.user = "12345";
  options.group = "23456";
  EXPECT_EQ(writer->write(dir / "a.cfg", "x", options), WriteResult::Written);
  EXPECT_EQ(statOf(dir / "a.cfg").st_uid, 12345u);
  EXPECT_EQ(statOf(dir / "a.cfg").st_gid, 23456u);
  // Without user/group the existing owner is kept.
  EXPECT_EQ(writer->write(dir / "a.cfg", "y", WriteOptions{}), WriteResult::Written);
  EXPECT_EQ(statOf(dir / "a.cfg").st_uid, 12345u);
  EXPECT_EQ(statOf(dir / "a.cfg").st_gid, 23456u);
  // Same bytes, but a chown is needed: consul-template renders again.
  options.user = "0";
  options.group.clear();
  EXPECT_EQ(writer->write(dir / "a.cfg", "y", options), WriteResult::Written);
  EXPECT_EQ(statOf(dir / "a.cfg").st_uid, 0u);
  EXPECT_EQ(statOf(dir / "a.cfg").st_gid, 23456u);
}

TEST_P(FileWriterTest, UserByName) {
  struct passwd* me = ::getpwuid(::getuid());
  if (me == nullptr) GTEST_SKIP() << "the current uid has no passwd entry";
  options.user = me->pw_name;
  EXPECT_EQ(writer->write(dir / "a.cfg", "x", options), WriteResult::Written);
  EXPECT_EQ(statOf(dir / "a.cfg").st_uid, ::getuid());
}

TEST_P(FileWriterTest, AnUnknownUserNameFailsBeforeAnythingIsTouched) {
  spit(dir / "a.cfg", "old");
  options.user = "hc-no-such-user-xyz";
  try {
    writer->write(dir / "a.cfg", "new", options);
    FAIL() << "expected WriteError";
  } catch (const WriteError& e) {
    EXPECT_THAT(e.what(), HasSubstr("hc-no-such-user-xyz"));
    EXPECT_THAT(e.what(), HasSubstr(dir / "a.cfg"));
  }
  options.user.clear();
  options.group = "hc-no-such-group-xyz";
  EXPECT_THROW(writer->write(dir / "a.cfg", "new", options), WriteError);
  EXPECT_EQ(slurp(dir / "a.cfg"), "old");
  EXPECT_EQ(dir.names(), (std::set<std::string>{"a.cfg"}));
}

TEST_P(FileWriterTest, ReadGivesContentsOrNulloptWhenMissing) {
  EXPECT_EQ(writer->read(dir / "missing"), std::nullopt);
  spit(dir / "a.cfg", std::string("with\0nul", 8));
  EXPECT_EQ(writer->read(dir / "a.cfg"), std::string("with\0nul", 8));
}

TEST_P(FileWriterTest, TempFilesOfDeadProcessesAreSweptByTheNextWrite) {
  pid_t dead = ::fork();
  if (dead == 0) ::_exit(0);
  ASSERT_GT(dead, 0);
  ::waitpid(dead, nullptr, 0);
  const std::string stale = ".a.cfg.hc-tmp." + std::to_string(dead) + ".abc123";
  const std::string staleBak = ".a.cfg.hc-bak." + std::to_string(dead) + ".abc123";
  const std::string alive = ".a.cfg.hc-tmp." + std::to_string(::getppid()) + ".abc123";
  const std::string other = ".b.cfg.hc-tmp." + std::to_string(dead) + ".abc123";
  for (const auto& name : {stale, staleBak, alive, other}) spit(dir / name, "partial");
  EXPECT_EQ(writer->write(dir / "a.cfg", "x", options), WriteResult::Written);
  EXPECT_EQ(dir.names(), (std::set<std::string>{"a.cfg", alive, other}));
}

INSTANTIATE_TEST_SUITE_P(TempFiles, FileWriterTest, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& info) {
                           return info.param ? "Unnamed" : "Named";
                         });

TEST(WriteErrorTest, MessageNamesStepPathAndErrno) {
  WriteError e("/etc/x.cfg", "rename", EACCES);
  EXPECT_EQ(std::string(e.what()), std::string("rename /etc/x.cfg: ") + std::strerror(EACCES));
  EXPECT_EQ(e.path(), "/etc/x.cfg");
  EXPECT_EQ(e.step(), "rename");
  EXPECT_EQ(e.errnum(), EACCES);
}

}  // namespace
}  // namespace hc::render
