#pragma once
// ConsulSession: ConsulEndpoints over one connection, plus what the Watcher needs beyond the
// endpoints: change feeds (cheap blocking queries whose index moves whenever a whole table
// changes) and abort(). ConsulClient (consul_client.h) is the HTTP implementation; tests use
// MockConsulSession (test/mocks/consul/).
//
// A Watcher holds a pool of sessions, one per connection of its budget; each is used by one
// thread at a time.
#include <functional>
#include <memory>

#include "hc/consul/consul_endpoints.h"

namespace hc::consul {

/// Tables of Consul's state store whose index moves on every write to them. Every write that
/// moves a health/catalog service's index also moves at least one of Services, Nodes, Checks;
/// every KV write moves KV.
enum class ChangeFeed {
  Services,  ///< GET /v1/catalog/services?node-meta=<none>: an empty body (1.8 ignores `filter`
             ///< there); its index is that of the services and nodes tables together.
  Nodes,     ///< GET /v1/catalog/nodes, filtered to an empty body.
  Checks,    ///< GET /v1/health/state/any, filtered to an empty body.
  KV,        ///< GET /v1/kv/?keys&separator=/ (top-level keys only).
};

const char* changeFeedName(ChangeFeed feed);

class ConsulSession : public ConsulEndpoints {
 public:
  /// Blocking query on `feed` in q.datacenter (q.waitIndex, q.waitTime, q.allowStale apply);
  /// returns only the response's meta. Throws ConsulError.
  virtual QueryMeta watchFeed(ChangeFeed feed, const QueryOptions& q) = 0;
  /// Makes a call in flight on this session throw ConsulError(kind Aborted) promptly; any
  /// thread. The session stays usable.
  virtual void abort() = 0;
};

using ConsulSessionFactory = std::function<std::unique_ptr<ConsulSession>()>;

}  // namespace hc::consul
