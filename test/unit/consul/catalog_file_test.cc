// The catalog file: loading, Consul's register semantics through it, and error messages.
#include "hc/consul/catalog_file.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "hc/consul/dependency.h"
#include "hc/consul/fetch.h"

namespace hc::consul {
namespace {

std::string loadError(const std::string& text) {
  try {
    parseCatalogJson(text, "catalog.json");
  } catch (const CatalogFileError& e) {
    return e.what();
  }
  return "no error";
}

TEST(CatalogFile, AppliesRegistrationsAndKV) {
  auto catalog = parseCatalogJson(R"({
    "datacenter": "east",
    "node": "n1",
    "registrations": [
      {"Node": "n1", "Address": "10.0.0.1", "NodeMeta": {"rack": "r1"},
       "TaggedAddresses": {"lan": "10.0.0.1"},
       "Service": {"Service": "web", "Port": 80, "Tags": ["b", "a"],
                   "TaggedAddresses": {"wan": {"Address": "1.2.3.4", "Port": 8080}},
                   "Weights": {"Passing": 5}, "Meta": {"v": "1"}},
       "Checks": [{"Name": "alive", "Status": "passing", "ServiceID": "web",
                   "Definition": {"HTTP": "http://10.0.0.1/health", "Interval": "90s",
                                  "Header": {"X": ["1", "2"]}}}]},
      {"node": "n2", "address": "10.0.0.2",
       "service": {"id": "web-2", "service": "web", "port": 81},
       "check": {"CheckID": "serfHealth", "Status": "warning"}},
      {"Datacenter": "west", "Node": "w1", "Address": "10.1.0.1",
       "Service": {"Service": "web", "Port": 80}}
    ],
    "kv": {"app/config": "x=1", "app/empty": ""}
  })",
                                  "catalog.json");
  EXPECT_EQ(catalog->datacenter(), "east");
  EXPECT_EQ(catalog->agentNodeName(), "n1");
  auto any = std::get<std::vector<HealthService>>(
      fetch(Dependency::healthService("web|any"), *catalog).data);
  ASSERT_EQ(any.size(), 2u);
  const HealthService& s = any[0];
  EXPECT_EQ(s.id, "web");
  EXPECT_EQ(s.port, 80);
  EXPECT_EQ(s.tags, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(s.weights.passing, 5);
  EXPECT_EQ(s.weights.warning, 0);  // a given Weights object starts from zero, as in Consul
  EXPECT_EQ(s.serviceTaggedAddresses.at("wan").port, 8080);
  EXPECT_EQ(s.nodeMeta.at("rack"), "r1");
  ASSERT_EQ(s.checks.size(), 1u);
  EXPECT_EQ(s.checks[0].checkID, "alive");
  EXPECT_EQ(s.checks[0].serviceName, "web");
  EXPECT_EQ(s.checks[0].serviceTags, (std::vector<std::string>{"b", "a"}));
  EXPECT_EQ(s.checks[0].definition.interval, 90'000'000'000);
  EXPECT_EQ(s.checks[0].definition.header.at("X").size(), 2u);
  EXPECT_EQ(any[1].status, "warning");  // lower-case keys match as in Go
  EXPECT_EQ(any[1].id, "web-2");

  auto passing =
      std::get<std::vector<HealthService>>(fetch(Dependency::healthService("web"), *catalog).data);
  EXPECT_EQ(passing.size(), 1u);
  auto west = std::get<std::vector<HealthService>>(
      fetch(Dependency::healthService("web@west"), *catalog).data);
  ASSERT_EQ(west.size(), 1u);
  EXPECT_EQ(west[0].node, "w1");
  EXPECT_EQ(
      std::get<std::vector<std::string>>(fetch(Dependency::catalogDatacenters(), *catalog).data),
      (std::vector<std::string>{"east", "west"}));
  EXPECT_EQ(std::get<KeyValue>(fetch(Dependency::kvGet("app/config"), *catalog).data).value, "x=1");
  EXPECT_TRUE(std::get<KeyValue>(fetch(Dependency::kvGet("app/empty"), *catalog).data).exists);
}

TEST(CatalogFile, DefaultsAndEmptyParts) {
  auto catalog = parseCatalogJson(R"({"registrations": null})", "c.json");
  EXPECT_EQ(catalog->datacenter(), "dc1");
  EXPECT_TRUE(catalog->catalogNodes({}).value.empty());
  EXPECT_EQ(parseCatalogJson("{}", "c.json")->catalogDatacenters(),
            std::vector<std::string>{"dc1"});
}

TEST(CatalogFile, ErrorsNameThePlace) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"{\n  \"registrations\": [\n    {\"Node\": \"n1\",, }\n  ]\n}",
       "catalog.json:3:19: invalid JSON: syntax error while parsing object key - unexpected ','; "
       "expected string literal"},
      {"",
       "catalog.json:1:1: invalid JSON: syntax error while parsing value - unexpected end of "
       "input; expected '[', '{', or a literal"},
      {"[]", "catalog.json: top level: expected an object, got array"},
      {R"({"registrations": {}})", "catalog.json: registrations: expected an array, got object"},
      {R"({"registrations": [{"Node": "a", "Address": "1.1.1.1"}, {"Node": "b",
          "Address": "1.1.1.2"}, {"Node": "c", "Address": "1.1.1.3"},
          {"Node": "d", "Address": "1.1.1.4", "Service": {"Service": "x", "Port": "80"}}]})",
       "catalog.json: registrations[3].Service.Port: expected an integer, got string"},
      {R"({"registrations": [{"Node": "a", "Address": "1.1.1.1",
          "Service": {"Service": "x", "Port": 80.5}}]})",
       "catalog.json: registrations[0].Service.Port: expected an integer, got 80.5"},
      {R"({"registrations": [{"Node": "a", "Address": "1.1.1.1",
          "Checks": [{"Name": "c", "Status": "ok"}]}]})",
       "catalog.json: registrations[0].Checks[0].Status: Invalid check status \"ok\": want "
       "passing, warning or critical"},
      {R"({"registrations": [{"Node": "a", "Address": "1.1.1.1",
          "Check": {"Name": "c", "ServiceID": "web"}}]})",
       "catalog.json: registrations[0]: failed inserting check: Missing service registration on "
       "node \"a\""},
      {R"({"registrations": [{"Node": "a"}]})",
       "catalog.json: registrations[0]: Must provide address if SkipNodeUpdate is not set"},
      {R"({"registrations": [{"Node": "a", "Adress": "1.1.1.1"}]})",
       "catalog.json: registrations[0]: unknown field \"Adress\""},
      {R"({"registrations": [{"Node": "a", "Address": "1.1.1.1", "NodeMeta": {"k": 1}}]})",
       "catalog.json: registrations[0].NodeMeta[\"k\"]: expected a string, got number"},
      {R"({"registrations": [{"Node": "a", "Address": "1.1.1.1",
          "Service": {"Service": "x", "Tags": "a"}}]})",
       "catalog.json: registrations[0].Service.Tags: expected an array, got string"},
      {R"({"registrations": [{"Node": "a", "Address": "1.1.1.1", "Service": {"Service": "x",
          "Port": 99999999999}}]})",
       "catalog.json: registrations[0].Service.Port: integer 99999999999 out of range"},
      {R"({"registrations": [{"Node": "a", "Address": "1.1.1.1",
          "Checks": [{"Name": "c", "Definition": {"Interval": "10 s"}}]}]})",
       "catalog.json: registrations[0].Checks[0].Definition.Interval: invalid duration \"10 s\""},
      {R"({"registrations": [{"Node": "a", "Address": "1.1.1.1",
          "Checks": [{"Name": "c", "Definition": {"Timeout": "5"}}]}]})",
       "catalog.json: registrations[0].Checks[0].Definition.Timeout: invalid duration \"5\""},
      {R"({"kv": {"a": 1}})", "catalog.json: kv[\"a\"]: expected a string, got number"},
      {R"({"kv": {"/a": "x"}})", "catalog.json: kv[\"/a\"]: a key must not start with \"/\""},
      {R"({"datacenter": ""})", "catalog.json: datacenter: must not be empty"},
      {R"({"dc": "x"})", "catalog.json: top level: unknown field \"dc\""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(loadError(c.text), c.message);
  }
}

TEST(CatalogFile, IgnoresConsulFieldsThatDoNotMatterHere) {
  EXPECT_EQ(loadError(R"({"registrations": [{"Node": "a", "Address": "1.1.1.1",
      "Service": {"Service": "x", "Proxy": {}, "Connect": {}, "Namespace": "default"},
      "Checks": [{"Name": "c", "ServiceID": "x", "ServiceName": "other"}]}]})"),
            "no error");
}

TEST(CatalogFile, LoadsFromDisk) {
  std::string path = ::testing::TempDir() + "/hc_catalog_test.json";
  {
    std::ofstream out(path);
    out << R"({"kv": {"a": "b"}})";
  }
  EXPECT_EQ(loadCatalogFile(path)->kvGet("a", {}).value->value, "b");
  try {
    loadCatalogFile(path + ".missing");
    ADD_FAILURE();
  } catch (const CatalogFileError& e) {
    EXPECT_EQ(std::string(e.what()), path + ".missing: cannot read: No such file or directory");
  }
}

TEST(CatalogFile, ExampleCatalogLoads) {
  auto catalog = loadCatalogFile(std::string(HC_SOURCE_DIR) + "/haproxy/catalog.json");
  auto web = std::get<std::vector<HealthService>>(
      fetch(Dependency::healthService("web|any"), *catalog).data);
  EXPECT_EQ(web.size(), 3u);
  std::vector<std::string> statuses;
  for (const auto& s : web) statuses.push_back(s.status);
  EXPECT_EQ(statuses, (std::vector<std::string>{"passing", "warning", "maintenance"}));
  EXPECT_EQ(
      std::get<std::vector<HealthService>>(fetch(Dependency::healthService("web"), *catalog).data)
          .size(),
      1u);
  EXPECT_EQ(
      std::get<std::vector<HealthService>>(fetch(Dependency::healthService("api"), *catalog).data)
          .size(),
      2u);
  EXPECT_EQ(catalog->catalogDatacenters().size(), 2u);
}

}  // namespace
}  // namespace hc::consul
