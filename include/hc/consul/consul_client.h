#pragma once
// ConsulClient: ConsulSession over HTTP — builds each endpoint's request the way Consul's Go
// client does (`index`, `wait=<ms>ms`, `stale`, `dc`, `near`, `tag`, `passing=1`, `ns`,
// `partition`, `peer`, `sameness-group`; names percent-encoded), sends the ACL token as
// X-Consul-Token (never in the URL), reads X-Consul-Index / -KnownLeader / -LastContact
// case-insensitively, and decodes the JSON bodies into api types.
//
// Usage:
//   ConsulClient client(makeHttpConnection(config), config.resolveToken(),
//                       config.readTimeoutMargin);
//   auto r = client.healthService("web", "", true, QueryOptions{.waitIndex = 42, ...});
//
// Read timeout of a call: wait + wait/16 (Consul's jitter) + readTimeoutMargin, where wait is
// q.waitTime, or Consul's default_query_time (300 s) when q.waitIndex is set without a wait;
// readTimeoutMargin alone for a non-blocking call.
//
// Errors (ConsulError, kind set): transport errors from HttpConnection; 403 AclDenied, 404
// NotFound (except KV, where 404 means absent), 429 RateLimited, 500 `No cluster leader`
// NoLeader, other 5xx ServerError, other 4xx BadRequest, an undecodable 2xx body Malformed.
// what() carries Consul's status and body text, never the token.
// Thread-safety: one call at a time; abort() from any thread.
#include <chrono>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "hc/consul/consul_session.h"
#include "hc/consul/http_connection.h"

namespace hc::consul {

class ConsulClient : public ConsulSession {
 public:
  ConsulClient(std::unique_ptr<HttpConnection> connection, std::string token,
               std::chrono::milliseconds readTimeoutMargin = std::chrono::seconds(10));

  // ConsulEndpoints
  Response<std::vector<api::ServiceEntry>> healthService(const std::string& service,
                                                         const std::string& tag, bool passingOnly,
                                                         const QueryOptions& q) override;
  Response<std::map<std::string, std::vector<std::string>>> catalogServices(
      const QueryOptions& q) override;
  Response<std::vector<api::Node>> catalogNodes(const QueryOptions& q) override;
  Response<std::optional<api::CatalogNode>> catalogNode(const std::string& node,
                                                        const QueryOptions& q) override;
  Response<std::optional<api::KVPair>> kvGet(const std::string& key,
                                             const QueryOptions& q) override;
  Response<std::vector<api::KVPair>> kvList(const std::string& prefix,
                                            const QueryOptions& q) override;
  Response<std::vector<std::string>> kvKeys(const std::string& prefix, const std::string& separator,
                                            const QueryOptions& q) override;
  std::vector<std::string> catalogDatacenters() override;
  std::string agentNodeName() override;

  // ConsulSession
  QueryMeta watchFeed(ChangeFeed feed, const QueryOptions& q) override;
  void abort() override;

 private:
  using Params = std::vector<std::pair<std::string, std::string>>;
  /// GET `path` (percent-encoded) with `params` plus q's options; throws ConsulError for
  /// transport errors and for statuses other than 2xx and, when `absentOk`, 404.
  HttpResponse get(const std::string& path, Params params, const QueryOptions* q, bool absentOk);

  std::unique_ptr<HttpConnection> connection_;
  std::string token_;
  std::chrono::milliseconds readTimeoutMargin_;
};

/// A factory of ConsulClients over Poco connections for `config` (token resolved once here).
ConsulSessionFactory consulClientFactory(const ClientConfig& config);

}  // namespace hc::consul
