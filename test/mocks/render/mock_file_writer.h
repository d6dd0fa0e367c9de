#pragma once
// MockFileWriter: a GMock double of FileWriter whose default actions keep the files in memory
// (`files`, a public member), so a runner test only fills in data and asserts what was written;
// EXPECT_CALL still counts and orders calls. Writes follow the real writer's Unchanged rule
// (same bytes → Unchanged); `failing` makes write() throw WriteError for those destinations.
#include <gmock/gmock.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "hc/render/file_writer.h"

namespace hc::render::testing {

class MockFileWriter : public FileWriter {
 public:
  MockFileWriter() {
    ON_CALL(*this, write)
        .WillByDefault([this](const std::string& destination, std::string_view contents,
                              const WriteOptions& options) {
          if (failing.count(destination) != 0) {
            throw WriteError(destination, "rename temp file to", EACCES);
          }
          auto it = files.find(destination);
          if (it != files.end() && it->second == contents) return WriteResult::Unchanged;
          files[destination] = std::string(contents);
          lastOptions[destination] = options;
          return WriteResult::Written;
        });
    ON_CALL(*this, read).WillByDefault([this](const std::string& destination) {
      auto it = files.find(destination);
      return it == files.end() ? std::nullopt : std::optional<std::string>(it->second);
    });
  }

  MOCK_METHOD(WriteResult, write,
              (const std::string& destination, std::string_view contents,
               const WriteOptions& options),
              (override));
  MOCK_METHOD(std::optional<std::string>, read, (const std::string& destination), (override));

  std::map<std::string, std::string> files;         ///< destination → contents
  std::map<std::string, WriteOptions> lastOptions;  ///< destination → options of the last write
  std::set<std::string> failing;                    ///< destinations whose write() throws
};

}  // namespace hc::render::testing
