#pragma once
// MockConsulSession: a GMock double of ConsulSession for tests that assert the requests a
// Watcher sends (options, order, count).
#include <gmock/gmock.h>

#include "hc/consul/consul_session.h"

namespace hc::consul::testing {

class MockConsulSession : public ConsulSession {
 public:
  MOCK_METHOD(Response<std::vector<api::ServiceEntry>>, healthService,
              (const std::string& service, const std::string& tag, bool passingOnly,
               const QueryOptions& q),
              (override));
  MOCK_METHOD((Response<std::map<std::string, std::vector<std::string>>>), catalogServices,
              (const QueryOptions& q), (override));
  MOCK_METHOD(Response<std::vector<api::Node>>, catalogNodes, (const QueryOptions& q), (override));
  MOCK_METHOD(Response<std::optional<api::CatalogNode>>, catalogNode,
              (const std::string& node, const QueryOptions& q), (override));
  MOCK_METHOD(Response<std::optional<api::KVPair>>, kvGet,
              (const std::string& key, const QueryOptions& q), (override));
  MOCK_METHOD(Response<std::vector<api::KVPair>>, kvList,
              (const std::string& prefix, const QueryOptions& q), (override));
  MOCK_METHOD(Response<std::vector<std::string>>, kvKeys,
              (const std::string& prefix, const std::string& separator, const QueryOptions& q),
              (override));
  MOCK_METHOD(std::vector<std::string>, catalogDatacenters, (), (override));
  MOCK_METHOD(std::string, agentNodeName, (), (override));
  MOCK_METHOD(QueryMeta, watchFeed, (ChangeFeed feed, const QueryOptions& q), (override));
  MOCK_METHOD(void, abort, (), (override));
};

}  // namespace hc::consul::testing
