#pragma once
// MockHttpConnection: a GMock double of HttpConnection for tests of ConsulClient. By default
// send() records each request and its read timeout and answers `response`; a test fills in
// the data and asserts on `requests`, or sets its own expectations.
//
// Usage:
//   auto conn = std::make_unique<testing::MockHttpConnection>();
//   MockHttpConnection* mock = conn.get();
//   mock->response.body = R"([{"Node": ...}])";
//   ConsulClient client(std::move(conn), "token");
//   client.healthService("web", "", true, q);
//   EXPECT_EQ(mock->requests.at(0).target, "/v1/health/service/web?passing=1");
#include <gmock/gmock.h>

#include <chrono>
#include <vector>

#include "hc/consul/http_connection.h"

namespace hc::consul::testing {

class MockHttpConnection : public HttpConnection {
 public:
  MockHttpConnection() {
    ON_CALL(*this, send).WillByDefault([this](const HttpRequest& r, std::chrono::milliseconds t) {
      requests.push_back(r);
      timeouts.push_back(t);
      return response;
    });
  }

  MOCK_METHOD(HttpResponse, send, (const HttpRequest& request, std::chrono::milliseconds timeout),
              (override));
  MOCK_METHOD(void, abort, (), (override));

  /// What the default send() answers.
  HttpResponse response{200, "OK", {{"X-Consul-Index", "1"}}, "[]"};
  /// Every request the default send() saw, and its timeout.
  std::vector<HttpRequest> requests;
  std::vector<std::chrono::milliseconds> timeouts;
};

}  // namespace hc::consul::testing
