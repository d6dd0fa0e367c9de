// ConsulClient over MockHttpConnection: the exact requests per endpoint and option, the token
// header, meta headers read case-insensitively, the status → ConsulErrorKind table, KV's 404
// meaning absent, read timeouts from the wait, and what() never carrying the token.
// Body decoding has its own tables in consul_json_test.cc.
#include "hc/consul/consul_client.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>
#include <memory>

#include "mocks/consul/mock_http_connection.h"

namespace hc::consul {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using ::testing::_;
using ::testing::HasSubstr;
using testing::MockHttpConnection;
using ::testing::Not;
using ::testing::Return;
using ::testing::Throw;

constexpr const char* kToken = "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";

class ConsulClientTest : public ::testing::Test {
 protected:
  explicit ConsulClientTest(std::string token = kToken) {
    auto conn = std::make_unique<::testing::NiceMock<MockHttpConnection>>();
    mock_ = conn.get();
    client_ = std::make_unique<ConsulClient>(std::move(conn), token, seconds(10));
  }

  void answer(int status, std::string body, HttpHeaders headers = {}) {
    mock_->response = HttpResponse{status, "", std::move(headers), std::move(body)};
  }
  const HttpRequest& lastRequest() const { return mock_->requests.back(); }
  std::string lastTarget() const { return mock_->requests.back().target; }

  MockHttpConnection* mock_;
  std::unique_ptr<ConsulClient> client_;
};

QueryOptions blocking(uint64_t index, milliseconds wait) {
  QueryOptions q;
  q.waitIndex = index;
  q.waitTime = wait;
  return q;
}

TEST_F(ConsulClientTest, HealthServiceTargets) {
  struct Case {
    std::string service, tag;
    bool passing;
    QueryOptions q;
    std::string want;
  };
  QueryOptions all;
  all.datacenter = "dc2";
  all.near = "_agent";
  all.nameSpace = "team a";
  all.partition = "p1";
  all.peer = "peer1";
  all.samenessGroup = "sg";
  all.allowStale = true;
  all.waitIndex = 42;
  all.waitTime = seconds(60);
  QueryOptions consistent;
  consistent.requireConsistent = true;
  const Case cases[] = {
      {"web", "", false, {}, "/v1/health/service/web"},
      {"web", "", true, {}, "/v1/health/service/web?passing=1"},
      {"web", "v1", true, {}, "/v1/health/service/web?passing=1&tag=v1"},
      {"web", "", false, blocking(42, seconds(60)), "/v1/health/service/web?index=42&wait=60000ms"},
      // No index: the wait would be ignored by Consul, but the Go client still sends it.
      {"web", "", false, blocking(0, milliseconds(1500)), "/v1/health/service/web?wait=1500ms"},
      {"web", "", false, blocking(7, milliseconds(0)), "/v1/health/service/web?index=7"},
      {"web", "", false, consistent, "/v1/health/service/web?consistent="},
      {"web", "blue green", true, all,
       "/v1/health/service/web?dc=dc2&index=42&near=_agent&ns=team+a&partition=p1&passing=1"
       "&peer=peer1&sameness-group=sg&stale=&tag=blue+green&wait=60000ms"},
      {"my svc/x?y", "a&b=c", false, {}, "/v1/health/service/my%20svc%2Fx%3Fy?tag=a%26b%3Dc"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.want);
    client_->healthService(c.service, c.tag, c.passing, c.q);
    EXPECT_EQ(lastRequest().method, "GET");
    EXPECT_EQ(lastTarget(), c.want);
    EXPECT_EQ(lastRequest().body, "");
  }
}

TEST_F(ConsulClientTest, CatalogAndKvTargets) {
  QueryOptions q;
  q.datacenter = "dc1";
  q.allowStale = true;
  answer(200, "{}");
  client_->catalogServices(q);
  EXPECT_EQ(lastTarget(), "/v1/catalog/services?dc=dc1&stale=");
  answer(200, "[]");
  client_->catalogNodes(blocking(3, seconds(5)));
  EXPECT_EQ(lastTarget(), "/v1/catalog/nodes?index=3&wait=5000ms");
  answer(200, "null");
  client_->catalogNode("node 1", q);
  EXPECT_EQ(lastTarget(), "/v1/catalog/node/node%201?dc=dc1&stale=");
  answer(200, "[]");
  client_->kvGet("haproxy/web/max conn", {});
  EXPECT_EQ(lastTarget(), "/v1/kv/haproxy/web/max%20conn");
  client_->kvGet("/leading/slash", {});
  EXPECT_EQ(lastTarget(), "/v1/kv/leading/slash");
  client_->kvGet("odd/é?#%", {});
  EXPECT_EQ(lastTarget(), "/v1/kv/odd/%C3%A9%3F%23%25");
  client_->kvList("haproxy/", blocking(9, seconds(1)));
  EXPECT_EQ(lastTarget(), "/v1/kv/haproxy/?index=9&recurse=&wait=1000ms");
  client_->kvKeys("haproxy/", "", {});
  EXPECT_EQ(lastTarget(), "/v1/kv/haproxy/?keys=");
  client_->kvKeys("haproxy/", "/", q);
  EXPECT_EQ(lastTarget(), "/v1/kv/haproxy/?dc=dc1&keys=&separator=%2F&stale=");
  answer(200, R"(["dc1"])");
  client_->catalogDatacenters();
  EXPECT_EQ(lastTarget(), "/v1/catalog/datacenters");
  answer(200, R"({"Config": {"NodeName": "n"}})");
  client_->agentNodeName();
  EXPECT_EQ(lastTarget(), "/v1/agent/self");
}

TEST_F(ConsulClientTest, FeedTargets) {
  QueryOptions q = blocking(77, seconds(30));
  q.datacenter = "dc1";
  q.allowStale = true;
  // Options a feed does not use stay out of its request.
  q.near = "_agent";
  q.requireConsistent = true;
  answer(200, "{}", {{"X-Consul-Index", "80"}});
  EXPECT_EQ(client_->watchFeed(ChangeFeed::Services, q).lastIndex, 80u);
  EXPECT_EQ(lastTarget(),
            "/v1/catalog/services?dc=dc1&index=77"
            "&node-meta=haproxy-consul-feed%3Ahaproxy-consul-feed&stale=&wait=30000ms");
  client_->watchFeed(ChangeFeed::Nodes, q);
  EXPECT_EQ(lastTarget(),
            "/v1/catalog/nodes?dc=dc1&filter=Node+%3D%3D+%22haproxy-consul-feed%22&index=77"
            "&stale=&wait=30000ms");
  client_->watchFeed(ChangeFeed::Checks, q);
  EXPECT_EQ(lastTarget(),
            "/v1/health/state/any?dc=dc1&filter=CheckID+%3D%3D+%22haproxy-consul-feed%22"
            "&index=77&stale=&wait=30000ms");
  client_->watchFeed(ChangeFeed::KV, q);
  EXPECT_EQ(lastTarget(), "/v1/kv/?dc=dc1&index=77&keys=&separator=%2F&stale=&wait=30000ms");
}

TEST_F(ConsulClientTest, FeedsReturnMetaAndIgnoreTheBody) {
  answer(200, "this is not JSON", {{"X-Consul-Index", "12"}, {"X-Consul-LastContact", "5"}});
  QueryMeta m = client_->watchFeed(ChangeFeed::Checks, {});
  EXPECT_EQ(m.lastIndex, 12u);
  EXPECT_EQ(m.lastContact, milliseconds(5));
}

TEST_F(ConsulClientTest, KvFeed404IsAnEmptyStore) {
  answer(404, "", {{"X-Consul-Index", "31"}});
  EXPECT_EQ(client_->watchFeed(ChangeFeed::KV, {}).lastIndex, 31u);
  for (ChangeFeed f : {ChangeFeed::Services, ChangeFeed::Nodes, ChangeFeed::Checks}) {
    SCOPED_TRACE(changeFeedName(f));
    try {
      client_->watchFeed(f, {});
      ADD_FAILURE() << "no error";
    } catch (const ConsulError& e) {
      EXPECT_EQ(e.kind(), ConsulErrorKind::NotFound);
    }
  }
}

TEST_F(ConsulClientTest, TokenTravelsOnlyInTheHeader) {
  client_->healthService("web", "", false, {});
  ASSERT_EQ(lastRequest().headers.size(), 1u);
  EXPECT_EQ(lastRequest().headers[0].first, "X-Consul-Token");
  EXPECT_EQ(lastRequest().headers[0].second, kToken);
  EXPECT_THAT(lastTarget(), Not(HasSubstr(kToken)));
  EXPECT_THAT(lastTarget(), Not(HasSubstr("token")));
}

class AnonymousClientTest : public ConsulClientTest {
 protected:
  AnonymousClientTest() : ConsulClientTest("") {}
};

TEST_F(AnonymousClientTest, NoTokenNoHeader) {
  answer(200, "{}");
  client_->catalogServices({});
  EXPECT_TRUE(lastRequest().headers.empty());
  answer(200, R"(["dc1"])");
  client_->catalogDatacenters();
  EXPECT_TRUE(lastRequest().headers.empty());
}

TEST_F(ConsulClientTest, MetaHeadersAreMatchedCaseInsensitively) {
  for (const HttpHeaders& h : std::vector<HttpHeaders>{{{"X-Consul-Index", "1234"},
                                                        {"X-Consul-Knownleader", "false"},
                                                        {"X-Consul-Lastcontact", "250"}},
                                                       {{"x-consul-index", "1234"},
                                                        {"x-consul-knownleader", "false"},
                                                        {"x-consul-lastcontact", "250"}},
                                                       {{"X-CONSUL-INDEX", "1234"},
                                                        {"X-Consul-KnownLeader", "false"},
                                                        {"X-Consul-LastContact", "250"}}}) {
    SCOPED_TRACE(h[0].first);
    answer(200, "[]", h);
    QueryMeta m = client_->healthService("web", "", false, {}).meta;
    EXPECT_EQ(m.lastIndex, 1234u);
    EXPECT_FALSE(m.knownLeader);
    EXPECT_EQ(m.lastContact, milliseconds(250));
  }
}

TEST_F(ConsulClientTest, MissingOrBadMetaReadsAsZero) {
  struct Case {
    HttpHeaders headers;
    uint64_t index;
    bool leader;
    milliseconds contact;
  };
  const Case cases[] = {
      {{}, 0, true, milliseconds(0)},
      {{{"X-Consul-Index", "abc"}, {"X-Consul-LastContact", "-5"}}, 0, true, milliseconds(0)},
      {{{"X-Consul-Index", ""}}, 0, true, milliseconds(0)},
      {{{"X-Consul-Index", "18446744073709551615"}},
       18446744073709551615ull,
       true,
       milliseconds(0)},
      {{{"X-Consul-Index", "18446744073709551616"}}, 0, true, milliseconds(0)},
      {{{"X-Consul-Index", "12x"}, {"X-Consul-KnownLeader", "true"}}, 0, true, milliseconds(0)},
      {{{"X-Consul-KnownLeader", "TRUE?"}}, 0, false, milliseconds(0)},
  };
  for (const Case& c : cases) {
    answer(200, "{}", c.headers);
    QueryMeta m = client_->catalogServices({}).meta;
    EXPECT_EQ(m.lastIndex, c.index);
    EXPECT_EQ(m.knownLeader, c.leader);
    EXPECT_EQ(m.lastContact, c.contact);
  }
}

TEST_F(ConsulClientTest, StatusToErrorKind) {
  struct Case {
    int status;
    std::string body;
    ConsulErrorKind kind;
    std::string what;
  };
  const Case cases[] = {
      {403, "ACL not found", ConsulErrorKind::AclDenied,
       "Unexpected response code: 403 (ACL not found)"},
      {403, "Permission denied\n", ConsulErrorKind::AclDenied,
       "Unexpected response code: 403 (Permission denied)"},
      {404, "", ConsulErrorKind::NotFound, "Unexpected response code: 404 ()"},
      {429, "", ConsulErrorKind::RateLimited, "Unexpected response code: 429 ()"},
      {500, "No cluster leader", ConsulErrorKind::NoLeader,
       "Unexpected response code: 500 (No cluster leader)"},
      {500, "rpc error making call: No cluster leader", ConsulErrorKind::NoLeader,
       "Unexpected response code: 500 (rpc error making call: No cluster leader)"},
      {500, "No path to datacenter", ConsulErrorKind::ServerError,
       "Unexpected response code: 500 (No path to datacenter)"},
      {502, "Bad Gateway", ConsulErrorKind::ServerError,
       "Unexpected response code: 502 (Bad Gateway)"},
      {503, "", ConsulErrorKind::ServerError, "Unexpected response code: 503 ()"},
      {400, "Invalid wait time", ConsulErrorKind::BadRequest,
       "Unexpected response code: 400 (Invalid wait time)"},
      {405, "method GET not allowed", ConsulErrorKind::BadRequest,
       "Unexpected response code: 405 (method GET not allowed)"},
      {413, "", ConsulErrorKind::BadRequest, "Unexpected response code: 413 ()"},
      {301, "", ConsulErrorKind::Other, "Unexpected response code: 301 ()"},
      {100, "", ConsulErrorKind::Other, "Unexpected response code: 100 ()"},
  };
  const std::vector<std::pair<std::string, std::function<void()>>> calls = {
      {"health", [&] { client_->healthService("web", "", false, {}); }},
      {"services", [&] { client_->catalogServices({}); }},
      {"nodes", [&] { client_->catalogNodes({}); }},
      {"node", [&] { client_->catalogNode("n", {}); }},
      {"dcs", [&] { client_->catalogDatacenters(); }},
      {"self", [&] { client_->agentNodeName(); }},
      {"feed", [&] { client_->watchFeed(ChangeFeed::Services, {}); }},
  };
  for (const Case& c : cases) {
    for (const auto& [name, call] : calls) {
      SCOPED_TRACE(name + " " + std::to_string(c.status));
      answer(c.status, c.body);
      try {
        call();
        ADD_FAILURE() << "no error";
      } catch (const ConsulError& e) {
        EXPECT_EQ(e.kind(), c.kind);
        EXPECT_EQ(e.httpStatus(), c.status);
        EXPECT_EQ(std::string(e.what()), c.what);
      }
    }
  }
}

TEST_F(ConsulClientTest, KvErrorsOtherThan404StillThrow) {
  for (int status : {403, 500}) {
    answer(status, "Permission denied");
    EXPECT_THROW(client_->kvGet("k", {}), ConsulError);
    EXPECT_THROW(client_->kvList("k", {}), ConsulError);
    EXPECT_THROW(client_->kvKeys("k", "", {}), ConsulError);
    EXPECT_THROW(client_->watchFeed(ChangeFeed::KV, {}), ConsulError);
  }
}

TEST_F(ConsulClientTest, Kv404IsAbsentAndKeepsTheMeta) {
  answer(
      404, "",
      {{"X-Consul-Index", "19"}, {"X-Consul-Knownleader", "true"}, {"X-Consul-Lastcontact", "3"}});
  auto get = client_->kvGet("missing", {});
  EXPECT_FALSE(get.value.has_value());
  EXPECT_EQ(get.meta.lastIndex, 19u);
  EXPECT_TRUE(get.meta.knownLeader);
  EXPECT_EQ(get.meta.lastContact, milliseconds(3));
  auto list = client_->kvList("missing/", {});
  EXPECT_TRUE(list.value.empty());
  EXPECT_EQ(list.meta.lastIndex, 19u);
  auto keys = client_->kvKeys("missing/", "/", {});
  EXPECT_TRUE(keys.value.empty());
  EXPECT_EQ(keys.meta.lastIndex, 19u);
}

TEST_F(ConsulClientTest, KvGetOfAnEmptyArrayIsAbsent) {
  answer(200, "[]", {{"X-Consul-Index", "4"}});
  auto r = client_->kvGet("k", {});
  EXPECT_FALSE(r.value.has_value());
  EXPECT_EQ(r.meta.lastIndex, 4u);
}

TEST_F(ConsulClientTest, CatalogNode404IsAnError) {
  answer(404, "");
  try {
    client_->catalogNode("n", {});
    ADD_FAILURE() << "no error";
  } catch (const ConsulError& e) {
    EXPECT_EQ(e.kind(), ConsulErrorKind::NotFound);
  }
}

TEST_F(ConsulClientTest, MalformedBodiesNameTheEndpoint) {
  struct Case {
    std::string body;
    std::function<void()> call;
    std::string endpoint;
  };
  const Case cases[] = {
      {"<html>", [&] { client_->healthService("web", "", true, {}); }, "/v1/health/service/web"},
      {"{}", [&] { client_->healthService("web", "", true, {}); }, "/v1/health/service/web"},
      {"[1]", [&] { client_->catalogNodes({}); }, "/v1/catalog/nodes"},
      {"[]", [&] { client_->catalogServices({}); }, "/v1/catalog/services"},
      {R"({"web": "v1"})", [&] { client_->catalogServices({}); }, "/v1/catalog/services"},
      {"[", [&] { client_->kvList("a/", {}); }, "/v1/kv/a/"},
      {R"([{"Key": "a", "Value": "!!"}])", [&] { client_->kvGet("a", {}); }, "/v1/kv/a"},
      {R"({"Node": 5})", [&] { client_->catalogNode("n", {}); }, "/v1/catalog/node/n"},
      {R"({"Config": {}})", [&] { client_->agentNodeName(); }, "/v1/agent/self"},
      {R"(["a", 1])", [&] { client_->kvKeys("", "", {}); }, "/v1/kv/"},
      {"", [&] { client_->catalogDatacenters(); }, "/v1/catalog/datacenters"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.body);
    answer(200, c.body);
    try {
      c.call();
      ADD_FAILURE() << "no error";
    } catch (const ConsulError& e) {
      EXPECT_EQ(e.kind(), ConsulErrorKind::Malformed);
      EXPECT_THAT(e.what(), HasSubstr("malformed response from " + c.endpoint + ":"));
    }
  }
}

TEST_F(ConsulClientTest, KnownIndexSkipsDecodingAndIsNeverSent) {
  // The body is not even valid JSON: only a skipped decode can answer without an error.
  QueryOptions q;
  q.knownIndex = 42;
  answer(200, "<not json>", {{"X-Consul-Index", "42"}});
  auto same = client_->healthService("web", "", true, q);
  EXPECT_TRUE(same.meta.unchanged);
  EXPECT_EQ(same.meta.lastIndex, 42u);
  EXPECT_TRUE(same.value.empty());
  EXPECT_THAT(lastTarget(), Not(HasSubstr("42")));
  EXPECT_TRUE(client_->catalogServices(q).meta.unchanged);
  EXPECT_TRUE(client_->catalogNodes(q).meta.unchanged);
  EXPECT_TRUE(client_->kvList("a/", q).meta.unchanged);

  // Another index: decoded as usual.
  answer(200, R"([{"Node": {"Node": "n1"}, "Service": {"ID": "w", "Service": "web"}}])",
         {{"X-Consul-Index", "43"}});
  auto moved = client_->healthService("web", "", true, q);
  EXPECT_FALSE(moved.meta.unchanged);
  ASSERT_EQ(moved.value.size(), 1u);
  EXPECT_EQ(moved.value[0].node.node, "n1");
}

TEST_F(ConsulClientTest, ReadTimeoutFollowsTheWait) {
  struct Case {
    QueryOptions q;
    milliseconds want;
  };
  const Case cases[] = {
      {{}, seconds(10)},                                               // margin only
      {blocking(5, seconds(60)), milliseconds(60000 + 3750 + 10000)},  // + wait/16
      {blocking(5, milliseconds(1600)), milliseconds(1600 + 100 + 10000)},
      {blocking(5, milliseconds(0)), milliseconds(300000 + 18750 + 10000)},  // Consul default
      {blocking(0, seconds(16)), milliseconds(16000 + 1000 + 10000)},
  };
  for (const Case& c : cases) {
    client_->healthService("web", "", false, c.q);
    EXPECT_EQ(mock_->timeouts.back(), c.want);
  }
  answer(200, R"(["dc1"])");
  client_->catalogDatacenters();
  EXPECT_EQ(mock_->timeouts.back(), seconds(10));
}

TEST(ConsulClientMargin, MarginComesFromTheConstructor) {
  auto conn = std::make_unique<::testing::NiceMock<MockHttpConnection>>();
  MockHttpConnection* mock = conn.get();
  ConsulClient client(std::move(conn), "", milliseconds(250));
  client.catalogNodes(blocking(1, seconds(32)));
  EXPECT_EQ(mock->timeouts.back(), milliseconds(32000 + 2000 + 250));
}

TEST_F(ConsulClientTest, TransportErrorsPassThrough) {
  EXPECT_CALL(*mock_, send(_, _))
      .WillOnce(Throw(ConsulError("cannot connect to 127.0.0.1:8500: Connection refused",
                                  ConsulErrorKind::Refused)));
  try {
    client_->healthService("web", "", false, {});
    ADD_FAILURE() << "no error";
  } catch (const ConsulError& e) {
    EXPECT_EQ(e.kind(), ConsulErrorKind::Refused);
    EXPECT_EQ(e.httpStatus(), 0);
  }
}

TEST_F(ConsulClientTest, AbortGoesToTheConnection) {
  EXPECT_CALL(*mock_, abort()).Times(1);
  client_->abort();
}

TEST_F(ConsulClientTest, TokenNeverInAnyError) {
  // Even when something between us and Consul echoes the request back.
  for (int status : {400, 403, 404, 429, 500, 503}) {
    answer(status, std::string("bad token ") + kToken + " in X-Consul-Token: " + kToken);
    try {
      client_->healthService("web", "", false, {});
      ADD_FAILURE() << "no error";
    } catch (const ConsulError& e) {
      EXPECT_THAT(e.what(), Not(HasSubstr(kToken)));
      EXPECT_THAT(e.what(), HasSubstr("<hidden>"));
    }
  }
  answer(200, std::string("[{\"Key\": \"") + kToken + "\", \"Value\": 5}]");
  try {
    client_->kvGet("k", {});
    ADD_FAILURE() << "no error";
  } catch (const ConsulError& e) {
    EXPECT_THAT(e.what(), Not(HasSubstr(kToken)));
  }
}

TEST_F(ConsulClientTest, LongErrorBodiesAreCut) {
  answer(502, std::string(5000, 'x'));
  try {
    client_->catalogNodes({});
    ADD_FAILURE() << "no error";
  } catch (const ConsulError& e) {
    EXPECT_LT(std::string(e.what()).size(), 600u);
    EXPECT_THAT(e.what(), HasSubstr("...)"));
  }
}

TEST(ConsulClientNames, ErrorKindAndFeedWords) {
  EXPECT_STREQ(consulErrorKindName(ConsulErrorKind::Other), "other");
  EXPECT_STREQ(consulErrorKindName(ConsulErrorKind::Refused), "refused");
  EXPECT_STREQ(consulErrorKindName(ConsulErrorKind::Reset), "reset");
  EXPECT_STREQ(consulErrorKindName(ConsulErrorKind::Timeout), "timeout");
  EXPECT_STREQ(consulErrorKindName(ConsulErrorKind::Tls), "tls");
  EXPECT_STREQ(consulErrorKindName(ConsulErrorKind::Aborted), "aborted");
  EXPECT_STREQ(consulErrorKindName(ConsulErrorKind::AclDenied), "acl-denied");
  EXPECT_STREQ(consulErrorKindName(ConsulErrorKind::NotFound), "not-found");
  EXPECT_STREQ(consulErrorKindName(ConsulErrorKind::RateLimited), "rate-limited");
  EXPECT_STREQ(consulErrorKindName(ConsulErrorKind::NoLeader), "no-leader");
  EXPECT_STREQ(consulErrorKindName(ConsulErrorKind::ServerError), "server-error");
  EXPECT_STREQ(consulErrorKindName(ConsulErrorKind::BadRequest), "bad-request");
  EXPECT_STREQ(consulErrorKindName(ConsulErrorKind::Malformed), "malformed");
  EXPECT_STREQ(changeFeedName(ChangeFeed::Services), "services");
  EXPECT_STREQ(changeFeedName(ChangeFeed::Nodes), "nodes");
  EXPECT_STREQ(changeFeedName(ChangeFeed::Checks), "checks");
  EXPECT_STREQ(changeFeedName(ChangeFeed::KV), "kv");
}

TEST(HttpResponseHeader, CaseInsensitiveFirstMatch) {
  HttpResponse r;
  r.headers = {
      {"Content-Type", "application/json"}, {"X-Consul-Index", "5"}, {"x-consul-index", "6"}};
  ASSERT_NE(r.header("x-CONSUL-index"), nullptr);
  EXPECT_EQ(*r.header("x-CONSUL-index"), "5");
  EXPECT_EQ(*r.header("content-type"), "application/json");
  EXPECT_EQ(r.header("X-Consul-Inde"), nullptr);
  EXPECT_EQ(r.header("X-Consul-Indexx"), nullptr);
  EXPECT_EQ(r.header(""), nullptr);
}

}  // namespace
}  // namespace hc::consul
