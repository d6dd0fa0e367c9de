#pragma once
// MockRuntimeApi: a GMock double of RuntimeApi. By default execute() records every command and
// answers each from `replies` (keyed by the exact command line), else `defaultReply` (""), and
// command() goes through execute(); a test fills in data and asserts on `sent`, or sets its own
// expectations.
//
// Usage:
//   testing::NiceMock<MockRuntimeApi> api;
//   api.replies["show servers state web"] = "1\n# be_id be_name ...\n...";
//   api.replies["del server web/s3"] = "Server deleted.";
//   updater.apply(api);
//   EXPECT_THAT(api.sent, ElementsAre("set server web/s3 state maint", "del server web/s3"));
#include <gmock/gmock.h>

#include <map>
#include <string>
#include <vector>

#include "hc/haproxy/runtime_api.h"

namespace hc::haproxy::testing {

class MockRuntimeApi : public RuntimeApi {
 public:
  MockRuntimeApi() {
    ON_CALL(*this, execute).WillByDefault([this](const std::vector<std::string>& commands) {
      std::vector<std::string> out;
      for (const auto& c : commands) {
        sent.push_back(c);
        auto it = replies.find(c);
        out.push_back(it != replies.end() ? it->second : defaultReply);
      }
      ++sessions;
      return out;
    });
    ON_CALL(*this, command).WillByDefault([this](const std::string& c) {
      return execute({c}).front();
    });
  }

  MOCK_METHOD(std::vector<std::string>, execute, (const std::vector<std::string>& commands),
              (override));
  MOCK_METHOD(std::string, command, (const std::string& cmd), (override));

  /// Replies by exact command line; other commands get defaultReply.
  std::map<std::string, std::string> replies;
  std::string defaultReply;
  /// Every command the default execute() saw, in order, and how many execute() calls there were.
  std::vector<std::string> sent;
  int sessions = 0;
};

}  // namespace hc::haproxy::testing
