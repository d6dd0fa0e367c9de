// The render doubles behave as their headers promise, so runner tests can rely on them.
#include <gtest/gtest.h>

#include "mocks/render/mock_command_runner.h"
#include "mocks/render/mock_file_writer.h"

namespace hc::render::testing {
namespace {

using ::testing::_;

TEST(MockFileWriterTest, KeepsFilesInMemoryWithTheUnchangedRule) {
  MockFileWriter writer;
  EXPECT_CALL(writer, write(_, _, _)).Times(3);
  EXPECT_EQ(writer.read("/a"), std::nullopt);
  EXPECT_EQ(writer.write("/a", "x", WriteOptions{}), WriteResult::Written);
  EXPECT_EQ(writer.write("/a", "x", WriteOptions{}), WriteResult::Unchanged);
  EXPECT_EQ(writer.read("/a"), "x");
  writer.failing.insert("/b");
  EXPECT_THROW(writer.write("/b", "y", WriteOptions{}), WriteError);
  EXPECT_EQ(writer.files.count("/b"), 0u);
}

TEST(MockCommandRunnerTest, RecordsRunsAndReturnsTheConfiguredResult) {
  MockCommandRunner runner;
  EXPECT_TRUE(runner.run({{"reload"}, std::chrono::seconds(5)}, {{"A", "1"}}).ok());
  CommandResult failed;
  failed.exitCode = 3;
  runner.results["check"] = failed;
  EXPECT_EQ(runner.run({{"check"}, std::chrono::seconds(5)}, {}).describe(), "exit status 3");
  ASSERT_EQ(runner.runs.size(), 2u);
  EXPECT_EQ(runner.runs[0].spec.argv, std::vector<std::string>{"reload"});
  EXPECT_EQ(runner.runs[0].extraEnv.at(0).second, "1");
}

}  // namespace
}  // namespace hc::render::testing
