// The catalog file's contract: the same registrations fed to a real Consul's
// PUT /v1/catalog/register answer the health, catalog and KV endpoints the same way as the
// in-memory catalog behind `render --catalog-file`. Runs a real Consul 1.8.7 dev agent.
#include <Poco/Base64Decoder.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "consul_agent.h"
#include "hc/consul/catalog_file.h"

namespace {

using nlohmann::json;

// Exercises the register rules: ID defaulting to the service name, a check without Status
// (critical), a node check applying to every service of its node, warning checks, a check with
// the maintenance ID prefix, tags in mixed case, service address fallback, merged registrations
// of one node.
const char* kCatalog = R"({"datacenter": "dc1",
 "registrations": [
  {"Node": "app-1", "Address": "10.0.1.11", "NodeMeta": {"rack": "r1"},
   "Check": {"CheckID": "node-alive", "Name": "alive", "Status": "passing"}},
  {"Node": "app-1", "Address": "10.0.1.11",
   "Service": {"ID": "web-1", "Service": "web", "Tags": ["v2", "Public"], "Port": 8080},
   "Checks": [{"CheckID": "web-1-http", "Name": "http", "Status": "passing", "ServiceID": "web-1"}]},
  {"Node": "app-1", "Address": "10.0.1.11",
   "Service": {"ID": "web-2", "Service": "web", "Tags": ["v1"], "Port": 8081, "Address": "10.0.9.9"},
   "Checks": [{"CheckID": "web-2-http", "Name": "http", "Status": "warning", "ServiceID": "web-2"}]},
  {"Node": "app-2", "Address": "10.0.1.12",
   "Service": {"Service": "web", "Tags": ["public"], "Port": 8080},
   "Checks": [{"CheckID": "web-http", "Name": "http", "ServiceID": "web"}]},
  {"Node": "app-3", "Address": "10.0.1.13",
   "Service": {"Service": "web", "Port": 8080, "Weights": {"Passing": 5, "Warning": 2}},
   "Checks": [{"CheckID": "_service_maintenance:web", "Name": "maint", "Status": "critical",
               "ServiceID": "web"}]},
  {"Node": "app-4", "Address": "10.0.1.14",
   "Check": {"CheckID": "node-down", "Name": "alive", "Status": "critical"}},
  {"Node": "app-4", "Address": "10.0.1.14",
   "Service": {"Service": "api", "Port": 9090},
   "Checks": [{"CheckID": "api-ok", "Name": "ok", "Status": "passing", "ServiceID": "api"}]},
  {"Node": "app-1", "Address": "10.0.1.11",
   "Service": {"Service": "api", "Port": 9090, "Meta": {"version": "2"}},
   "Checks": [{"CheckID": "api-ok", "Name": "ok", "Status": "passing", "ServiceID": "api"}]}
 ],
 "kv": {"haproxy/web/balance": "leastconn", "haproxy/api/maxconn": "100"}})";

const char* kAgentNode = "hc-test-agent";

std::string describeConsulEntries(const json& entries) {
  std::ostringstream out;
  for (const auto& e : entries) {
    if (e["Node"]["Node"] == kAgentNode) continue;
    out << e["Node"]["Node"].get<std::string>() << "/" << e["Service"]["ID"].get<std::string>()
        << " svc=" << e["Service"]["Service"].get<std::string>()
        << " addr=" << e["Service"]["Address"].get<std::string>()
        << " node-addr=" << e["Node"]["Address"].get<std::string>()
        << " port=" << e["Service"]["Port"].get<int>() << " tags=";
    for (const auto& t : e["Service"]["Tags"]) out << t.get<std::string>() << ",";
    out << " weights=" << e["Service"]["Weights"]["Passing"].get<int>() << "/"
        << e["Service"]["Weights"]["Warning"].get<int>() << " checks=";
    for (const auto& c : e["Checks"])
      out << c["CheckID"].get<std::string>() << ":" << c["Status"].get<std::string>() << ":"
          << c["ServiceID"].get<std::string>() << ",";
    out << "\n";
  }
  return out.str();
}

std::string describeOurEntries(const std::vector<hc::consul::api::ServiceEntry>& entries) {
  std::ostringstream out;
  for (const auto& e : entries) {
    out << e.node.node << "/" << e.service.id << " svc=" << e.service.service
        << " addr=" << e.service.address << " node-addr=" << e.node.address
        << " port=" << e.service.port << " tags=";
    for (const auto& t : e.service.tags) out << t << ",";
    out << " weights=" << e.service.weights.passing << "/" << e.service.weights.warning
        << " checks=";
    for (const auto& c : e.checks) out << c.checkID << ":" << c.status << ":" << c.serviceID << ",";
    out << "\n";
  }
  return out.str();
}

class CatalogVsConsul : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    agent_ = std::make_unique<hc::testing::ConsulAgent>();
    json file = json::parse(kCatalog);
    for (const auto& reg : file["registrations"]) {
      auto r = agent_->request("PUT", "/v1/catalog/register", reg.dump());
      ASSERT_EQ(r.status, 200) << r.body << " for " << reg.dump();
    }
    for (const auto& [k, v] : file["kv"].items()) {
      auto r = agent_->request("PUT", "/v1/kv/" + k, v.get<std::string>());
      ASSERT_EQ(r.status, 200) << r.body;
    }
    ours_ = hc::consul::parseCatalogJson(kCatalog, "catalog.json");
  }
  static void TearDownTestSuite() { agent_.reset(); }

  static std::unique_ptr<hc::testing::ConsulAgent> agent_;
  static std::shared_ptr<hc::consul::Catalog> ours_;
};

std::unique_ptr<hc::testing::ConsulAgent> CatalogVsConsul::agent_;
std::shared_ptr<hc::consul::Catalog> CatalogVsConsul::ours_;

struct HealthQuery {
  std::string service;
  std::string tag;
  bool passing;
};

TEST_F(CatalogVsConsul, HealthServiceAnswersAlike) {
  const std::vector<HealthQuery> queries = {
      {"web", "", false},      {"web", "", true},  {"WEB", "", false}, {"web", "public", false},
      {"web", "PUBLIC", true}, {"api", "", false}, {"api", "", true},  {"nope", "", false},
  };
  for (const auto& q : queries) {
    std::string path = "/v1/health/service/" + q.service + "?stale";
    if (!q.tag.empty()) path += "&tag=" + q.tag;
    if (q.passing) path += "&passing=1";
    auto reply = agent_->request("GET", path);
    ASSERT_EQ(reply.status, 200) << reply.body;
    auto ourReply = ours_->healthService(q.service, q.tag, q.passing, {});
    EXPECT_EQ(describeOurEntries(ourReply.value), describeConsulEntries(json::parse(reply.body)))
        << "query " << path;
  }
}

TEST_F(CatalogVsConsul, CatalogServicesAnswerAlike) {
  auto reply = agent_->request("GET", "/v1/catalog/services");
  ASSERT_EQ(reply.status, 200);
  json consul = json::parse(reply.body);
  consul.erase("consul");  // the dev agent's own service
  // Consul collects each service's tags in a Go map, so their order is random (consul-template
  // sorts them): compare them sorted.
  for (auto& [name, tags] : consul.items()) std::sort(tags.begin(), tags.end());
  json ours = json::object();
  for (auto [name, tags] : ours_->catalogServices({}).value) {
    std::sort(tags.begin(), tags.end());
    ours[name] = tags;
  }
  EXPECT_EQ(ours, consul);
}

TEST_F(CatalogVsConsul, KeyValuesAnswerAlike) {
  for (const std::string key : {"haproxy/web/balance", "haproxy/api/maxconn"}) {
    auto reply = agent_->request("GET", "/v1/kv/" + key);
    ASSERT_EQ(reply.status, 200);
    std::istringstream b64(json::parse(reply.body)[0]["Value"].get<std::string>());
    Poco::Base64Decoder dec(b64);
    std::string value((std::istreambuf_iterator<char>(dec)), std::istreambuf_iterator<char>());
    auto ours = ours_->kvGet(key, {});
    ASSERT_TRUE(ours.value.has_value()) << key;
    EXPECT_EQ(ours.value->value, value) << key;
  }
  EXPECT_EQ(agent_->request("GET", "/v1/kv/no/such").status, 404);
  EXPECT_FALSE(ours_->kvGet("no/such", {}).value.has_value());
}

}  // namespace
