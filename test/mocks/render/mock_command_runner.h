#pragma once
// MockCommandRunner: a GMock double of CommandRunner. By default run() records the spec and
// environment in `runs` and returns `result` (exit status 0 unless a test changes it), or the
// entry of `results` for the command's first argv element when there is one.
#include <gmock/gmock.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "hc/render/command_runner.h"

namespace hc::render::testing {

class MockCommandRunner : public CommandRunner {
 public:
  using Env = std::vector<std::pair<std::string, std::string>>;

  MockCommandRunner() {
    result.exitCode = 0;
    ON_CALL(*this, run).WillByDefault([this](const CommandSpec& spec, const Env& extraEnv) {
      runs.push_back({spec, extraEnv});
      CommandResult r = result;
      if (!spec.argv.empty()) {
        auto it = results.find(spec.argv.front());
        if (it != results.end()) r = it->second;
      }
      r.timeout = spec.timeout;
      return r;
    });
  }

  MOCK_METHOD(CommandResult, run, (const CommandSpec& spec, const Env& extraEnv), (override));

  struct Run {
    CommandSpec spec;
    Env extraEnv;
  };
  std::vector<Run> runs;                         ///< every run() in call order
  CommandResult result;                          ///< what run() returns by default
  std::map<std::string, CommandResult> results;  ///< per argv[0] overrides of `result`
};

}  // namespace hc::render::testing
